"""Reports → Outgoing e-mail: what is queued, sent and failed, for administrators, so a
mail server that was down, or an address that bounces, is seen rather than guessed."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import Mail


def may_see_mail(user):
    """Mail holds what people were told: administrators only."""
    return user.is_active and user.is_superuser


class MailFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Mail.Status.choices)

    class Meta:
        model = Mail
        fields = ["status"]


class StatusColumn(Column):
    def get_value(self, instance):
        return instance.get_status_display()


class MailReportView(ReportView):
    page_title = _("Outgoing e-mail")
    header_icon = "mail"
    index_url_name = "hub_mail_report"
    index_results_url_name = "hub_mail_report_results"
    filterset_class = MailFilterSet
    export_filename = "outgoing-e-mail"
    columns = [
        DateColumn("created_at", label=_("Queued at")),
        Column("to", label=_("To")),
        Column("subject", label=_("Subject")),
        StatusColumn("status", label=_("Status")),
        Column("attempts", label=_("Attempts")),
        DateColumn("next_attempt_at", label=_("Next attempt")),
        Column("last_error", label=_("Last error")),
    ]
    list_export = ["created_at", "to", "subject", "status", "attempts", "next_attempt_at", "last_error"]

    def dispatch(self, request, *args, **kwargs):
        if not may_see_mail(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Mail.objects.order_by("-created_at", "-pk")
