from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import engine, links
from .models import QueryLog

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MAX_LENGTH = 100


@require_GET
def search(request):
    results = engine.search(
        request,
        request.GET.get("q", ""),
        engine.SearchFilters.from_params(request.GET),
        page=request.GET.get("page"),
    )
    # Counted once per search: the first page of unfiltered results, not every page
    # turn or filter click.
    if results.query and "page" not in request.GET and not results.filters.narrowed:
        QueryLog.record(results.query, results.found)
    context = {
        "results": results,
        "links": links.ResultLinks(request.GET, results),
        "sort_choices": engine.SORT_CHOICES,
    }
    return render(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    """Up to AUTOCOMPLETE_LIMIT titles starting with what was typed, for the header box."""
    query = engine.clean_query(request.GET.get("q", ""))[:AUTOCOMPLETE_MAX_LENGTH]
    found = engine.suggestions(request, query, AUTOCOMPLETE_LIMIT)
    response = JsonResponse(
        {
            "query": query,
            "results": [
                {"title": s.title, "url": s.url, "type": str(s.search_type.label_singular)} for s in found
            ],
        }
    )
    response["Cache-Control"] = "private, max-age=60"
    return response
