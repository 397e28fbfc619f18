"""SEARCH_BACKEND and SEARCH_URL choose the search engine (hub/settings/search.py)."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from opensearchpy import OpenSearch
from wagtail.search.backends import get_search_backend

from hub.settings.search import search_backends


def test_without_a_url_search_runs_in_the_database():
    assert search_backends("", "") == {
        "default": {
            "BACKEND": "search.database",
            "SEARCH_CONFIG": "simple",
            "LANGUAGE_CONFIGS": {"en": "english", "nl": "dutch"},
        }
    }
    # A content language PostgreSQL has no stemmer for is indexed with 'simple'.
    assert search_backends("", "", languages=["en", "nl", "pl"])["default"]["LANGUAGE_CONFIGS"] == {
        "en": "english",
        "nl": "dutch",
    }


@pytest.mark.parametrize(
    ("backend", "module"),
    [
        ("", "wagtail.search.backends.elasticsearch9"),
        ("elasticsearch", "wagtail.search.backends.elasticsearch9"),
        ("opensearch", "wagtail.search.backends.opensearch3"),
    ],
)
def test_a_cluster_with_its_credentials_and_certificate_authority(backend, module):
    url = "https://hub:secret@search.internal:9200"

    settings = search_backends(backend, url, index="hub", ca_certs="/etc/ssl/search-ca.pem")["default"]

    assert settings["BACKEND"] == module
    assert settings["URLS"] == [url]
    assert settings["INDEX"] == "hub"
    assert settings["OPTIONS"] == {"verify_certs": True, "ca_certs": "/etc/ssl/search-ca.pem"}


@pytest.mark.parametrize(
    ("backend", "url", "message"),
    [
        ("solr", "http://s:8983", "choose database, elasticsearch or opensearch"),
        ("opensearch", "", "needs SEARCH_URL"),
    ],
)
def test_a_wrong_choice_stops_the_start_with_a_clear_message(backend, url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        search_backends(backend, url)


def test_the_opensearch_backend_builds_its_own_client_from_these_settings():
    backend = get_search_backend(
        **search_backends("opensearch", "https://hub:secret@search.internal:9200")["default"]
    )

    assert isinstance(backend.es, OpenSearch)
    host = backend.es.transport.hosts[0]
    assert (host["host"], host["port"], host["use_ssl"], host["http_auth"]) == (
        "search.internal",
        9200,
        True,
        ("hub", "secret"),
    )
