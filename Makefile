# The two commands of the README: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck check bench clean

$(BIN)/ofbot: pyproject.toml
	@echo "Setting up $(VENV) with ofbot and its test tools (once, about a minute)..."
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/pip install --quiet --quiet --disable-pip-version-check -e '.[test]'
	@touch $(BIN)/ofbot

## run: set up and run the bot on its embedded defaults (SQLite, SMTP listener on 127.0.0.1:8025,
## outbound mail in var/outbox, staff chat in this terminal)
run: $(BIN)/ofbot
	@$(BIN)/ofbot init
	@$(BIN)/ofbot run --demo

## test: set up and run the whole test suite
test: $(BIN)/ofbot
	$(BIN)/pytest

lint: $(BIN)/ofbot
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/ofbot
	$(BIN)/mypy

check: lint typecheck test

## bench: every speed and memory measure in one run (a table; BENCH_ARGS="--quick --json bench.json")
bench: $(BIN)/ofbot
	$(BIN)/python bench/suite.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
