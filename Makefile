# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= hub.settings.dev

.PHONY: run test install-dev migrate seed lint format messages messages-check bench upgrade-check browser lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Every package, indirect ones too, at the version and with the hashes of the lock file;
# reinstalled only when the lock changes. `make lock` writes the locks again.
$(VENV)/.installed-dev: requirements-dev.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

install-dev: $(VENV)/.installed-dev

migrate: install-dev
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_demo

run: seed
	@echo "Serving the hub at http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Debian's Chromium drives the browser tests; install it when missing (needs root/sudo).
browser:
	@bash tests/e2e/install_browser.sh

test: install-dev browser
	DJANGO_SETTINGS_MODULE=hub.settings.test $(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=hub.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=hub.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	@$(MAKE) --no-print-directory messages-check

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Extract and compile the Dutch and English catalogues (needs GNU gettext).
MAKEMESSAGES := $(BIN)/python manage.py makemessages -l nl -l en --no-obsolete --no-location \
	--ignore=.venv --ignore=tests --ignore=staticfiles --ignore=media
messages: install-dev
	$(MAKEMESSAGES)
	$(BIN)/python manage.py compilemessages --ignore=.venv

# Fails when a string in the code is missing from the committed catalogues.
messages-check: install-dev
	@command -v msgfmt >/dev/null || { echo "GNU gettext is needed: apt-get install gettext" >&2; exit 1; }
	@$(MAKEMESSAGES) >/dev/null
	@git diff --quiet -I 'POT-Creation-Date' -- locale/ || { git diff --stat -- locale/; \
		echo "Translation catalogues are out of date: run 'make messages' and translate the new strings." >&2; exit 1; }

bench: install-dev
	$(BIN)/python tests/perf/bench.py $(BENCH_ARGS)

# A database made and seeded by an earlier version (FROM=<commit>) migrates with nothing
# lost (tests/upgrade/upgrade_check.py; UPGRADE_ARGS=--sqlite for SQLite).
upgrade-check: install-dev
	@test -n "$(FROM)" || { echo "Say which version to upgrade from: make upgrade-check FROM=<commit>" >&2; exit 2; }
	$(BIN)/python tests/upgrade/upgrade_check.py --from $(FROM) $(UPGRADE_ARGS)

# After changing requirements.txt or requirements-dev.txt (needs the package index):
# resolves every package they need and writes it pinned, with hashes, to the locks.
LOCK := $(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-header \
	--no-emit-index-url --no-emit-find-links
lock: install-dev
	$(LOCK) --output-file requirements.lock requirements.txt
	$(LOCK) --output-file requirements-dev.lock requirements-dev.txt

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache
