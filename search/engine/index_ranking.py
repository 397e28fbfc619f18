"""The PostgreSQL shortcut: a search ranked on Wagtail's search index table.

Wagtail's database backend on PostgreSQL ranks a type's results by joining every match
to the type's table through ``pk::varchar`` and sorting wide rows. Here one query reads
every matching entry of the index table (``wagtailsearch_indexentry``) with the
backend's own tsquery and rank, for all types at once; each type then reads which of
its candidates the user may see by id (``IndexRanking``). See docs/search.md, "Speed".

**The switch.** ``settings.HUB_SEARCH_INDEX_RANKING`` (default ``True``), read only by
``enabled()`` below. Off, every search is ranked by the backend (engine/backend.py).

**When it ranks.** The switch is on, the default database is PostgreSQL, the backend is
Wagtail's database backend (its query compiler builds tsqueries), the query is plain
text (the hub only sends words), and at most ``SEARCH_CANDIDATES`` index entries match
(``AUTOCOMPLETE_CANDIDATES`` for autocomplete).

**What it must return.** For every such query exactly what the backend gives when it
searches each type itself, with the same access and facet filters: the same results,
in the same order (score, then id, both descending; or newest first), the same count
per type and the same facet counts. To that end it matches entries on the vector the
backend filters on (``title || body``, or ``autocomplete``) with the tsquery the
backend compiles, and scores them with the backend's rank expression (``ts_rank`` of
the title times ``title_norm``, plus ``ts_rank`` of the body, with its weights).
``tests/search/test_ranking_contract.py`` runs a judged set of queries with the switch
on and off and fails if anything differs.

**When it declines** (``None``), the backend ranks instead: the switch is off, another
database (SQLite's FTS5) or backend (Elasticsearch, OpenSearch), a query that is not
plain text, or more matches than the cap. Past the cap it still counts the matching
entries per type (``match_counts``), so the backend skips types without one.

**What it relies on in Wagtail** (check on an upgrade): the ``IndexEntry`` model with
``content_type_id``, ``object_id`` (text), ``title``, ``body``, ``autocomplete`` and
``title_norm``, and the PostgreSQL query compiler's ``build_tsquery``, ``get_config``,
``build_tsrank`` and ``sql_weights``.
"""

from datetime import UTC, datetime

from django.conf import settings
from django.db import connections
from django.db.models import Count, F
from wagtail.models import Page
from wagtail.search.models import IndexEntry
from wagtail.search.query import PlainText
from wagtail.search.utils import get_descendants_content_types_pks

from ..lookups import AnyOf

# Up to this many index entries matching, the index ranks; past it, the backend.
SEARCH_CANDIDATES = 5000
AUTOCOMPLETE_CANDIDATES = 200


def enabled():
    """The switch: ``HUB_SEARCH_INDEX_RANKING``, on unless set to False."""
    return getattr(settings, "HUB_SEARCH_INDEX_RANKING", True)


def _postgres_compiler(sample_results):
    """``(query compiler, backend)`` of a search on Wagtail's database backend on
    PostgreSQL with the switch on; ``(None, None)`` otherwise."""
    compiler = getattr(sample_results, "query_compiler", None)
    backend = getattr(sample_results, "backend", None)
    if not enabled() or compiler is None or backend is None or not hasattr(compiler, "build_tsrank"):
        return None, None
    if compiler.queryset.db != "default" or connections["default"].vendor != "postgresql":
        return None, None
    return compiler, backend


def _content_types(types):
    return {t.key: set(get_descendants_content_types_pks(t.model)) for t in types}


def match_counts(types, sample_results, autocomplete=False):
    """``{type key: index entries matching}`` in one grouped query, ignoring access
    and facets, or ``None`` where the shortcut does not apply. ``sample_results``: any
    type's ``.search()`` (or ``.autocomplete()``) result, for the backend's compiler."""
    compiler, backend = _postgres_compiler(sample_results)
    if compiler is None:
        return None
    tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(backend))
    if tsquery is None:
        return dict.fromkeys((t.key for t in types), 0)
    vector = F("autocomplete") if autocomplete else F("title")._combine(F("body"), "||", False)
    per_content_type = dict(
        IndexEntry.objects.annotate(_vector_=vector)
        .filter(_vector_=tsquery)
        .values("content_type_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("content_type_id", "n")
    )
    return {
        key: sum(per_content_type.get(pk, 0) for pk in content_types)
        for key, content_types in _content_types(types).items()
    }


def rank(types, sample_results, autocomplete=False):
    """``{type key: {object id (text): score}}`` of every matching index entry, in one
    query, or ``None`` when the shortcut declines (see the module's docstring)."""
    compiler, backend = _postgres_compiler(sample_results)
    # A typed query is plain text; anything else (phrases, boosts) the backend ranks.
    if compiler is None or not isinstance(compiler.query, PlainText):
        return None
    tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(backend))
    if tsquery is None:
        return {}
    cap = AUTOCOMPLETE_CANDIDATES if autocomplete else SEARCH_CANDIDATES
    rows = _ranked_index_entries(tsquery, compiler.sql_weights, cap + 1, autocomplete)
    if len(rows) > cap:
        return None
    if not rows:  # the usual miss: no need to map content types
        return {}
    ranked = {}
    for key, content_types in _content_types(types).items():
        scores = {object_id: score for ct, object_id, score in rows if ct in content_types}
        if scores:
            ranked[key] = scores
    return ranked


# The vectors and rank the backend filters and orders by (its get_index_vectors and
# build_tsrank for plain text): a title match counts title_norm times, a body match
# once, so entries rank here exactly as they rank there. {tsquery} is the backend's.
RANKING_SQL = {
    False: (
        "SELECT content_type_id, object_id,"
        " ts_rank(%s::float4[], title, {tsquery}) * title_norm + ts_rank(%s::float4[], body, {tsquery})"
        " FROM {table} WHERE (title || body) @@ {tsquery} LIMIT %s"
    ),
    True: (
        "SELECT content_type_id, object_id, ts_rank(%s::float4[], autocomplete, {tsquery})"
        " FROM {table} WHERE autocomplete @@ {tsquery} LIMIT %s"
    ),
}


def _ranked_index_entries(tsquery, weights, limit, autocomplete):
    """``[(content type id, object id, score)]`` of up to ``limit`` matching entries.

    Written as SQL around the backend's compiled tsquery: built with the ORM, this one
    statement cost more time than PostgreSQL took to run it (about 1 ms a search)."""
    connection = connections["default"]
    query = IndexEntry.objects.all().query
    tsquery_sql, tsquery_params = tsquery.resolve_expression(query).as_sql(
        query.get_compiler(connection=connection), connection
    )
    sql = RANKING_SQL[autocomplete].format(
        tsquery=tsquery_sql, table=connection.ops.quote_name(IndexEntry._meta.db_table)
    )
    ranks = 1 if autocomplete else 2
    params = [weights, *tsquery_params] * ranks + [*tsquery_params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def visible_by_ids(scope, search_type, ids):
    """The type's objects with these ids that the user may see (facets applied).

    Without facet filters a page type needs only wagtailcore_page (live, path, dates):
    index entries are already of the type's content types, and a join to the type's
    own table makes PostgreSQL scan all of it. One array parameter (``= ANY``)."""
    base = Page if search_type.is_page and not scope.facets else None
    return scope.queryset(search_type, model=base).filter(AnyOf(F("pk"), ids))


class IndexRanking:
    """A search's results per type from the index's ranking (``rank``): the
    candidates the user may see, in one query by id per type with candidates, in the
    backend's order (score, then id; or newest first). Their number is the count."""

    def __init__(self, scope, scores):
        self.scope = scope
        self.scores = scores  # {type key: {object id (text): score}}
        self._visible = {}  # type key -> (ordered ids, {id: score})

    def visible(self, search_type):
        if search_type.key not in self._visible:
            to_python = search_type.model._meta.pk.to_python
            by_id = {to_python(pk): score for pk, score in self.scores.get(search_type.key, {}).items()}
            queryset = visible_by_ids(self.scope, search_type, list(by_id)).order_by()
            # One version per item (Scope.one_version_each) needs each page's item and language.
            per_item = self.scope.one_per_item and search_type.is_page
            item = ("translation_key", "locale__language_code") if per_item else ()
            if self.scope.filters.sort == "newest":
                rows = queryset.values_list("pk", *item, self.scope.date_field(search_type))
                oldest = datetime.min.replace(tzinfo=UTC)
                ordered = sorted(rows, key=lambda row: (row[-1] or oldest, row[0]), reverse=True)
            else:
                rows = queryset.values_list("pk", *item)
                ordered = sorted(rows, key=lambda row: (by_id[row[0]], row[0]), reverse=True)
            if per_item:
                ordered = self.scope.one_version_each(ordered)
            ids = [row[0] for row in ordered]
            self._visible[search_type.key] = (ids, by_id)
        return self._visible[search_type.key][0]

    def count(self, search_type):
        if search_type.key not in self.scores:
            return 0
        return len(self.visible(search_type))

    def rows(self, search_type, start, stop):
        """Rows ``start:stop``: full objects read by id (access was applied with the
        ids), each with its ``_score``."""
        ids = self.visible(search_type)[start:stop]
        by_id = self._visible[search_type.key][1]
        rows = search_type.model.objects.in_bulk(ids)
        found = []
        for pk in ids:
            row = rows.get(pk)
            if row is None:  # deleted since
                continue
            row._score = by_id[pk]
            found.append(row)
        return found

    @staticmethod
    def score(row):
        return row._score

    def facet_counts(self, search_type, field):
        rows = (
            search_type.model.objects.filter(AnyOf(F("pk"), self.visible(search_type)))
            .values_list(field)
            .annotate(n=Count("pk"))
            .order_by()
        )
        return dict(rows)

    def first_ids(self, search_type, limit):
        return self.visible(search_type)[:limit]
