"""Ranking by Wagtail's search backend, one type at a time: the plain way, on every
database and on Elasticsearch. Each type is searched on its own model with the user's
access and the facet filters applied *before* the search, so counts and pages never
include what the user may not see.

On PostgreSQL, when the index shortcut declines to rank because too many entries match
(search/engine/index_ranking.py), it still tells how many entries match per type
(``candidates``): a type without one is not searched at all, and the types listed get
their page of results and their count in one query (a window count)."""

from django.db import connections
from django.db.models import Count, Window


def lower_scores_are_better(sample_results):
    """Whether the backend of ``sample_results`` (any type's ``.search()``) ranks the
    lowest score first: SQLite's FTS5 scores with bm25(), negative and lower for a
    better match. PostgreSQL's ts_rank and Elasticsearch score a better match higher."""
    compiler = getattr(sample_results, "query_compiler", None)
    return hasattr(compiler, "build_tsrank") and connections[compiler.queryset.db].vendor == "sqlite"


class BackendRanking:
    def __init__(self, scope, candidates=None, planned=None, lower_is_better=False):
        """``candidates``: ``{type key: index entries matching}`` or None (unknown).
        ``planned``: ``{type key: (start, stop)}``, the rows of each listed type the
        page will show, fetched with the count when ``candidates`` is known.
        ``lower_is_better``: see ``lower_scores_are_better``."""
        self.scope = scope
        self.candidates = candidates
        self.planned = planned or {}
        self.sign = -1 if lower_is_better else 1
        self._fetched = {}  # type key -> (start, stop, rows), fetched with the count

    def score(self, row):
        """A row's score, higher for a better match, to merge the types' results."""
        return self.sign * (getattr(row, "_score", 0) or 0)

    def results(self, search_type, with_total=False):
        """The type's search results, each with ``_score``. ``with_total``: ids only,
        each row also carrying the number of all results (``_total``)."""
        queryset = self.scope.queryset(search_type)
        if with_total:
            queryset = queryset.only("pk").annotate(_total=Window(Count("pk")))
        return queryset.search(
            self.scope.search_text, order_by_relevance=self.scope.filters.sort == "relevance"
        ).annotate_score("_score")

    def may_match(self, search_type):
        return self.candidates is None or bool(self.candidates.get(search_type.key))

    def count(self, search_type):
        """The type's results: none without a candidate, else one count query, or, for
        a listed type when candidates are known, the page to show with its count."""
        if not self.may_match(search_type):
            return 0
        if self.candidates is not None and search_type.key in self.planned:
            start, stop = self.planned[search_type.key]
            found = self._ranked_page(search_type, start, stop)
            self._fetched[search_type.key] = (start, stop, found)
            if found:
                return found[0]._total
            return 0 if start == 0 else self.results(search_type).count()
        return self.results(search_type).count()

    def rows(self, search_type, start, stop):
        """Results ``start:stop``: from the page fetched with the count when they are
        in it (the paginator asks for fewer than planned on the last page)."""
        if search_type.key in self._fetched:
            fetched_start, fetched_stop, rows = self._fetched[search_type.key]
            if start == fetched_start and stop <= fetched_stop:
                return rows[: stop - start]
        return list(self.results(search_type)[start:stop])

    def _ranked_page(self, search_type, start, stop):
        """Rows ``start:stop`` with the count, in two queries. The ranking query joins
        and sorts every match to apply access and take the best, so it selects ids,
        score and count only; full rows (a page's StreamField body among them) are read
        for the rows shown. Access was applied in the first, so the second needs none."""
        ranked = list(self.results(search_type, with_total=True)[start:stop])
        rows = search_type.model.objects.in_bulk([obj.pk for obj in ranked])
        found = []
        for obj in ranked:
            row = rows.get(obj.pk)
            if row is None:  # deleted between the two queries
                continue
            row._score, row._total = obj._score, obj._total
            found.append(row)
        return found

    def facet_counts(self, search_type, field):
        """``{value: results}`` of one facet field over the type's results."""
        return self.results(search_type).facet(field)

    def first_ids(self, search_type, limit):
        """The ids of the type's first ``limit`` results."""
        return [obj.pk for obj in self.results(search_type)[:limit]]
