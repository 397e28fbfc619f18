"""Which search engine the hub uses: ``WAGTAILSEARCH_BACKENDS`` from the environment.

- ``database`` (default without ``SEARCH_URL``): Wagtail's database backend; on
  PostgreSQL its full-text search with the 'simple' configuration (lower-cases, no
  stemming, no stop words): pages and queries are in Dutch or English, and a stemmer
  for one language mangles the other's words (docs/search.md).
- ``elasticsearch`` (default with ``SEARCH_URL``): Elasticsearch 9, its own client.
- ``opensearch``: OpenSearch 2 or 3, through opensearch-py.

``SEARCH_URL`` may carry credentials (``https://user:password@search:9200``);
``SEARCH_CA_CERTS`` names a CA bundle for a cluster with its own certificate authority.
"""

from django.core.exceptions import ImproperlyConfigured

ENGINES = {
    "elasticsearch": "wagtail.search.backends.elasticsearch9",
    "opensearch": "wagtail.search.backends.opensearch3",
}


def search_backends(backend, url, index="learning-hub", ca_certs="", verify_certs=True, timeout=5):
    backend = backend or ("elasticsearch" if url else "database")
    if backend == "database":
        return {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
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
