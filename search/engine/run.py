"""One search, start to end: ``search(request, query, filters, page)`` returns
everything the results page shows (engine/results.py).

Each type's results come from one ranking, built inside the call: the PostgreSQL
shortcut when it applies (engine/index_ranking.py, ``IndexRanking``), else Wagtail's
backend per type (engine/backend.py, ``BackendRanking``). Both answer ``count(type)``,
``rows(type, start, stop)``, ``score(row)`` (higher is better), ``facet_counts(type,
field)`` and ``first_ids(type, n)``. "All results" merges the types' ranked lists, so
a page of results costs a fixed number of queries per type, however many results
there are."""

from dataclasses import replace
from heapq import merge
from itertools import islice
from typing import NamedTuple

from hub.content.languages import other_versions_of
from hub.content.pagination import paginate

from ..popular_topics import popular_topics
from ..promotions import promoted_results
from ..types import installed_types
from . import index_ranking
from .backend import BackendRanking, lower_scores_are_better
from .facets import facets
from .filters import SearchFilters, checked
from .results import Hit, SearchResults
from .scope import Scope
from .text import clean_query, highlight, highlighted_title, was_cut

RESULTS_PER_PAGE = 20


def search(request, query, filters=None, page=None):
    """Search for ``query`` (as typed) as ``request``'s user may see it, narrowed by
    ``filters`` (a ``SearchFilters``; none by default), and show page ``page`` (as given
    in the URL: anything that is not a page number shows the first page, a page past
    the end the last)."""
    text = clean_query(query)
    if not text:  # nothing to search for: the page asks for words
        return SearchResults(query=text, query_was_cut=was_cut(query, text))
    types = installed_types()
    known = checked(filters or SearchFilters(), types)
    shown = SearchResults(
        query=text,
        query_was_cut=was_cut(query, text),
        filters=known.filters,
        chosen=known.chosen,
        dropped=known.dropped,
        types=tuple(types),
        counts=dict.fromkeys((t.key for t in types), 0),
    )
    scope = Scope(request, text, types, known.filters, known.topic_id, one_per_item=True)
    offset = _requested_offset(page)
    planned = {t.key: _rows_for(offset, RESULTS_PER_PAGE, scope.chosen) for t in scope.chosen}
    ranking = _ranking(scope, planned) if scope.search_text else None
    counts = {t.key: ranking.count(t) if ranking and scope.applies(t) else 0 for t in types}
    total = counts[known.filters.type] if known.filters.type else sum(counts.values())
    page_shown = paginate(_Hits(scope, ranking, counts, total), page, RESULTS_PER_PAGE)
    # "Also in": the results' other versions the user may see, in one query.
    versions = other_versions_of(
        (found.object for found in page_shown.object_list if found.search_type.is_page),
        visible=scope.access.pages,
    )
    return replace(
        shown,
        counts=counts,
        page=page_shown,
        hits=tuple(
            Hit(
                found.search_type,
                found.object,
                highlighted_title(found.object.title, scope.terms),
                highlight(found.search_type.snippet_text(found.object), scope.terms),
                tuple(versions.get(found.object.pk, ())),
            )
            for found in page_shown.object_list
        ),
        facets=facets(scope, ranking, counts),
        promotions=tuple(promoted_results(text, scope.access) if page_shown.number == 1 else ()),
        popular_topics=() if total else tuple(popular_topics(request)),
    )


def _ranking(scope, planned):
    # Any type's search carries the backend's compiler; no access filter needed (and
    # none built) just to compile the query.
    sample = scope.types[0].model.objects.all().search(scope.search_text)
    scores = index_ranking.rank(scope.types, sample)
    if scores is not None:
        scope.ranked_on_index = True
        return index_ranking.IndexRanking(scope, scores)
    return BackendRanking(
        scope,
        candidates=index_ranking.match_counts(scope.types, sample),
        planned=planned,
        lower_is_better=lower_scores_are_better(sample),
    )


def _requested_offset(number):
    """Where the asked-for page starts; 0 for anything but a page number (the
    paginator then shows the first page, or the last when it is past the end)."""
    try:
        return (max(int(number), 1) - 1) * RESULTS_PER_PAGE
    except (TypeError, ValueError):
        return 0


def _rows_for(offset, limit, chosen):
    """One type's rows for results ``offset`` to ``offset + limit``: the slice itself,
    or with several types everything up to it (they are merged)."""
    return (0, offset + limit) if len(chosen) > 1 else (offset, offset + limit)


class _Found(NamedTuple):
    search_type: object
    object: object
    score: float
    date: object


class _Hits:
    """What Django's Paginator needs: a length (the total) and slices that rank and
    merge just that page."""

    def __init__(self, scope, ranking, counts, total):
        self.scope, self.ranking, self.counts, self.total = scope, ranking, counts, total

    def __len__(self):
        return self.total

    def count(self):
        return self.total

    def __getitem__(self, item):
        offset = item.start or 0
        return self._merged(offset, item.stop - offset)

    def _merged(self, offset, limit):
        """Results ``offset`` to ``offset + limit`` of the chosen type, or of all
        types merged by score (relevance) or date (newest)."""
        if not self.total:
            return []
        chosen = self.scope.chosen
        start, stop = _rows_for(offset, limit, chosen)
        streams = []
        for search_type in chosen:
            if not self.counts[search_type.key]:
                continue
            date_field = self.scope.date_field(search_type)
            streams.append(
                [
                    _Found(search_type, obj, self.ranking.score(obj), getattr(obj, date_field, None))
                    for obj in self.ranking.rows(search_type, start, stop)
                ]
            )
        if len(chosen) == 1:
            return streams[0] if streams else []
        if self.scope.filters.sort == "newest":
            key = lambda found: found.date.timestamp() if found.date else 0  # noqa: E731
        else:
            # Scores from different types are not on one scale; a result whose title holds
            # every word searched for (an expert's name, a course's title) comes first.
            # (``score`` is higher for a better match on every backend.)
            terms = self.scope.terms

            def key(found):
                title = found.object.title.lower()
                return (all(term in title for term in terms), found.score)

        merged = merge(*[sorted(s, key=key, reverse=True) for s in streams], key=key, reverse=True)
        return list(islice(merged, offset, offset + limit))
