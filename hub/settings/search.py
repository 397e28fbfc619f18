"""Which search engine the hub uses: ``WAGTAILSEARCH_BACKENDS`` from the environment.

- ``database`` (default without ``SEARCH_URL``): Wagtail's database backend through
  ``search.database``: on PostgreSQL each page is indexed with its language's text
  search configuration (``LANGUAGE_CONFIGS``: Dutch stemming for Dutch pages, English
  for English) and a query is matched in each; what has no language keeps 'simple'
  (lower-cases, no stemming). On SQLite, Wagtail's FTS5 backend as it is.
- ``elasticsearch`` (default with ``SEARCH_URL``): Elasticsearch 9, its own client.
- ``opensearch``: OpenSearch 2 or 3, through opensearch-py.

``SEARCH_URL`` may carry credentials (``https://user:password@search:9200``);
``SEARCH_CA_CERTS`` names a CA bundle for a cluster with its own certificate authority.
"""

from django.core.exceptions import ImproperlyConfigured

# PostgreSQL's own text search configurations (snowball stemmers), by language code: a
# content language without one is indexed with 'simple'.
POSTGRES_CONFIGS = {
    "da": "danish",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}

ENGINES = {
    "elasticsearch": "wagtail.search.backends.elasticsearch9",
    "opensearch": "wagtail.search.backends.opensearch3",
}


def search_backends(
    backend, url, index="learning-hub", ca_certs="", verify_certs=True, timeout=5, languages=("en", "nl")
):
    backend = backend or ("elasticsearch" if url else "database")
    if backend == "database":
        configs = {code: POSTGRES_CONFIGS[code] for code in languages if code in POSTGRES_CONFIGS}
        return {
            "default": {"BACKEND": "search.database", "SEARCH_CONFIG": "simple", "LANGUAGE_CONFIGS": configs}
        }
    if backend not in ENGINES:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND={backend!r}: choose database, elasticsearch or opensearch."
        )
    if not url:
        raise ImproperlyConfigured(f"SEARCH_BACKEND={backend} needs SEARCH_URL, the cluster's address.")
    options = {"verify_certs": verify_certs}
    if ca_certs:
        options["ca_certs"] = ca_certs
    return {
        "default": {
            "BACKEND": ENGINES[backend],
            "URLS": [url],
            "INDEX": index,
            "TIMEOUT": timeout,
            "OPTIONS": options,
        }
    }
