from django.shortcuts import render
from wagtail.models import Page

from hub.pagination import paginate

# Longer queries are cut, not refused: nobody types more, and it bounds the work.
MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = None
    if query:
        # live() hides drafts, public() hides view-restricted pages: neither may leak.
        found = Page.objects.live().public().specific().search(query)
        results = paginate(found, request.GET.get("page"), RESULTS_PER_PAGE)
    return render(request, "search/search.html", {"query": query, "results": results})
