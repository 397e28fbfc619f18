"""Wagtail's database search backend, with each language analysed as that language.

On PostgreSQL a page (or snippet) is indexed with the text search configuration of its
locale (``LANGUAGE_CONFIGS``: ``{"en": "english", "nl": "dutch"}``), so Dutch words are
stemmed as Dutch ("cursussen" finds "cursus") and English as English ("walruses" finds
"walrus"); anything without a locale (documents) keeps ``SEARCH_CONFIG``. A query is
compiled in every one of those configurations and the versions are ORed, so it finds a
page in whichever language it is written. Autocomplete keeps ``simple`` (prefixes must
not be stemmed). Other databases (SQLite's FTS5 has no Dutch stemmer) get Wagtail's
backend unchanged.

Set as ``"BACKEND": "search.database"`` by hub/settings/search.py. After switching to it
(or changing the configurations), rebuild the index: ``manage.py update_index``.
"""

import copy
from itertools import groupby

from django.conf import settings
from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return database_backend(params)


def language_configs():
    """``{language code: configuration}`` of the default backend (the query compiler
    is not told which backend made it, so it reads the setting)."""
    return dict(settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("LANGUAGE_CONFIGS", {}))


def _config_of(obj, backend):
    locale = getattr(obj, "locale", None)
    return backend.language_configs.get(getattr(locale, "language_code", None), backend.config)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with that language's configuration. The
        configuration is read by Wagtail's indexer from its backend, so each group is
        indexed through a copy of the backend: the shared one is never changed."""
        objs = sorted(objs, key=lambda obj: _config_of(obj, self.backend))
        for config, group in groupby(objs, key=lambda obj: _config_of(obj, self.backend)):
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, list(group))


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        """The query in every language's configuration, ORed: each page matches in
        the language it was indexed in."""
        combined = None
        for each in dict.fromkeys([config, *language_configs().values()]):
            compiled = super().build_tsquery(query, config=each)
            if compiled is not None:
                combined = compiled if combined is None else combined | compiled
        return combined


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))
