"""Titles that start with what was typed, for the header's search box:
``suggestions(request, query, limit)``, with the same access rules as the search.

On PostgreSQL the prefix is ranked on the index's ``autocomplete`` vector
(engine/index_ranking.py, up to AUTOCOMPLETE_CANDIDATES matches); else, or past that,
the backend is asked per type, in the types' order, until ``limit`` are found."""

from ..types import installed_types
from . import index_ranking
from .filters import SearchFilters
from .results import Suggestion
from .scope import Scope
from .text import clean_query

MIN_LENGTH = 2


def suggestions(request, query, limit):
    """Up to ``limit`` suggestions for ``query``, types in order; none for fewer than
    MIN_LENGTH characters. A prefix that matches nothing in the index costs one query
    and no access check."""
    query = clean_query(query)
    if len(query) < MIN_LENGTH:
        return []
    scope = Scope(request, query, installed_types(), SearchFilters())
    if not scope.search_text:
        return []
    sample = scope.types[0].model.objects.all().autocomplete(scope.search_text)
    ranked = index_ranking.rank(scope.types, sample, autocomplete=True)
    if ranked is not None:
        return _from_ranking(scope, ranked, limit)
    candidates = index_ranking.match_counts(scope.types, sample, autocomplete=True)
    found = []
    for search_type in scope.types:
        if len(found) >= limit:
            break
        if candidates is not None and not candidates.get(search_type.key):
            continue
        queryset = scope.queryset(search_type)
        if search_type.is_page:
            queryset = queryset.defer_streamfields()
        found += [
            Suggestion(search_type, obj)
            for obj in queryset.autocomplete(scope.search_text)[: limit - len(found)]
        ]
    return found


def _from_ranking(scope, ranked, limit):
    """Per type with a match, the visible objects among its candidates, in the order
    the backend ranks them (score, then newest id). The access-filtered queryset reads
    only those ids, so nobody sees more than through the backend's search."""
    found = []
    for search_type in scope.types:
        if len(found) >= limit:
            break
        scores = ranked.get(search_type.key)
        if not scores:
            continue
        to_python = search_type.model._meta.pk.to_python
        queryset = index_ranking.visible_by_ids(scope, search_type, [to_python(pk) for pk in scores])
        if search_type.is_page:
            # A suggestion shows a title and links to it: nothing else is read.
            queryset = queryset.only("title", "url_path")
        visible = sorted(queryset, key=lambda obj: (scores[str(obj.pk)], obj.pk), reverse=True)
        found += [Suggestion(search_type, obj) for obj in visible[: limit - len(found)]]
    return found
