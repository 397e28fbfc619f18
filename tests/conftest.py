from contextlib import ExitStack

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import translation
from wagtail import hooks

from hub.home.models import HomePage
from learning.models import CourseIndexPage
from tests.factories import UserFactory
from tests.learning.factories import CourseFactory

ROLES = ["employee", "expert", "moderator", "admin"]


@pytest.fixture(autouse=True)
def default_language():
    """Requests through the test client activate the visitor's language in this thread;
    start every test from the default so one in Dutch does not leak into the next."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """The cache (navigation per site and language, ...) outlives a test's database
    transaction: start every test without what an earlier one cached (the page
    chrome's fragments too)."""
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


@pytest.fixture
def register_hook():
    """``register_hook(hub.hooks.QUEUE_SOURCES, item)``: ``item`` joins what the apps
    registered for that hook, for this test only. An item with the key of an app's item
    stands in for it until the test ends."""
    with ExitStack() as stack:

        def register(name, item):
            stack.enter_context(hooks.register_temporarily(name, lambda: item))
            return item

        yield register


@pytest.fixture
def home(db):
    """The home page the data migration made."""
    return HomePage.objects.get(depth=2)


@pytest.fixture
def make_user(db):
    def make(role="employee", **kwargs):
        kwargs.setdefault("username", role)
        return UserFactory(role=role, **kwargs)

    return make


@pytest.fixture
def client_as(make_user):
    """``client_as("moderator")``: a test client signed in as a fresh user of that role."""

    def make(role="employee", **kwargs):
        client = Client()
        client.force_login(make_user(role, **kwargs))
        return client

    return make


@pytest.fixture
def course_index(db):
    """/courses/, made by the learning app's data migration."""
    return CourseIndexPage.objects.get(slug="courses")


@pytest.fixture
def make_course(course_index):
    """A live course in /courses/ (tests.learning.factories.CourseFactory)."""

    def make(**kwargs):
        return CourseFactory(parent=course_index, **kwargs)

    return make
