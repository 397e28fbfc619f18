"""``/scim/v2/``: Users and Groups, and the discovery documents (ServiceProviderConfig,
ResourceTypes, Schemas). The names are django-scim2's ("scim:users", ...)."""

from django.contrib.auth.decorators import login_not_required
from django.urls import re_path
from django_scim import views as scim_views

from .views import GroupsView, UsersView

app_name = "scim"


def open_to_the_directory(view):
    # The site needs sign-in; these answer to the bearer token instead.
    return login_not_required(view)


urlpatterns = [
    re_path(r"^$", open_to_the_directory(scim_views.SCIMView.as_view(implemented=False)), name="root"),
    re_path(r"^Users(?:/(?P<uuid>[^/]+))?$", open_to_the_directory(UsersView.as_view()), name="users"),
    re_path(r"^Groups(?:/(?P<uuid>[^/]+))?$", open_to_the_directory(GroupsView.as_view()), name="groups"),
    re_path(
        r"^ServiceProviderConfig$",
        open_to_the_directory(scim_views.ServiceProviderConfigView.as_view()),
        name="service-provider-config",
    ),
    re_path(
        r"^ResourceTypes(?:/(?P<uuid>[^/]+))?$",
        open_to_the_directory(scim_views.ResourceTypesView.as_view()),
        name="resource-types",
    ),
    re_path(
        r"^Schemas(?:/(?P<uuid>[^/]+))?$",
        open_to_the_directory(scim_views.SchemasView.as_view()),
        name="schemas",
    ),
]
