# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= hub.settings.dev

.PHONY: run test install-dev migrate seed lint format messages messages-check bench upgrade-check browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when a requirements file changes.
$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
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

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache
