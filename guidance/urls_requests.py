"""The name hub/urls.py includes for /requests/ today. The URLs are those of
guidance/requests/urls.py; this module goes once hub/urls.py includes
``guidance.requests.urls`` (outside guidance: the lead's change)."""

from .requests.urls import app_name, urlpatterns

__all__ = ["app_name", "urlpatterns"]
