PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint format install-desktop bench bench-paste bench-actions bench-large bench-sync fidelity train-words train-lines train-plausible check-models train-refs ref-fidelity loco screenshot soak \
	torture clean sync-convergence

$(STAMP): pyproject.toml
	bash .ci/system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## import the bundled seeds (once) and open the app
	$(BIN)/papershelf import --quiet seeds/*.txt
	QT_QPA_PLATFORM= $(BIN)/papershelf

test: $(STAMP)  ## the whole suite, headless, on every core (pytest-xdist)
	$(BIN)/python -m pytest -q -p no:cacheprovider -n auto --dist worksteal --durations=15
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks scripts
	$(BIN)/ruff check --fix src tests benchmarks scripts

install-desktop: $(STAMP)  ## menu entry, icons and AppStream metainfo for this user (~/.local/share)
	$(BIN)/python scripts/install_desktop.py

bench: $(STAMP)  ## speed figures at 10k and 100k papers, sync's too (not part of make test)
	$(BIN)/python benchmarks/run.py --sizes 10000 100000
	$(BIN)/python benchmarks/sync_bench.py --sizes 10000 100000
	$(BIN)/python benchmarks/sync_contention.py --size 20000 --output benchmarks/results-sync-contention.json

bench-sync: $(STAMP)  ## sync figures only (first sync, edit-to-arrival, folder size) at 10k and 100k, edits while syncing at 20k -> benchmarks/results-sync*.json
	$(BIN)/python benchmarks/sync_bench.py --sizes 10000 100000
	$(BIN)/python benchmarks/sync_contention.py --size 20000 --output benchmarks/results-sync-contention.json

bench-paste: $(STAMP)  ## only the 10 MB paste preview rows (printed, not stored)
	$(BIN)/python benchmarks/run.py --paste-only

bench-actions: $(STAMP)  ## single-paper actions in the window at 20k and 100k -> benchmarks/results-actions.json
	$(BIN)/python benchmarks/run.py --only-actions --sizes 20000 100000

bench-large: $(STAMP)  ## 1M papers (~30 min, ~20 GB of disk) -> benchmarks/results-1m.json
	$(BIN)/python benchmarks/run.py --sizes 1000000 --output benchmarks/results-1m.json \
		--growth-from benchmarks/results.json

fidelity: $(STAMP)  ## importers on the real pastes, the held-out sets and seed variants -> tests/data/listings{,-holdout,-holdout2,-dev3,-holdout3,-holdout4,-holdout5,-holdout6,-holdout7,-holdout8,-holdout9,-holdout10,-holdout11,-holdout12,-holdout13,-holdout14,-holdout15,-holdout16,-holdout17,-holdout18,-holdout19,-holdout20,-holdout21,-holdout22,-holdout23,-holdout24,-holdout25,-holdout26,-holdout27,-holdout28,-holdout29,-holdout30,-holdout31,-holdout32,-holdout33,-holdout34,-holdout35,-holdout36,-holdout37,-holdout38,-holdout39,-holdout40,-holdout41,-holdout42,-holdout43,-holdout44,-holdout45,-holdout46}/fidelity.json; duplicates and related papers on labelled real records -> tests/data/{duplicates,related}/fidelity.json
	$(BIN)/python scripts/fidelity.py --write --split
	$(BIN)/python scripts/duplicate_fidelity.py --write
	$(BIN)/python scripts/related_fidelity.py --write

train-words: $(STAMP)  ## the words of titles no name uses, counted in the development corpora -> resources/title_words.txt (before train-lines)
	$(BIN)/python scripts/count_title_words.py

train-lines: $(STAMP)  ## the learned paste reader's model from the development corpora -> resources/line_roles.crfsuite (deterministic)
	$(BIN)/python scripts/train_lines.py

train-plausible: $(STAMP)  ## the second reading's record-likelihood model from every reading of the development corpora -> resources/record_plausible.crfsuite (deterministic; after train-lines)
	$(BIN)/python scripts/train_plausible.py

check-models: $(STAMP)  ## retrain the record-likelihood model and compare it with the committed one, byte for byte (minutes; CI runs it after test)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m models tests/unit

train-refs: $(STAMP)  ## the reference-field model from AnyStyle's annotated strings -> resources/ref_fields.crfsuite (deterministic; held-out scores)
	$(BIN)/python scripts/train_refs.py
	$(BIN)/python scripts/train_refs.py --evaluate

ref-fidelity: $(STAMP)  ## the reference-field model on the corpora's one-line references (never trained on)
	$(BIN)/python scripts/ref_fidelity.py

loco: $(STAMP)  ## leave-one-corpus-out: each development corpus read by a model trained on the others, rules alone and with the learned reader
	$(BIN)/python scripts/loco.py
	$(BIN)/python scripts/loco_history.py

screenshot: $(STAMP)  ## the app (window, queue, notes, dashboard, 1024x640) and the import preview under Xvfb -> docs/*.png
	$(BIN)/python scripts/screenshot.py docs/screenshot.png
	$(BIN)/python scripts/screenshot_preview.py docs/import-preview.png

torture: $(STAMP)  ## fault injection: SIGKILLs, full and read-only disks, locks, damaged files (~15 min)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m torture -s tests/torture

sync-convergence: $(STAMP)  ## the sync convergence property test with 500 examples (~10 min)
	SYNC_EXAMPLES=500 $(BIN)/python -m pytest -q -p no:cacheprovider tests/unit/test_sync_properties.py

soak: $(STAMP)  ## the real window under Xvfb, xdotool keys and clicks for SOAK_MINUTES (default 20)
	$(BIN)/python scripts/soak.py

clean:
	rm -rf $(VENV) build src/*.egg-info
