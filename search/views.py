from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import QueryLog
from .service import RESULTS_PER_PAGE, SORT_CHOICES, HubSearch, clean_query
from .suggestions import popular_topics
from .types import installed_types

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MIN_LENGTH = 2


class _LazyHits:
    """What Django's Paginator needs: a length (the total) and slices that run the
    merged search for just that page."""

    def __init__(self, search):
        self.search = search

    def __len__(self):
        return self.search.total

    def count(self):
        return self.search.total

    def __getitem__(self, item):
        return self.search.hits(item.start or 0, item.stop - (item.start or 0))


def _page_of(items, number):
    paginator = Paginator(items, RESULTS_PER_PAGE)
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def _requested_offset(number):
    """Where the asked-for page starts; 0 for anything but a page number (the
    paginator then shows the first page, or the last when it is past the end)."""
    try:
        return (max(int(number), 1) - 1) * RESULTS_PER_PAGE
    except (TypeError, ValueError):
        return 0


def _with_param(request, name, value):
    """The current URL's query with ``name`` set to ``value`` (or removed) and no page."""
    params = request.GET.copy()
    params.pop("page", None)
    params.pop(name, None)
    if value:
        params[name] = value
    return "?" + params.urlencode()


def _facet_links(request, facets):
    return [
        {
            "name": facet.name,
            "label": facet.label,
            "clear_url": _with_param(request, facet.name, ""),
            "selected": facet.selected,
            "options": [
                {
                    "label": label,
                    "count": count,
                    "url": _with_param(request, facet.name, value),
                    "selected": value == facet.selected,
                }
                for value, label, count in facet.options
            ],
        }
        for facet in facets
    ]


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    context = {
        "query": query,
        "query_was_cut": len(" ".join(raw_query.split())) > len(query),
        "types": installed_types(),
        "sort_choices": SORT_CHOICES,
        "results": None,
    }
    if query:
        hub_search = HubSearch(
            request,
            query,
            type_key=request.GET.get("type", ""),
            topic=request.GET.get("topic", "")[:100],
            language=request.GET.get("language", "")[:16],
            region=request.GET.get("region", "")[:16],
            sort=request.GET.get("sort", "relevance"),
        )
        hub_search.plan(_requested_offset(request.GET.get("page")), RESULTS_PER_PAGE)
        results = _page_of(_LazyHits(hub_search), request.GET.get("page"))
        counts = hub_search.counts()
        all_count = sum(counts.values())
        promotions = hub_search.promotions() if results.number == 1 else []
        # Counted once per search: the first page of unfiltered results, not every
        # page turn or filter click. A promoted result is something found.
        if "page" not in request.GET and not hub_search.type_key and not hub_search.active_filters():
            QueryLog.record(query, hub_search.total + len(promotions))
        context.update(
            search=hub_search,
            results=results,
            hits=[
                (hit, hub_search.highlighted_title(hit), hub_search.snippet(hit))
                for hit in results.object_list
            ],
            type_counts=[(t, counts[t.key]) for t in hub_search.types],
            all_count=all_count,
            # Filters that would all say 0 are noise on a page that found nothing;
            # once a filter is chosen they stay, to undo it.
            show_filters=bool(all_count or hub_search.type_key or hub_search.active_filters()),
            facets=_facet_links(request, hub_search.facets()),
            promotions=promotions,
            suggested_topics=[] if hub_search.total else popular_topics(request),
        )
    return render(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    """Up to AUTOCOMPLETE_LIMIT titles starting with what was typed, for the header box."""
    query = clean_query(request.GET.get("q", ""))[:100]
    suggestions = []
    if len(query) >= AUTOCOMPLETE_MIN_LENGTH:
        suggestions = [
            {"title": obj.title, "url": obj.url, "type": str(search_type.label_singular)}
            for search_type, obj in HubSearch(request, query).suggestions(AUTOCOMPLETE_LIMIT)
        ]
    response = JsonResponse({"query": query, "results": suggestions})
    response["Cache-Control"] = "private, max-age=60"
    return response
