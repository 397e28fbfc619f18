"""Fixtures for the browser tests: one Chromium for all of them, a fresh browser
context per test, and the demo users and content seeded into the live server's
database."""

import os
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

from hub.demo.content import seed_hub
from hub.demo.seeders import demo_seeders
from hub.demo.users import ensure_demo_users
from hub.home.models import HomePage

from .checks import BrowserProblems
from .demo import PASSWORD

SCREENSHOTS = Path(__file__).parent / "screenshots"
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"

# Debian's Chromium: there is no internet to download Playwright's own build. The
# flags keep it from phoning home (updates, sync, QUIC probes) and from needing a GPU
# or a user namespace sandbox, which containers and CI runners often lack.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


@pytest.fixture(scope="package")
def browser(live_server, django_db_setup):
    """One Chromium for all the browser tests.

    Playwright's sync API keeps an asyncio event loop running in the test thread for
    as long as it is started, which changes two things in Django:

    - Django refuses ORM calls from a thread with a running loop. The tests call the
      ORM only between browser steps, never concurrently with them, so that check is
      switched off, but only while the browser runs: set for the whole session it
      would leak into ``manage.py check --deploy`` subprocesses (async.E001).
    - Django keeps a thread's database connections in an ``asgiref.local.Local``,
      which gives a thread with a running loop a separate store. The test thread
      then gets a new connection object, without the serialized copy of the migrated
      database that ``django_db_serialized_rollback`` restores from.
      ``_carry_over_test_state`` hands that copy to the new connection.

    Package scope (the whole of tests/e2e): the loop stops once the last browser
    test is done, before the rest of the suite runs. It depends on the live server
    so that it is closed first: open keep-alive connections would otherwise outlive
    the server, and their request threads then touch the in-memory SQLite
    connection after the server stopped sharing it.
    """
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run `bash tests/e2e/install_browser.sh` first.")
    before = {connection.alias: connection for connection in connections.all(initialized_only=True)}
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as playwright:
            _carry_over_test_state(before)
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ[ASYNC_UNSAFE]
        else:
            os.environ[ASYNC_UNSAFE] = previous


def _carry_over_test_state(before):
    for alias, old in before.items():
        contents = getattr(old, "_test_serialized_contents", None)
        new = connections[alias]
        if contents is not None and new is not old:
            new._test_serialized_contents = contents


@pytest.fixture
def hub_site(django_db_serialized_rollback, live_server):
    """The live server with the demo users and the hub's demo content.

    The live server needs a transactional database (its thread has its own connection
    and must see committed rows), and a transactional test ends by flushing every
    table. That would also wipe what the data migrations made (the home page, the
    default site, the role groups and their permissions), so the second test would
    find no home page. ``django_db_serialized_rollback`` makes pytest-django serialize
    the freshly migrated database once and load it back before each test, so each test
    starts from exactly the state ``migrate`` leaves, as ``seed_demo`` expects.
    """
    home = HomePage.objects.filter(depth=2).first()
    assert home is not None, "The data migration's home page is missing: was the database flushed?"
    ensure_demo_users(password=PASSWORD)
    seed_hub(home)
    return live_server


@pytest.fixture
def demo_content(hub_site):
    """Everything ``seed_demo`` adds: the hub's content and each app's demo seeder."""

    home = HomePage.objects.get(depth=2, locale__language_code="en")
    for seeder in demo_seeders():
        seeder.seed(home)
    return hub_site


@pytest.fixture
def screenshots():
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


def _new_context(browser, base_url, options):
    # A fixed locale, so the hub answers in English whatever the machine's language is.
    context = browser.new_context(base_url=base_url, locale="en-GB", **options)
    # Every page here loads in well under a second; fail fast rather than after 30 s.
    context.set_default_timeout(10_000)
    problems = BrowserProblems(context)
    return context, problems


@pytest.fixture
def make_context(browser, hub_site):
    """``make_context(phone=False)`` -> ``(context, problems)``; closed after the test."""
    made = []

    def make(phone=False):
        context, problems = _new_context(browser, hub_site.url, PHONE if phone else DESKTOP)
        made.append(context)
        return context, problems

    yield make
    for context in made:
        # Closing a course page makes it report its active time (a beacon); that
        # request must not reach the server while the test database is being reset.
        context.route("**/my-learning/time/", lambda route: route.abort())
        for page in context.pages:
            page.close(run_before_unload=False)
        context.close()


@pytest.fixture
def page_and_problems(make_context):
    context, problems = make_context()
    return context.new_page(), problems
