# sitroom: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint types deadcode unit install lock clean bench scorecard floors wheel-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# A pinned, hash-checked installer first (the pip bundled with the interpreter may resolve
# extras to releases newer than the lock), then the pinned, hash-checked dependencies, then
# the package itself without touching them.
$(STAMP): $(BIN)/python requirements-bootstrap.txt requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-bootstrap.txt
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip check
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sitroom run examples/corpus --db sitroom.db --report report.md

lint: $(STAMP)
	$(BIN)/ruff format --check src tests scripts benchmarks
	$(BIN)/ruff check src tests scripts benchmarks

types: $(STAMP)
	$(BIN)/mypy

# No dead code (vulture; names only a framework calls are in vulture_whitelist.py) and no
# block of 6+ identical lines in src/.
deadcode: $(STAMP)
	$(BIN)/vulture src/sitroom tests scripts benchmarks vulture_whitelist.py --min-confidence 60
	$(BIN)/python scripts/check_duplicates.py src/sitroom --lines 6

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint types deadcode unit

# Build the wheel and run it from a new venv outside the checkout (what `pip install .` gives).
wheel-check: $(STAMP)
	$(BIN)/python scripts/wheel_check.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_linking.py
	$(BIN)/python benchmarks/bench_events.py
	$(BIN)/python benchmarks/bench_stories.py
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/sitroom bench --workers 1 --workers 2

# Score every gold set in ../shared and rewrite the README's "How good is it?" section.
scorecard: $(STAMP)
	mkdir -p build
	$(BIN)/sitroom evaluate --json > build/scorecard.json
	$(BIN)/python scripts/readme_scorecard.py --from-json build/scorecard.json

# Pin quality_floors.toml to the last measured scorecard (never lowers a floor).
floors: build/scorecard.json
	$(BIN)/python scripts/pin_floors.py build/scorecard.json --raise-only

# Re-resolve the pinned dependencies (needs the network to PyPI).
lock:
	$(BIN)/python -m pip install --quiet uv==0.13.9
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra ray --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) sitroom.db sitroom.db-wal sitroom.db-shm report.md .mypy_cache .ruff_cache .pytest_cache
