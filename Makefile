# Two commands on a fresh machine: `make demo` (ingest the samples, open the web chat) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
STORE ?= ./akkoord-data

.PHONY: install browser demo test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
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

test: install browser
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
