# Two commands on a fresh machine: `make demo` (ingest the samples, open the web chat) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
STORE ?= ./akkoord-data

.PHONY: install browser ocr demo test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	@$(MAKE) --no-print-directory ocr OCR_OPTIONAL=1
	$(BIN)/akkoord --store $(STORE) ingest evals/corpus
	$(BIN)/akkoord --store $(STORE) ask "Binnen welke termijn moet Digitaal Vlaanderen een datalek melden?"
	GRADIO_ANALYTICS_ENABLED=False $(BIN)/akkoord --store $(STORE) serve

# The browser tests drive Debian's chromium (never a downloaded browser): installed here when missing, as root;
# otherwise one line says what to run.
browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "The browser tests need chromium: run 'sudo apt-get install -y chromium', then make test again."; \
	    exit 2; \
	  fi; }

# OCR of scanned PDFs needs Tesseract with Dutch and French (English comes with it): installed here when missing, as
# root; otherwise one line says what to run. `make demo` goes on without it (only scans need it); `make test` stops.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-nld tesseract-ocr-fra
OCR_AGAIN := , then make test again
ocr:
	@{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx nld \
	    && tesseract --list-langs 2>/dev/null | grep -qx fra; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Tesseract (Dutch, French, English) for OCR of scanned PDFs"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES) >/dev/null; \
	  else \
	    echo "OCR of scanned PDFs needs Tesseract: run 'sudo apt-get install -y $(OCR_PACKAGES)'$(if $(OCR_OPTIONAL),,$(OCR_AGAIN))."; \
	    $(if $(OCR_OPTIONAL),true,exit 2); \
	  fi; }

test: install browser ocr
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
