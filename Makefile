# One command surface. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The newest Python 3.11+ on PATH.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	&& { echo $$p; break; }; done)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help install run test lint format types openapi openapi-check fuzz document-examples build \
	rules-isolated check migrate seed-demo bench bench-api bench-import bench-evidence clean sdk \
	js-clients

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-15s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml packaging/bawaslu-rules/pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e packaging/bawaslu-rules -e '.[dev]'
	@touch $@

install: $(STAMP) ## Create .venv and install the project with its dev tools

run: $(STAMP) ## Serve the API on http://127.0.0.1:8000 with an embedded database and demo data
	BAWASLU_MIGRATE_ON_START=true BAWASLU_SEED_DEMO_ON_START=true $(BIN)/bawaslu-api serve

JS_STAMP := clients/js/node_modules/.package-lock.json

js-clients: ## Install the JavaScript clients the tests drive (tus-js-client) with npm ci
	cd clients/js && npm ci --no-audit --no-fund

# `make test` installs them when npm is there (the Node test is skipped without node).
$(JS_STAMP): clients/js/package-lock.json
	@if command -v npm >/dev/null 2>&1; then cd clients/js && npm ci --no-audit --no-fund; \
	else echo "npm not found: the tus-js-client test is skipped"; fi

test: $(STAMP) $(JS_STAMP) ## Run the test suite against real PostgreSQL (embedded unless BAWASLU_TEST_DATABASE_URL)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP) ## ruff lint and format check, and the architecture contract (import-linter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(STAMP) ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

types: $(STAMP) ## mypy --strict on src/
	$(BIN)/mypy

openapi: $(STAMP) ## Regenerate openapi/openapi.json from the app
	$(BIN)/bawaslu-api openapi --output openapi/openapi.json

openapi-check: $(STAMP) ## Fail if openapi/openapi.json differs from what the app serves
	$(BIN)/bawaslu-api openapi --check

fuzz: $(STAMP) ## Schemathesis: every operation against a live API on demo data, zero failures (a few minutes)
	$(BIN)/python scripts/fuzz.py $(FUZZ_ARGS)

document-examples: $(STAMP) ## Issue every document from the demo data; pictures into docs/documents/
	$(BIN)/python scripts/document_examples.py --out docs/documents

sdk: ## Generate the Python client from openapi/openapi.json into sdk/python (docs/integrations.md)
	PYTHON=$(PYTHON) bash scripts/generate_sdk.sh sdk/python

build: $(STAMP) ## Build the wheels of bawaslu-api and bawaslu-rules into dist/
	rm -rf dist
	$(BIN)/python -m build --wheel --outdir dist .
	$(BIN)/python -m build --wheel --outdir dist packaging/bawaslu-rules
	$(BIN)/python scripts/check_wheels.py dist

rules-isolated: ## Build bawaslu-rules alone and run its tests with only it installed
	bash packaging/bawaslu-rules/check-isolated.sh

check: test lint types openapi-check fuzz build rules-isolated ## Everything CI runs

migrate: $(STAMP) ## Apply migrations (embedded database unless BAWASLU_DATABASE_URL)
	$(BIN)/bawaslu-api migrate

seed-demo: $(STAMP) ## Load demo data
	$(BIN)/bawaslu-api seed-demo

bench: $(STAMP) ## Run the quick benchmark (rules); the others: make bench-api|bench-import|bench-evidence
	$(BIN)/python bench/rules_bench.py

bench-api: $(STAMP) ## API vs a minimal endpoint on 1,000,000 reports (needs wrk; slow)
	$(BIN)/python bench/api_bench.py --reports 1000000 --reuse

bench-import: $(STAMP) ## 100,000 reports through bawaslu-import with a kill -9 mid-run, vs COPY
	$(BIN)/python bench/import_bench.py

bench-evidence: $(STAMP) ## Upload throughput and server memory while receiving 1 GB
	$(BIN)/python bench/evidence_bench.py

clean: ## Remove the virtual environment, build output and local data
	rm -rf $(VENV) dist build .var .pytest_cache .mypy_cache .ruff_cache
