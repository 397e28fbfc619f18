"""The hub's search: one query over every installed search type (search/types.py).

Each type is searched on its own model, through Wagtail's search backend, with the
user's access and the chosen facets applied as filters *before* the search. "All
results" merges the types' ranked lists, so one page of results costs a fixed number
of queries per type, however many results there are.

On PostgreSQL with the database backend, a search matching up to SEARCH_CANDIDATES
index entries is ranked on the index table instead (``index_ranking``), and each type
reads which of its candidates the user may see by id (``HubSearch.visible``): the same
results in the same order, without joining every match to the type's table. See
docs/search.md, "Speed".
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from heapq import merge
from itertools import islice

from django.db import connections
from django.db.models import Count, F, Window
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.query import PlainText
from wagtail.search.utils import normalise_query_string

from hub.content.choices import LANGUAGE_CHOICES, REGION_CHOICES

from .access import Access
from .lookups import AnyOf
from .promotions import promoted_queries
from .types import installed_types

# Longer queries are cut, not refused: nobody types more, and it bounds the work.
MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20
SNIPPET_LENGTH = 220
SORT_CHOICES = [("relevance", _("Most relevant")), ("newest", _("Newest"))]
FACET_FIELDS = {"language": "content_language", "region": "region"}
WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw):
    """What we search for: control characters dropped, whitespace collapsed, cut to
    MAX_QUERY_LENGTH. Everything else (quotes, SQL, regex characters, any script) is
    passed on as text: the backends escape it."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    return [term for term in WORD.findall(query.lower()) if term]


def highlight(text, terms, length=SNIPPET_LENGTH):
    """A window of ``text`` around the first term found, HTML-escaped, with each term
    wrapped in <mark>. Safe to print: nothing from the text or query is left unescaped."""
    text = " ".join(text.split())
    if not text:
        return ""
    pattern = re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)), re.I)
    match = pattern.search(text) if terms else None
    start = 0
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
    window = text[start : start + length]
    if start + length < len(text):
        window = window.rsplit(" ", 1)[0] + " …"
    if start:
        window = "… " + window
    if not terms:
        return escape(window)
    pieces, last = [], 0
    for found in pattern.finditer(window):
        pieces.append(escape(window[last : found.start()]))
        pieces.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    pieces.append(escape(window[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


@dataclass
class Hit:
    search_type: object
    object: object
    score: float
    date: datetime | None

    @property
    def title(self):
        return self.object.title

    @property
    def url(self):
        return self.object.url


@dataclass
class Facet:
    name: str
    label: str
    options: list  # [(value, label, count)]
    selected: str


def _postgres_compiler(sample_results):
    """``(query compiler, backend)`` of a search on Wagtail's database backend on
    PostgreSQL, whose index table the functions below query; ``(None, None)`` for
    any other backend or database."""
    compiler = getattr(sample_results, "query_compiler", None)
    backend = getattr(sample_results, "backend", None)
    if compiler is None or backend is None or not hasattr(compiler, "build_tsrank"):
        return None, None
    if compiler.queryset.db != "default" or connections["default"].vendor != "postgresql":
        return None, None
    return compiler, backend


def index_match_counts(types, search_text, sample_results, autocomplete=False):
    """``{type key: index entries matching}`` in one grouped query on Wagtail's index
    table, ignoring access and facets. Only for the database backend on PostgreSQL
    (``None`` elsewhere: SQLite's FTS5 table and Elasticsearch are searched per type).

    The tsquery is built by the backend's own compiler from ``sample_results`` (any
    type's ``.search()``/``.autocomplete()`` result), and the vector is the one the
    backend filters on, so an entry counted here is exactly one the per-type search
    can find."""
    compiler, backend = _postgres_compiler(sample_results)
    if compiler is None:
        return None
    from wagtail.search.models import IndexEntry
    from wagtail.search.utils import get_descendants_content_types_pks

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
        t.key: sum(per_content_type.get(pk, 0) for pk in get_descendants_content_types_pks(t.model))
        for t in types
    }


def index_ranking(types, sample_results, cap, autocomplete=False):
    """``{type key: {object id: score}}`` of every index entry that matches, with the
    backend's own tsquery and rank (``RANKING_SQL``), in one query on the index table.
    ``None`` where that is not possible (see ``index_match_counts``) or when more than
    ``cap`` entries match: then the backend ranks per type.

    The index table alone is cheap to rank: a 2 % term on 100,000 pages is 2,000 narrow
    rows. The backend's own query joins every match to the model's table through
    ``pk::varchar`` and sorts wide rows to apply access before ranking; ranking here
    leaves the access filter a lookup of these ids (see ``HubSearch.visible``)."""
    compiler, backend = _postgres_compiler(sample_results)
    # A typed query is plain text; anything else (phrases, boosts) the backend ranks.
    if compiler is None or not isinstance(compiler.query, PlainText):
        return None
    from wagtail.search.utils import get_descendants_content_types_pks

    tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(backend))
    if tsquery is None:
        return {}
    rows = _ranked_index_entries(tsquery, compiler.sql_weights, cap + 1, autocomplete)
    if len(rows) > cap:
        return None
    if not rows:  # the usual miss: no need to map content types
        return {}
    ranked = {}
    for search_type in types:
        content_types = set(get_descendants_content_types_pks(search_type.model))
        scores = {object_id: score for ct, object_id, score in rows if ct in content_types}
        if scores:
            ranked[search_type.key] = scores
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
    from wagtail.search.models import IndexEntry

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


class HubSearch:
    """One search request: the query, the chosen type and facets, the sort order."""

    def __init__(self, request, query, type_key="", topic="", language="", region="", sort="relevance"):
        self.request = request
        self.query = query
        self.terms = query_terms(query)
        # The backends get words only: quotes, operators and other punctuation mean
        # something to FTS5, tsquery and Elasticsearch, and an unbalanced quote is an
        # error there. Their tokenisers drop punctuation anyway.
        self.search_text = " ".join(self.terms)
        self.types = installed_types()
        self.type_key = type_key if any(t.key == type_key for t in self.types) else ""
        self.filters = {"topic": topic, "language": language, "region": region}
        self.sort = sort if sort in dict(SORT_CHOICES) else "relevance"
        self._counts = None
        self._planned = None  # (offset, limit) the view is about to show
        self._fetched = {}  # type key -> (start, stop, rows) fetched with the counts
        self._visible = {}  # type key -> (ordered ids, {id: score}), see visible()

    @cached_property
    def access(self):
        # Built only when a type can have results (or a promotion needs checking):
        # a search that matches nothing in the index never needs the user's access.
        return Access(self.request)

    # -- querysets -----------------------------------------------------------------------
    def active_filters(self):
        return {name: value for name, value in self.filters.items() if value}

    def applies(self, search_type):
        """A type takes part when it supports every active facet filter."""
        return all(name in search_type.facets for name in self.active_filters())

    def queryset(self, search_type, model=None):
        """The type's objects this user may see, with the facet filters and sort order.
        ``model``: a base model to query instead (the plain Page, see ``visible``)."""
        model = model or search_type.model
        if search_type.is_page:
            queryset = self.access.pages(model.objects.all())
        else:
            queryset = self.access.documents(model.objects.all())
        for name, value in self.active_filters().items():
            if name == "topic":
                # The topic's pages as a list of ids: a filter every backend can apply.
                ids = search_type.topics_model.objects.filter(tag__slug=value).values_list(
                    "content_object_id", flat=True
                )
                queryset = queryset.filter(pk__in=list(ids))
            else:
                queryset = queryset.filter(**{FACET_FIELDS[name]: value})
        if self.sort == "newest":
            queryset = queryset.order_by(f"-{self.date_field(search_type)}")
        return queryset

    @staticmethod
    def date_field(search_type):
        return "first_published_at" if search_type.is_page else "created_at"

    def results(self, search_type, with_total=False):
        """The type's search results. ``with_total``: each row also carries the number
        of all results (``_total``, a window count), so one query gives a page and the
        count, and the rows are ids only (see ``ranked_page``). Only on the PostgreSQL
        database backend (``candidates`` is known): other backends fetch the page by
        ids, where a window would count just that page."""
        queryset = self.queryset(search_type)
        if with_total:
            queryset = queryset.only("pk").annotate(_total=Window(Count("pk")))
        return queryset.search(self.search_text, order_by_relevance=self.sort == "relevance").annotate_score(
            "_score"
        )

    # -- counts and facets -----------------------------------------------------------------
    # Up to this many index entries matching, the search is ranked on the index table
    # (``index_ranking``); past it, by the backend per type.
    SEARCH_CANDIDATES = 5000

    @cached_property
    def _sample(self):
        # Any type's search carries the backend's compiler; no access filter needed
        # (and none built) just to compile the query.
        return self.types[0].model.objects.all().search(self.search_text)

    @cached_property
    def ranking(self):
        """``{type key: {object id: score}}`` of every match in the index, before access
        and facet filters, or None (another backend, or more than SEARCH_CANDIDATES)."""
        if not self.search_text:
            return {}
        return index_ranking(self.types, self._sample, cap=self.SEARCH_CANDIDATES)

    @cached_property
    def candidates(self):
        """Index entries matching the query per type, before access and facet filters:
        ``{type key: n}``, or None where the backend cannot tell cheaply.

        An upper bound of each type's results, from one query on the search index. A
        type with no candidate cannot have a result, so it costs no count or result
        query and a search that matches nothing costs this one query."""
        if not self.search_text:
            return dict.fromkeys((t.key for t in self.types), 0)
        if self.ranking is not None:
            return {t.key: len(self.ranking.get(t.key, ())) for t in self.types}
        return index_match_counts(self.types, self.search_text, self._sample)

    def may_match(self, search_type):
        candidates = self.candidates
        return candidates is None or bool(candidates.get(search_type.key))

    def by_ids(self, search_type, ids):
        """The type's objects with these ids that this user may see (facets applied).

        Without facet filters a page type needs only wagtailcore_page (live, path,
        dates): index entries are already of the type's content types, and a join to
        the type's own table makes PostgreSQL scan all of it. PostgreSQL only (= ANY)."""
        base = Page if search_type.is_page and not self.active_filters() else None
        return self.queryset(search_type, model=base).filter(AnyOf(F("pk"), ids))

    def visible(self, search_type):
        """The ids of the type's results in order, from the index's ranking
        (``ranking``): its candidates that pass the access and facet filters, in one
        query by id, ordered as the backend orders (score, then id; or newest)."""
        if search_type.key not in self._visible:
            scores = self.ranking.get(search_type.key, {})
            model = search_type.model
            to_python = model._meta.pk.to_python
            by_id = {to_python(object_id): score for object_id, score in scores.items()}
            queryset = self.by_ids(search_type, list(by_id)).order_by()
            if self.sort == "newest":
                rows = queryset.values_list("pk", self.date_field(search_type))
                oldest = datetime.min.replace(tzinfo=UTC)
                ordered = sorted(rows, key=lambda row: (row[1] or oldest, row[0]), reverse=True)
                ids = [pk for pk, _date in ordered]
            else:
                ids = sorted(
                    queryset.values_list("pk", flat=True), key=lambda pk: (by_id[pk], pk), reverse=True
                )
            self._visible[search_type.key] = (ids, by_id)
        return self._visible[search_type.key][0]

    def ranked_rows(self, search_type, start, stop):
        """Rows ``start:stop`` of ``visible``: full objects read by id (access was
        applied with the ids), each with its ``_score``."""
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

    def counts(self):
        """Results per type, for the type filter: one count query per type that has
        candidates (see ``candidates``), none for the others."""
        if self._counts is None:
            chosen = self.chosen_types()
            counts = {}
            for t in self.types:
                if not (self.search_text and self.applies(t) and self.may_match(t)):
                    counts[t.key] = 0
                elif self.ranking is not None:
                    counts[t.key] = len(self.visible(t))
                elif self.candidates is not None and self._planned and t in chosen:
                    # The page about to be shown, with the count, in one query.
                    start, stop = self.slice_for(*self._planned, chosen)
                    found = self.ranked_page(t, start, stop)
                    self._fetched[t.key] = (start, stop, found)
                    if found:
                        counts[t.key] = found[0]._total
                    else:
                        counts[t.key] = 0 if start == 0 else self.results(t).count()
                else:
                    counts[t.key] = self.results(t).count()
            self._counts = counts
        return self._counts

    def ranked_page(self, search_type, start, stop):
        """Rows ``start:stop`` of the type's results with the count, in two queries,
        when there are too many matches to rank on the index table (``ranking``).

        The ranking query joins and sorts every match to apply access and take the
        best, so it selects ids, score and count only; full rows (a page's StreamField
        body among them) are read for the rows shown. Access is applied in the ranking
        query, so the second needs none."""
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

    def plan(self, offset, limit):
        """Tell the search which results the page will show, before counting: on
        PostgreSQL the counts then come with that page (see ``results``)."""
        self._planned = (offset, limit)

    def chosen_types(self):
        """The types whose results are listed: the chosen one, or all that apply."""
        return [t for t in self.types if (t.key == self.type_key if self.type_key else self.applies(t))]

    @staticmethod
    def slice_for(offset, limit, chosen):
        """One type's rows for results ``offset`` to ``offset + limit``: the slice
        itself, or with several types everything up to it (they are merged)."""
        return (0, offset + limit) if len(chosen) > 1 else (offset, offset + limit)

    @property
    def total(self):
        counts = self.counts()
        if self.type_key:
            return counts[self.type_key]
        return sum(counts.values())

    def facets(self):
        """Language, region and topic counts over the results of the types that have
        them (courses now; guidance too once it is listed in search/types.py)."""
        facets = []
        counts = self.counts()
        faceted = [
            t
            for t in self.types
            if (not self.type_key or t.key == self.type_key) and t.facets and counts[t.key]
        ]
        for name, label, choices in (
            ("language", _("Language"), LANGUAGE_CHOICES),
            ("region", _("Region"), REGION_CHOICES),
        ):
            found = {}
            for search_type in faceted:
                if name in search_type.facets and self.applies(search_type):
                    for value, count in self.facet_counts(search_type, FACET_FIELDS[name]).items():
                        found[value] = found.get(value, 0) + count
            options = [(value, label_, found[value]) for value, label_ in choices if found.get(value)]
            if options or self.filters[name]:
                facets.append(Facet(name, label, options, self.filters[name]))
        topic_options = self.topic_options(faceted)
        if topic_options or self.filters["topic"]:
            facets.insert(0, Facet("topic", _("Topic"), topic_options, self.filters["topic"]))
        return facets

    def facet_counts(self, search_type, field):
        """``{value: results}`` of one facet field over the type's results: counted
        over the visible ids where the index ranked them, else by the backend."""
        if self.ranking is None:
            return self.results(search_type).facet(field)
        rows = (
            search_type.model.objects.filter(AnyOf(F("pk"), self.visible(search_type)))
            .values_list(field)
            .annotate(n=Count("pk"))
            .order_by()
        )
        return dict(rows)

    TOPIC_FACET_SAMPLE = 1000
    TOPIC_FACET_SIZE = 12

    def topic_options(self, faceted):
        """The most frequent topics among the first TOPIC_FACET_SAMPLE results of each type."""
        counts = {}
        for search_type in faceted:
            if "topic" not in search_type.facets or not self.applies(search_type):
                continue
            if self.ranking is not None:
                ids = self.visible(search_type)[: self.TOPIC_FACET_SAMPLE]
            else:
                ids = [obj.pk for obj in self.results(search_type)[: self.TOPIC_FACET_SAMPLE]]
            rows = (
                search_type.topics_model.objects.filter(content_object_id__in=ids)
                .values("tag__slug", "tag__name")
                .annotate(count=Count("pk"))
            )
            for row in rows:
                slug, name = row["tag__slug"], row["tag__name"]
                counts[slug] = (name, counts.get(slug, (name, 0))[1] + row["count"])
        ranked = sorted(counts.items(), key=lambda item: (-item[1][1], item[1][0].lower()))
        return [(slug, name, count) for slug, (name, count) in ranked[: self.TOPIC_FACET_SIZE]]

    # -- one page of results -----------------------------------------------------------------
    def hits(self, offset, limit):
        """Results ``offset`` to ``offset + limit`` of the chosen type, or of all types
        merged by score (relevance) or date (newest)."""
        chosen = self.chosen_types()
        if not self.total:
            return []
        streams = []
        for search_type in chosen:
            if not self.counts()[search_type.key]:
                continue
            start, stop = self.slice_for(offset, limit, chosen)
            if self.ranking is not None:
                found = self.ranked_rows(search_type, start, stop)
            else:
                found = self._prefetched(search_type, start, stop)
                if found is None:
                    found = self.results(search_type)[start:stop]
            date_field = self.date_field(search_type)
            streams.append(
                [
                    Hit(search_type, obj, getattr(obj, "_score", 0) or 0, getattr(obj, date_field, None))
                    for obj in found
                ]
            )
        if len(chosen) == 1:
            return streams[0] if streams else []
        if self.sort == "newest":
            key = lambda hit: hit.date.timestamp() if hit.date else 0  # noqa: E731
        else:
            # Scores from different types are not on one scale; a result whose title holds
            # every word searched for (an expert's name, a course's title) comes first.
            terms = self.terms

            def key(hit):
                title = hit.title.lower()
                return (all(term in title for term in terms), hit.score)

        merged = merge(*[sorted(s, key=key, reverse=True) for s in streams], key=key, reverse=True)
        return list(islice(merged, offset, offset + limit))

    def _prefetched(self, search_type, start, stop):
        """Rows ``start:stop`` from the page fetched with the counts, if they are in it
        (the paginator asks for fewer than planned on the last page)."""
        if search_type.key not in self._fetched:
            return None
        fetched_start, fetched_stop, rows = self._fetched[search_type.key]
        if start != fetched_start or stop > fetched_stop:
            return None
        return rows[: stop - start]

    def snippet(self, hit):
        text = hit.search_type.snippet_text(hit.object)
        return highlight(text, self.terms)

    def highlighted_title(self, hit):
        return highlight(hit.title, self.terms, length=1000)

    # -- autocomplete ----------------------------------------------------------------------------
    def suggestions(self, limit):
        """Up to ``limit`` objects whose titles start with what was typed, types in
        order. Types without an autocomplete match in the index (one query, see
        ``index_match_counts``) are not asked, and a prefix matching nothing needs
        no access check."""
        if not self.search_text:
            return []
        sample = self.types[0].model.objects.all().autocomplete(self.search_text)
        ranked = index_ranking(self.types, sample, cap=self.AUTOCOMPLETE_CANDIDATES, autocomplete=True)
        if ranked is not None:
            return self._suggestions_from_ranking(ranked, limit)
        candidates = index_match_counts(self.types, self.search_text, sample, autocomplete=True)
        found = []
        for search_type in self.types:
            if len(found) >= limit:
                break
            if candidates is not None and not candidates.get(search_type.key):
                continue
            queryset = self.queryset(search_type)
            if search_type.is_page:
                queryset = queryset.defer_streamfields()
            found += [
                (search_type, obj) for obj in queryset.autocomplete(self.search_text)[: limit - len(found)]
            ]
        return found

    # Above this many prefix matches in the index, autocomplete asks the backend per type.
    AUTOCOMPLETE_CANDIDATES = 200

    def _suggestions_from_ranking(self, ranked, limit):
        """Suggestions from the index's own ranking (``index_ranking``):
        per type with a match, the visible objects among its candidates, in the order
        the backend ranks them (score, then newest id). The access-filtered queryset
        reads only those ids, so nobody sees more than through the backend's search."""
        found = []
        for search_type in self.types:
            if len(found) >= limit:
                break
            scores = ranked.get(search_type.key)
            if not scores:
                continue
            queryset = self.by_ids(search_type, [search_type.model._meta.pk.to_python(pk) for pk in scores])
            if search_type.is_page:
                # A suggestion shows a title and links to it: nothing else is read.
                queryset = queryset.only("title", "url_path")
            visible = sorted(queryset, key=lambda obj: (scores[str(obj.pk)], obj.pk), reverse=True)
            found += [(search_type, obj) for obj in visible[: limit - len(found)]]
        return found

    # -- promoted results ----------------------------------------------------------------------
    def promotions(self):
        """Results moderators pinned for this exact query (normalised as Wagtail does),
        minus pages this user may not see. A query nobody pinned anything for costs no
        query (``promoted_queries``)."""
        query_string = normalise_query_string(self.query)
        if query_string not in promoted_queries():
            return []
        promotions = list(
            SearchPromotion.objects.filter(query__query_string=query_string)
            .select_related("page")
            .order_by("sort_order")
        )
        page_ids = [p.page_id for p in promotions if p.page_id]
        visible = set()
        if page_ids:
            visible = set(
                self.access.pages(Page.objects.filter(pk__in=page_ids)).values_list("pk", flat=True)
            )
        return [p for p in promotions if (p.page_id in visible if p.page_id else p.external_link_url)]
