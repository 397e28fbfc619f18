import os
import uuid

import pytest
from wagtail.search.backends import get_search_backend

from hub.settings.search import search_backends
from tests.factories import DocumentFactory, InfoPageFactory


@pytest.fixture
def make_info_page(home):
    """``make_info_page("Title", "body text", parent=page)``: a published information page
    under the home page or ``parent`` (InfoPageFactory)."""

    def make(title, text="", parent=None, **kwargs):
        body = [("paragraph", f"<p>{text}</p>")] if text else []
        return InfoPageFactory(title=title, body=body, parent=parent or home, **kwargs)

    return make


def make_document(title, collection=None):
    """A document (indexed on save), in the root collection unless told otherwise."""
    return DocumentFactory(title=title, **({"collection": collection} if collection else {}))


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


def live_search_url():
    return os.environ.get("SEARCH_URL") or os.environ.get("ELASTICSEARCH_URL")


def pytest_collection_modifyitems(config, items):
    """Live search-server tests run only when SEARCH_URL is set (with SEARCH_BACKEND
    elasticsearch, the default, or opensearch). They are deselected (not skipped)
    otherwise; set but unreachable, they fail loudly."""
    if live_search_url():
        return
    live = [item for item in items if item.get_closest_marker("search_live")]
    if live:
        config.hook.pytest_deselected(items=live)
        items[:] = [item for item in items if not item.get_closest_marker("search_live")]


@pytest.fixture
def live_search(settings):
    """The real cluster at SEARCH_URL, under a throw-away index name; its client."""
    url = live_search_url()
    index = f"learning-hub-test-{uuid.uuid4().hex[:8]}"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        os.environ.get("SEARCH_BACKEND", "elasticsearch"),
        url,
        index=index,
        ca_certs=os.environ.get("SEARCH_CA_CERTS", ""),
    )
    client = get_search_backend().es
    try:
        client.info()
    except Exception as error:  # noqa: BLE001 - any failure to reach it is the message
        pytest.fail(f"SEARCH_URL is set to {url!r} but the search server does not answer: {error}")
    yield client
    for name in client.indices.get(index=f"{index}*"):
        client.indices.delete(index=name)
