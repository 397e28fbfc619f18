import os
import uuid

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, Page

from guidance.models import GuidanceIndexPage
from hub.content.models import InfoPage
from people.models import ExpertIndexPage, ExpertProfilePage
from tests.guidance.factories import GuidancePageFactory
from tests.learning.factories import CourseFactory


@pytest.fixture
def make_course(course_index):
    """A published course, indexed as publishing indexes it."""

    def make(**kwargs):
        course = CourseFactory(parent=course_index, **kwargs)
        course.save_revision().publish()
        return course

    return make


@pytest.fixture
def make_info_page(home):
    def make(title, text="", parent=None, **kwargs):
        page = InfoPage(title=title, body=[("paragraph", f"<p>{text}</p>")] if text else [], **kwargs)
        (parent or home).add_child(instance=page)
        page.save_revision().publish()
        return Page.objects.get(pk=page.pk).specific

    return make


@pytest.fixture
def make_guidance(db):
    """A published guidance page."""

    def make(**kwargs):
        page = GuidancePageFactory(parent=GuidanceIndexPage.objects.get(), **kwargs)
        page.save_revision().publish()
        return page

    return make


def make_document(title, collection=None):
    """A document (indexed on save), in the root collection unless told otherwise."""
    document = Document(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save("note.txt", ContentFile(b"text"), save=False)
    document.save()
    return document


@pytest.fixture
def make_profile(db):
    """A published expert profile for ``user``, with these topics as expertise."""

    def make(user, expertise=(), **fields):
        profile = ExpertProfilePage(
            title=user.get_full_name(),
            slug=user.username,
            user=user,
            owner=user,
            job_title="Specialist",
            **fields,
        )
        profile.expertise.add(*expertise)
        ExpertIndexPage.objects.get().add_child(instance=profile)
        profile.save_revision(user=user).publish(user=user, skip_permission_checks=True)
        return profile

    return make


@pytest.fixture
def search(client_as):
    """``search("pivot", type="courses")``: the results page as an employee sees it."""

    client = None

    def get(q, as_client=None, **params):
        nonlocal client
        if as_client is None and client is None:
            client = client_as("employee", username="searcher")
        return (as_client or client).get("/search/", {"q": q, **params})

    return get


def result_titles(response):
    return [hit.title for hit in response.context["results"].hits]


def pytest_collection_modifyitems(config, items):
    """Live Elasticsearch tests run only when ELASTICSEARCH_URL is set. They are
    deselected (not skipped) otherwise; set but unreachable, they fail loudly."""
    if os.environ.get("ELASTICSEARCH_URL"):
        return
    live = [item for item in items if item.get_closest_marker("elasticsearch_live")]
    if live:
        config.hook.pytest_deselected(items=live)
        items[:] = [item for item in items if not item.get_closest_marker("elasticsearch_live")]


@pytest.fixture
def live_elasticsearch(settings):
    """The real cluster at ELASTICSEARCH_URL, under a throw-away index name."""
    from elasticsearch import Elasticsearch

    url = os.environ["ELASTICSEARCH_URL"]
    client = Elasticsearch([url], request_timeout=5)
    try:
        client.info()
    except Exception as error:  # noqa: BLE001 - any failure to reach it is the message
        pytest.fail(f"ELASTICSEARCH_URL is set to {url!r} but Elasticsearch does not answer: {error}")
    index = f"learning-hub-test-{uuid.uuid4().hex[:8]}"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.elasticsearch9", "URLS": [url], "INDEX": index}
    }
    yield client
    client.indices.delete(index=f"{index}*", ignore_unavailable=True)
