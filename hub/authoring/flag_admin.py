"""Readers' "outdated or wrong" flags in the admin: authors see the flags on their own
pages, L&D moderators see all and resolve them one by one."""

import django_filters
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet

from .listings import AuthoredObjectIndexView, AuthoredObjectInspectView, AuthoredObjectPolicy
from .models import ContentFlag

flag_policy = AuthoredObjectPolicy(ContentFlag, page_field="page")


class FlagFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=[("open", gettext_lazy("Open")), ("resolved", gettext_lazy("Resolved"))],
        method="filter_status",
        empty_label=gettext_lazy("All"),
    )

    class Meta:
        model = ContentFlag
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(resolved_at__isnull=value == "open")


class ReasonColumn(Column):
    def get_value(self, instance):
        return Truncator(instance.reason).chars(120)


class FlagStatusColumn(StatusTagColumn):
    def get_value(self, instance):
        return _("Open") if instance.is_open else _("Resolved")


class NoEditingMixin:
    """Flags have no add, edit or delete views: the links are not offered."""

    def get_add_url(self, *args):
        return None

    def get_edit_url(self, *args):
        return None

    def get_delete_url(self, *args):
        return None


class FlagInspectView(NoEditingMixin, AuthoredObjectInspectView):
    pass


class FlagIndexView(NoEditingMixin, AuthoredObjectIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_open and self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Resolve"),
                    url=reverse("content_flags:resolve", args=[quote(instance.pk)]),
                    icon_name="tick",
                    priority=5,
                )
            )
        return buttons


def resolve_view(request, pk):
    """GET asks for confirmation, POST closes the flag (moderators only)."""
    if not flag_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    flag = get_object_or_404(ContentFlag.objects.select_related("page", "reported_by"), pk=pk)
    if not flag.is_open:
        raise Http404
    if request.method == "POST":
        # Nothing to say when someone else closed it first.
        if ContentFlag.objects.filter(pk=flag.pk).resolve(request.user):
            messages.success(request, _("The flag on “%(title)s” is resolved.") % {"title": flag.page.title})
        return redirect("content_flags:index")
    return TemplateResponse(
        request,
        "hub/authoring/resolve_flag.html",
        {"flag": flag, "page_title": _("Resolve flag"), "header_icon": "tick"},
    )


class ContentFlagViewSet(ModelViewSet):
    model = ContentFlag
    name = "content_flags"
    url_prefix = "flags"
    icon = "warning"
    menu_label = gettext_lazy("Outdated flags")
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = FlagIndexView
    inspect_view_class = FlagInspectView
    inspect_view_enabled = True
    inspect_view_fields = ["page", "reason", "created_at", "resolved_at"]
    filterset_class = FlagFilterSet
    list_display = [
        "page",
        ReasonColumn("reason", label=gettext_lazy("What is outdated or wrong")),
        DateColumn("created_at", label=gettext_lazy("Reported"), sort_key="created_at"),
        FlagStatusColumn("status", label=gettext_lazy("Status"), primary=lambda flag: flag.is_open),
    ]
    form_fields = []

    def get_urlpatterns(self):
        # Flags are resolved, not edited, added or deleted here.
        kept = {"index", "index_results", "inspect"}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in kept] + [
            path("resolve/<int:pk>/", resolve_view, name="resolve")
        ]
