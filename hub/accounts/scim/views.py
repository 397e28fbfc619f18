"""The SCIM endpoints: django-scim2's views, behind a bearer token (auth.py), with ids
and bodies checked so that no request can end in a 500."""

from django_scim import exceptions
from django_scim import views as scim_views

from ..models import UserDetails

MAX_ID_DIGITS = 18


class CheckedRequests:
    """Bodies that are JSON objects in UTF-8 and ids that are account numbers, or a 4xx."""

    def load_body(self, body):
        try:
            loaded = super().load_body(body)
        except UnicodeDecodeError as error:
            raise exceptions.BadRequestError("The body is not UTF-8.", scim_type="invalidSyntax") from error
        if not isinstance(loaded, dict):
            raise exceptions.BadRequestError("The body must be a JSON object.", scim_type="invalidSyntax")
        return loaded

    def filtered(self, query, request):
        """What a ``filter`` finds, as a list; an unreadable filter is a 400."""
        try:
            return list(self.__class__.parser_getter().search(query, request))
        except Exception as error:  # noqa: BLE001 - the filter parser raises several kinds
            raise exceptions.BadRequestError(f"Invalid filter: {error}", scim_type="invalidFilter") from error

    def get_object(self):
        given = self.kwargs.get(self.lookup_url_kwarg or self.lookup_field, "")
        if not given.isdigit() or len(given) > MAX_ID_DIGITS:
            raise exceptions.NotFoundError(given)
        return super().get_object()


class UsersView(CheckedRequests, scim_views.UsersView):
    """People the directory removed are closed accounts the hub keeps; provisioning no
    longer sees them."""

    def get_object(self):
        user = super().get_object()
        if UserDetails.objects.filter(user=user, removed_from_directory__isnull=False).exists():
            raise exceptions.NotFoundError(str(user.pk))
        return user

    def get_extra_exclude_kwargs(self, request):
        return {"details__removed_from_directory__isnull": False}

    def _search(self, request, query, start, count):
        found = self.filtered(query, request)
        removed = set(
            UserDetails.objects.filter(
                user__in=[user.pk for user in found], removed_from_directory__isnull=False
            ).values_list("user_id", flat=True)
        )
        return self._build_response(request, [user for user in found if user.pk not in removed], start, count)


class GroupsView(CheckedRequests, scim_views.GroupsView):
    def _search(self, request, query, start, count):
        return self._build_response(request, self.filtered(query, request), start, count)
