"""The hub's URLs plus a bare Django view to compare the Wagtail pages against.

The hub's patterns are spread in, not included: they are ``i18n_patterns`` (Dutch under
/nl/), which Django allows only in the root URLconf."""

from django.http import HttpResponse
from django.urls import path

from hub.urls import urlpatterns as hub_urlpatterns


def bare(request):
    """The cheapest signed-in response: the full middleware stack, no template, no query
    beyond the session and user lookups that every signed-in request pays."""
    return HttpResponse(b"bare ok", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bench-bare/", bare, name="bench_bare"), *hub_urlpatterns]
