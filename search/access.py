"""What a user may find: the per-user side of search permissions.

Pages: only live ones, outside every view restriction the request does not pass
(password not given in this session, a group the user is not in). Documents: only
those in collections without a view restriction the request does not pass.
Both work as plain filters, so they apply before the search (never after paginating)
and on every backend: ``path`` and ``collection`` are filter fields of the models.
"""

from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.models.view_restrictions import BaseViewRestriction


def _blocked_paths(model, target, request, user_group_ids):
    """The tree paths (``target``: "page" or "collection") under the ``model`` view
    restrictions that ``request`` does not pass: ``BaseViewRestriction.accept_request``
    without a query per restriction. Read as plain rows: building restriction and page
    objects cost more than the query. ``user_group_ids``: a callable, so the user's
    groups (and the restrictions' groups) are only read when a restriction to groups
    exists."""
    rows = list(model.objects.values_list("pk", "restriction_type", f"{target}__path"))
    user = request.user
    group_restrictions = [pk for pk, kind, _path in rows if kind == BaseViewRestriction.GROUPS]
    allowed_groups = {}
    if group_restrictions and not user.is_superuser:
        field = model._meta.get_field("groups")
        column = f"{field.m2m_field_name()}_id"
        through = field.remote_field.through.objects.filter(**{f"{column}__in": group_restrictions})
        for restriction_id, group_id in through.values_list(column, "group_id"):
            allowed_groups.setdefault(restriction_id, set()).add(group_id)
    passed_passwords = request.session.get(model.passed_view_restrictions_session_key, [])

    def passes(pk, kind):
        if kind == BaseViewRestriction.PASSWORD:
            return pk in passed_passwords
        if kind == BaseViewRestriction.LOGIN:
            return user.is_authenticated
        if kind == BaseViewRestriction.GROUPS:
            return user.is_superuser or bool(allowed_groups.get(pk, set()) & user_group_ids())
        return True

    return [path for pk, kind, path in rows if not passes(pk, kind)]


class Access:
    """Built once per request: a small query for pages and one for documents, each
    only when such results are looked for (one more with group restrictions), whatever
    the result count."""

    def __init__(self, request):
        self.request = request
        self._group_ids = None
        self._collection_ids = None

    @cached_property
    def blocked_page_paths(self):
        return _blocked_paths(PageViewRestriction, "page", self.request, self.user_group_ids)

    @cached_property
    def blocked_collection_paths(self):
        return _blocked_paths(CollectionViewRestriction, "collection", self.request, self.user_group_ids)

    def user_group_ids(self):
        if self._group_ids is None:
            user = self.request.user
            self._group_ids = (
                set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
            )
        return self._group_ids

    def pages(self, queryset):
        queryset = queryset.live()
        if self.blocked_page_paths:
            blocked = Q()
            for path in self.blocked_page_paths:
                blocked |= Q(path__startswith=path)
            queryset = queryset.exclude(blocked)
        return queryset

    def visible_collection_ids(self):
        if self._collection_ids is None:
            collections = Collection.objects.all()
            for path in self.blocked_collection_paths:
                collections = collections.exclude(path__startswith=path)
            self._collection_ids = list(collections.values_list("pk", flat=True))
        return self._collection_ids

    def documents(self, queryset):
        if not self.blocked_collection_paths:
            return queryset
        return queryset.filter(collection_id__in=self.visible_collection_ids())
