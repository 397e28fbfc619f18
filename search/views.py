from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Page

# Longer queries are cut, not refused: nobody types more, and it bounds the work.
MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = None
    if query:
        # live() hides drafts, public() hides view-restricted pages: neither may leak.
        found = Page.objects.live().public().specific().search(query)
        paginator = Paginator(found, RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    return render(request, "search/search.html", {"query": query, "results": results})
