import logging

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import engine, links
from .models import QueryLog

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MAX_LENGTH = 100

log = logging.getLogger(__name__)


@require_GET
def search(request):
    try:
        results = engine.search(
            request,
            request.GET.get("q", ""),
            engine.SearchFilters.from_params(request.GET),
            page=request.GET.get("page"),
        )
    except engine.SERVER_ERRORS:
        log.exception("The search server did not answer")
        context = {"query": engine.clean_query(request.GET.get("q", ""))}
        return render(request, "search/unavailable.html", context, status=503)
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
    try:
        found = engine.suggestions(request, query, AUTOCOMPLETE_LIMIT)
    except engine.SERVER_ERRORS:
        log.exception("The search server did not answer")
        return JsonResponse({"query": query, "results": []}, status=503)
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
