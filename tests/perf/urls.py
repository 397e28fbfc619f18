"""The hub's URLs plus a bare Django view to compare the Wagtail pages against."""

from django.http import HttpResponse
from django.urls import include, path


def bare(request):
    """The cheapest signed-in response: the full middleware stack, no template, no query
    beyond the session and user lookups that every signed-in request pays."""
    return HttpResponse(b"bare ok", content_type="text/plain; charset=utf-8")


urlpatterns = [
    path("bench-bare/", bare, name="bench_bare"),
    path("", include("hub.urls")),
]
