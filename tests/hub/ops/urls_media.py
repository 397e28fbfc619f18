"""The hub's URLs with the development-only media route (hub/urls.py adds it when
DEBUG is on, which tests never are)."""

from hub.urls import media_urlpatterns
from hub.urls import urlpatterns as hub_urlpatterns

urlpatterns = media_urlpatterns + hub_urlpatterns
