# mailbot: `make demo` runs the whole intake on loopback servers; `make test` runs the tests.
# Both set up everything on a fresh Debian machine (as root): system packages, virtualenv.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test test-fast lint typecheck system-deps venv bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

system-deps:
	bash scripts/install-system-deps.sh

demo: venv system-deps
	$(BIN)/python scripts/demo.py

test: venv system-deps
	$(BIN)/pytest

test-fast: venv
	$(BIN)/pytest -m "not slow"

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy

typecheck: lint

bench: venv system-deps
	$(BIN)/python bench/bench_classify.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
