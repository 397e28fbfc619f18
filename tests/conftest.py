from contextlib import ExitStack

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import translation
from wagtail import hooks

from hub.accounts.roles import MODERATOR
from hub.home.models import HomePage
from learning.models import CourseIndexPage
from tests.factories import (
    CourseFactory,
    ExpertProfileFactory,
    GuidancePageFactory,
    LearningRequestFactory,
    UserFactory,
)
from tests.factories.hub import in_default_language
from tests.oidc_provider.server import running_provider

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
    return HomePage.objects.get(depth=2, locale__language_code="en")


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
    return in_default_language(CourseIndexPage, slug="courses")


# -- one fixture per thing, each a thin wrapper over its factory (tests/factories/) -------------
@pytest.fixture
def make_course(db):
    """``make_course(title=..., owner=user, topics=["Excel"])``: a published course in
    /courses/; ``draft=True`` makes its owner's draft instead (CourseFactory)."""
    return CourseFactory


@pytest.fixture
def draft_course_of(db):
    """``draft_course_of(user, title=...)``: a draft course owned by ``user``, as the admin
    would create it."""

    def make(user, **kwargs):
        return CourseFactory(draft=True, owner=user, **kwargs)

    return make


@pytest.fixture
def make_guidance(db):
    """``make_guidance(title=..., section="sharing")``: a published guidance page in
    /guidance/; ``draft=True`` makes its owner's draft instead (GuidancePageFactory)."""
    return GuidancePageFactory


@pytest.fixture
def make_profile(db):
    """``make_profile(user, expertise=["Excel"], languages=["nl"])``: ``user``'s published
    expert profile, as /experts/me/ makes it (ExpertProfileFactory)."""

    def make(user, **fields):
        return ExpertProfileFactory(user=user, **fields)

    return make


@pytest.fixture
def make_request(db):
    """``make_request(title=..., requester=user)``: a new learning request, by a new
    employee unless ``requester`` is given (LearningRequestFactory)."""
    return LearningRequestFactory


@pytest.fixture(scope="session")
def oidc_provider():
    """A real OpenID provider on 127.0.0.1 (tests/oidc_provider/), for the whole run."""
    with running_provider() as provider:
        yield provider


@pytest.fixture
def company_sign_in(settings, oidc_provider):
    """The hub set up to sign in through ``oidc_provider``, as OIDC_* would in production,
    with the L&D team's provider group mapped to the moderator role."""
    settings.OIDC_ISSUER = oidc_provider.issuer
    settings.OIDC_RP_CLIENT_ID = oidc_provider.client_id
    settings.OIDC_RP_CLIENT_SECRET = oidc_provider.client_secret
    settings.OIDC_ROLE_MAP = {"lnd-team": MODERATOR}
    oidc_provider.misbehave("")
    return oidc_provider
