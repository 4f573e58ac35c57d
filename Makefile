# Two commands on a fresh machine: `make demo` (ingest the samples, open the web chat) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
STORE ?= ./akkoord-data

.PHONY: install demo test clean

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

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
