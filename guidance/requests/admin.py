"""Learning requests in the Wagtail admin: the L&D team's listing (filters, search,
and CSV/Excel export of what is filtered), and "Assign to an expert" from the L&D queue.

Wagtail's own ``ModelViewSet`` rather than wagtail-modeladmin: it is part of Wagtail,
follows the admin's current look and accessibility work, and has filters and
spreadsheet export built in. Moderators get "view" only: status changes happen on the
request's page, where they are recorded and people are notified; administrators may
also correct a request's wording here.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from hub.contributions.experts import suggest_experts
from hub.ops.exports import SafeCsvExportMixin

from .forms import AssignForm
from .models import LearningRequest, RequestError
from .queue import topics_in


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


@require_http_methods(["GET", "POST"])
def assign_request(request, pk):
    """A moderator assigns a learning request to an expert (from the L&D queue):
    experts whose expertise matches the request come first in the list."""
    learning_request = get_object_or_404(LearningRequest.objects.select_related("claimed_by"), pk=pk)
    if not LearningRequest.may_triage(request.user):
        raise PermissionDenied
    text = f"{learning_request.title} {learning_request.description}"
    topics = topics_in([text])[text]
    suggestions = suggest_experts({"request": topics}, limit=5)["request"]
    form = AssignForm(request.POST or None, suggestions=suggestions)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                learning_request.assign(form.cleaned_data["expert"], request.user)
            except RequestError as error:
                form.add_error("expert", str(error))
            else:
                expert = form.cleaned_data["expert"]
                messages.success(
                    request,
                    gettext("“%(title)s” is assigned to %(name)s, who will hear of it by e-mail.")
                    % {
                        "title": learning_request.title,
                        "name": expert.get_full_name() or expert.get_username(),
                    },
                )
                return redirect("hub_queue")
        status = 400
    return TemplateResponse(
        request,
        "guidance/requests/admin/assign.html",
        {
            "learning_request": learning_request,
            "form": form,
            "suggestions": suggestions,
            "topics": topics,
            "header_icon": "user",
        },
        status=status,
    )
