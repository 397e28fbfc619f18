import os
import uuid

import pytest

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
