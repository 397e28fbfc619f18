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


def _passes(restriction, request, user_group_ids):
    """``user_group_ids``: a callable, so the user's groups are only read when a
    restriction to groups exists."""
    """``BaseViewRestriction.accept_request`` without a query per restriction."""
    if restriction.restriction_type == BaseViewRestriction.PASSWORD:
        return restriction.id in request.session.get(restriction.passed_view_restrictions_session_key, [])
    if restriction.restriction_type == BaseViewRestriction.LOGIN:
        return request.user.is_authenticated
    if restriction.restriction_type == BaseViewRestriction.GROUPS:
        if request.user.is_superuser:
            return True
        group_ids = user_group_ids()
        return any(group.pk in group_ids for group in restriction.groups.all())
    return True


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
        return [
            restriction.page.path
            for restriction in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
            if not _passes(restriction, self.request, self.user_group_ids)
        ]

    @cached_property
    def blocked_collection_paths(self):
        return [
            restriction.collection.path
            for restriction in CollectionViewRestriction.objects.select_related(
                "collection"
            ).prefetch_related("groups")
            if not _passes(restriction, self.request, self.user_group_ids)
        ]

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
