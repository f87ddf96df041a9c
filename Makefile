# Every target installs what it needs on first use: a .venv from the hashed locks (runtime for serve and build,
# runtime plus test and dev tools for the tests), the project itself in editable mode (the `blma` plugin and
# command), and, for browser tests, Debian's Chromium when run as root. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
PORT ?= 8000
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

# `make serve LANG=fr` previews one language. LANG is only honoured when given on the command line,
# because the environment's LANG is a locale such as C.UTF-8.
ifeq ($(origin LANG),command line)
export BLMA_ONLY_LANG := $(LANG)
CHECK_LANG := $(LANG)
endif

.PHONY: help serve build bundle translations translation-diff check xliff-export xliff-import bench test test-fast lint lock browser-deps clean

help:
	@echo "make serve [LANG=fr] [PORT=8001]  live preview on http://127.0.0.1:8000 (one language with LANG)"
	@echo "make build [JOBS=1]   strict build of all languages into site/ (in parallel; JOBS=1: one by one)"
	@echo "make test             the whole test suite (installs Chromium if root)"
	@echo "make test-fast        unit and build tests only, no browser"
	@echo "make bundle           offline zips (one per language and one with all) into dist/"
	@echo "make translations     missing and outdated translations, per language (also build/translation-status.json)"
	@echo "make translation-diff LANG=fr [FILE=...]  what changed in the English since each outdated translation"
	@echo "make check [LANG=fr]  what a translator can break (ids, macro calls, notes, links, English left, terms)"
	@echo "make xliff-export LANG=fr            pages and data texts as XLIFF 1.2 for a CAT tool (build/xliff/fr.xlf)"
	@echo "make xliff-import LANG=fr FILE=f.xlf  write a CAT tool's translations back into docs/ and data/, re-synced"
	@echo "make bench            build speed, page weight, index and bundle sizes, Lighthouse (build/bench.json)"
	@echo "make lint             ruff and mypy (strict)"
	@echo "make lock             re-resolve requirements.lock and requirements-dev.lock from pyproject.toml"

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	@touch $(DEV_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $(NODE_STAMP)

# The preview: one language with LANG, dirty rebuilds, no search index or print page (macros/tools/serve.py).
serve: $(STAMP)
	$(BIN)/blma serve --port $(PORT)

# The languages are built in parallel, one process each (JOBS=1: one after the other; macros/tools/build.py).
# The project's own modules are compiled once (the environment may set PYTHONDONTWRITEBYTECODE).
build: $(STAMP)
	@$(BIN)/python -m compileall -q macros >/dev/null
	$(BIN)/blma build

bundle: $(STAMP) $(NODE_STAMP)
	$(BIN)/blma bundle

check: $(STAMP)
	@$(BIN)/blma check $(CHECK_LANG)

# `make translation-diff LANG=fr [FILE=phases/negotiation.md]`: the English changes behind outdated translations.
translation-diff: $(STAMP)
	@test -n "$(CHECK_LANG)" || { echo "give the language: make translation-diff LANG=fr"; exit 2; }
	$(BIN)/blma translations diff $(CHECK_LANG) $(if $(FILE),--file $(FILE)) --html build/translation-diff-$(CHECK_LANG).html

xliff-export: $(DEV_STAMP)
	@test -n "$(CHECK_LANG)" || { echo "usage: make xliff-export LANG=fr"; exit 2; }
	$(BIN)/blma xliff export $(CHECK_LANG) --out build/xliff/$(CHECK_LANG).xlf

xliff-import: $(DEV_STAMP)
	@test -n "$(CHECK_LANG)" -a -n "$(FILE)" || { echo "usage: make xliff-import LANG=fr FILE=build/xliff/fr.xlf"; exit 2; }
	$(BIN)/blma xliff import $(CHECK_LANG) $(FILE)

translations: $(STAMP)
	$(BIN)/blma translations status --json build/translation-status.json

bench: $(DEV_STAMP) $(NODE_STAMP) browser-deps
	@$(BIN)/python -m compileall -q macros >/dev/null
	$(BIN)/blma bench

test: $(DEV_STAMP) $(NODE_STAMP) browser-deps lint
	$(BIN)/python -m pytest

test-fast: $(DEV_STAMP)
	$(BIN)/python -m pytest -m "not browser"

lint: $(DEV_STAMP)
	$(BIN)/ruff check macros tests
	$(BIN)/ruff format --check macros tests
	$(BIN)/mypy

browser-deps:
	@./.ci/install-chromium
	@./.ci/install-java
	@./.ci/install-nginx

# uv comes pinned from requirements-dev.lock. Runtime packages (what the deploy installs) and test/dev tools
# are locked separately.
lock: $(DEV_STAMP)
	$(BIN)/uv pip compile pyproject.toml --generate-hashes --python-version 3.11.7 -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dev --generate-hashes --python-version 3.11.7 -o requirements-dev.lock

clean:
	rm -rf site dist build .pytest_cache .cache
