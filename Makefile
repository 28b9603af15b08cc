# evalclients — every target uses .venv (created by `make setup`).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Every vendor of the registry (specs/vendors.toml; stdlib only, so it works before .venv).
VENDORS := $(shell $(PYTHON) -m scripts.registry vendors)
VENDOR ?=
FORCE ?=
STAMP := $(VENV)/.setup-done

.PHONY: setup regenerate check lint typecheck test demo clean help

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# The facade and the pinned tools; then each generated vendor package (one stamp per vendor,
# so a vendor new in the registry is installed by itself once `make regenerate` made it).
$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 is needed"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

# hatchling is pinned in the dev tools just installed: no isolated build env per vendor.
$(VENV)/.vendor-%: generated/%/pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet --no-build-isolation -e generated/$*
	touch $@

GENERATED_VENDORS := $(foreach v,$(VENDORS),$(if $(wildcard generated/$(v)/pyproject.toml),$(v)))
READY := $(STAMP) $(foreach v,$(GENERATED_VENDORS),$(VENV)/.vendor-$(v))

setup: $(READY)  ## Create .venv with the facade, every registry vendor's package and the tools
	@$(foreach v,$(filter-out $(GENERATED_VENDORS),$(VENDORS)),echo "$(v): not generated yet; \`make regenerate\` generates and installs it";)

regenerate: $(STAMP)  ## Resolve, validate and regenerate (VENDOR=name for one, FORCE=1 to ignore hashes)
	$(PY) -m scripts.regenerate $(if $(VENDOR),--vendor $(VENDOR)) $(if $(FORCE),--force)
	@$(MAKE) --no-print-directory setup

check: $(READY)  ## Fail if generated/ is stale or edited by hand
	$(PY) -m scripts.regenerate --check $(if $(VENDOR),--vendor $(VENDOR))

lint: $(READY)  ## ruff and mypy (strict on the facade and scripts)
	$(VENV)/bin/ruff check src scripts tests hatch_build.py
	$(VENV)/bin/ruff format --check src scripts tests hatch_build.py
	$(VENV)/bin/mypy

# The whole suite on .venv's Python and, beside it, the unit, typing and fake-server suites on
# the other CPython versions (3.11-3.13). First, at once: check, lint and the other versions'
# venvs. Then four pytest runs at once on the two cores, so none idles while a long run ends:
# .venv's server suites (wheels, then real Phoenix) and the portable suites on each version,
# each run's output printed when it ends; the Phoenix install (mostly a download) goes on beside
# them, and the Phoenix fixtures wait for it (its lock). TEST_MATRIX=0 runs the whole suite on
# .venv only, after the install, its output streaming.
TEST_MATRIX ?= 1
# Empty, so that subprocesses (the CLI, regeneration, the clones) reuse compiled modules rather
# than compile the facade and generated code each time (git and the builds ignore __pycache__).
test: export PYTHONDONTWRITEBYTECODE :=
MATRIX_VERSIONS := 3.11,3.12,3.13
TEST_PREP_1 = check lint matrix-ready
TEST_PREP_0 = check lint phoenix-ready
TEST_RUN_1 = $(MAKE) --no-print-directory -j2 phoenix-ready matrix-runs
TEST_RUN_0 = $(PY) -m pytest $(PYTEST_ARGS)
test: $(READY)  ## Run the whole test suite (real Phoenix included) and Python 3.11-3.13
	$(MAKE) --no-print-directory -j4 --output-sync=target $(TEST_PREP_$(TEST_MATRIX))
	$(TEST_RUN_$(TEST_MATRIX))

.PHONY: phoenix-ready matrix-ready matrix-runs
phoenix-ready: $(READY)
	$(PY) scripts/phoenix_server.py ensure

matrix-ready: $(STAMP)
	$(PY) -m scripts.test_matrix --setup-only --require $(MATRIX_VERSIONS) --jobs 2

matrix-runs: $(READY)
	$(PY) -m scripts.test_matrix --whole-current --require $(MATRIX_VERSIONS) --jobs 4 -- $(PYTEST_ARGS)

clean:  ## Remove build outputs (keeps .venv and the Phoenix cache)
	rm -rf dist build docs/_build .pytest_cache .mypy_cache .ruff_cache

# --- Python versions (scripts/test_matrix.py) ------------------------------------------------
# The unit, typing and fake-server suites (not tests/phoenix, not tests/test_wheels.py) on each
# CPython >= 3.11 found on PATH or under `pyenv root`, one venv each (.venv-3.X; the version of
# .venv uses .venv). MATRIX_ARGS="--versions 3.13" picks versions; "-- -x" passes pytest options.
MATRIX_ARGS ?=
.PHONY: test-matrix docs
test-matrix: $(STAMP)  ## Run the unit, typing and fake-server suites on Python 3.11, 3.12 and 3.13
	$(PY) -m scripts.test_matrix $(MATRIX_ARGS)

# --- API reference (scripts/docs.py) -------------------------------------------------------
docs: $(STAMP)  ## HTML reference of the facade and each generated package, with the guides, into docs/_build
	$(PY) -m scripts.docs --strict

# --- Wheels and publishing (scripts/wheels.py) ---------------------------------------------
# VENDOR=<vendor> for one vendor package, VENDOR=evalclients (or facade) for the facade.
# Built without isolation by the pinned hatchling in .venv; SOURCE_DATE_EPOCH = the last
# commit of each package's sources, so the same commit gives byte-identical files.
DIST ?= dist
REPOSITORY_URL ?=
SKIP_EXISTING ?=
.PHONY: wheels publish

wheels: $(READY)  ## Build a reproducible wheel + sdist per package into dist/ (VENDOR=name|evalclients)
	$(PY) -m scripts.wheels build --dist $(DIST) $(if $(VENDOR),--package $(VENDOR))

# Not echoed: nothing secret belongs in REPOSITORY_URL, but make would print it as given.
publish: wheels  ## Upload dist/ with twine: REPOSITORY_URL=url [VENDOR=] [SKIP_EXISTING=1]; creds from env
	@$(PY) -m scripts.wheels publish --dist $(DIST) --repository-url "$(REPOSITORY_URL)" \
		$(if $(VENDOR),--package $(VENDOR)) $(if $(SKIP_EXISTING),--skip-existing)

# --- Spec updates (scripts/update_spec.py) -------------------------------------------------
# SOURCE: a file path or URL; for phoenix also http://host:port (a running server) or
# package:<python or venv> (an installed arize-phoenix). No SOURCE: re-resolve the current
# upstream (after an overlay edit). NAME= names the new file in specs/<vendor>/.
SOURCE ?=
NAME ?=
.PHONY: update-spec spec-diff

update-spec: $(READY)  ## New upstream spec: VENDOR= SOURCE=; diff, version bump, CHANGELOG, regenerate
	$(if $(VENDOR),,$(error VENDOR=<vendor> is required))
	$(PY) -m scripts.update_spec update $(VENDOR) $(if $(SOURCE),--source '$(SOURCE)') \
		$(if $(NAME),--name '$(NAME)')

spec-diff: $(READY)  ## Changes of the current (or SOURCE=) spec against generated/<VENDOR>/openapi.json
	$(if $(VENDOR),,$(error VENDOR=<vendor> is required))
	$(PY) -m scripts.update_spec diff $(VENDOR) $(if $(SOURCE),--source '$(SOURCE)')

# --- Demo (scripts/demo.py) ------------------------------------------------------------------
# Starts a local Phoenix 20.26.1 (installed into .cache/ on first use), seeds an experiment and
# lists its runs through the facade; PHOENIX_BASE_URL=http://host:port uses a running Phoenix.
DEMO_ARGS ?=
demo: $(READY)  ## Start a local Phoenix, seed an experiment, list and summarise its runs (DEMO_ARGS=)
	$(PY) -m scripts.demo $(DEMO_ARGS)

# Interleaved ratios: the facade against plain httpx, the official SDKs (installed into
# .cache/bench-venv on first use), import time, memory, async prefetch and the toolchain.
# BENCH_ARGS="--only paging,imports --repeats 7" picks sections; results go to .bench/.
BENCH_ARGS ?=
.PHONY: bench
bench: $(READY)  ## Benchmark against the floor and the official SDKs (BENCH_ARGS=)
	$(PY) -m scripts.bench $(BENCH_ARGS)

# --- Fuzzing (tests/reliability) -------------------------------------------------------------
# The adversarial tests with long settings: random (not derandomized) hypothesis runs with many
# more examples, 1,000,000 items paged through faults in 1,000-item typed pages. `make test`
# runs the same tests with CI-sized settings and a fixed seed. FUZZ_ARGS= adds pytest options.
FUZZ_ARGS ?=
.PHONY: fuzz
fuzz: $(READY)  ## Long adversarial runs of tests/reliability (EVALCLIENTS_FUZZ=long; FUZZ_ARGS=)
	EVALCLIENTS_FUZZ=long $(PY) -m pytest tests/reliability -p no:cacheprovider $(FUZZ_ARGS)
