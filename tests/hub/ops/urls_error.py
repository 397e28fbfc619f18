from django.urls import path

from hub.urls import urlpatterns as hub_urlpatterns


def broken_view(request):
    raise RuntimeError("database password=hunter2 leaked?")


# The hub's own patterns, not include()d: Django allows i18n_patterns in a root URLconf only.
urlpatterns = [path("broken/", broken_view), *hub_urlpatterns]
