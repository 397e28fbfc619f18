"""The L&D team's listing of learning requests in the Wagtail admin: filters, search,
and CSV/Excel export of what is filtered.

Wagtail's own ``ModelViewSet`` rather than wagtail-modeladmin: it is part of Wagtail,
follows the admin's current look and accessibility work, and has filters and
spreadsheet export built in. Moderators get "view" only: status changes happen on the
request's page, where they are recorded and people are notified; administrators may
also correct a request's wording here.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from hub.ops.exports import SafeCsvExportMixin

from ..models import LearningRequest


class LearningRequestIndexView(SafeCsvExportMixin, generic.IndexView):
    def get_base_queryset(self):
        # Votes counted in the listing's own query, so the page costs the same for 20 or 2,000 rows.
        return (
            super().get_base_queryset().with_counts().select_related("requester", "claimed_by", "answered_by")
        )


class LearningRequestViewSet(ModelViewSet):
    model = LearningRequest
    index_view_class = LearningRequestIndexView
    icon = "help"
    menu_label = _("Learning requests")
    menu_order = 220
    add_to_admin_menu = True
    inspect_view_enabled = True
    form_fields = ["title", "description", "audience", "urgency"]
    search_fields = ["title", "description", "audience"]
    list_filter = ["status", "urgency", "created_at"]
    list_display = [
        "title",
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column("urgency", label=_("Urgency"), accessor="get_urgency_display", sort_key="urgency"),
        Column("vote_total", label=_("Votes"), sort_key="vote_total"),
        # A plain column: UserColumn would fetch each person's avatar profile, one query a row.
        Column("claimed_by", label=_("Claimed by")),
        DateColumn("created_at", label=_("Requested"), sort_key="created_at"),
    ]
    list_export = [
        "pk",
        "title",
        "get_status_display",
        "get_urgency_display",
        "audience",
        "description",
        "requester",
        "vote_total",
        "claimed_by",
        "answered_by",
        "decision_reason",
        "created_at",
        "closed_at",
    ]
    export_headings = {
        "pk": _("ID"),
        "get_status_display": _("Status"),
        "get_urgency_display": _("Urgency"),
        "requester": _("Requested by"),
        "vote_total": _("Votes"),
        "claimed_by": _("Claimed by"),
        "answered_by": _("Answered by"),
        "decision_reason": _("Reason"),
    }
    export_filename = "learning-requests"
    inspect_view_fields = [
        "title",
        "description",
        "audience",
        "urgency",
        "status",
        "requester",
        "claimed_by",
        "answered_by",
        "decision_reason",
        "created_at",
        "closed_at",
    ]
