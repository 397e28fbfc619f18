"""Admin reports for moderators: what people search for, and what they did not find.

Wagtail ReportViews over the query log, summed per query over a chosen period, with
CSV and XLSX export."""

import datetime

import django_filters
from django.db.models import Max, OuterRef, Subquery, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from hub.ops.exports import SafeCsvExportMixin

from .models import QueryLog

PERIOD_CHOICES = [
    ("7", _("Last 7 days")),
    ("30", _("Last 30 days")),
    ("90", _("Last 90 days")),
    ("365", _("Last year")),
]
DEFAULT_PERIOD_DAYS = 30


class PeriodFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Period"), choices=PERIOD_CHOICES, method="filter_period", empty_label=_("Last 30 days")
    )

    class Meta:
        model = QueryLog
        fields = []

    def filter_period(self, queryset, name, value):
        # The queryset is already limited to the period: see QueryReportView.get_queryset.
        return queryset


class QueryReportView(SafeCsvExportMixin, ReportView):
    """Queries summed over the period, most searched first."""

    header_icon = "search"
    template_name = "search/admin/query_report.html"
    filterset_class = PeriodFilterSet
    permission_policy = None
    paginate_by = 50
    list_export = ["query", "searches", "hits", "last_searched"]
    export_headings = {
        "query": _("Query"),
        "searches": _("Searches"),
        "hits": _("Results (last search)"),
        "last_searched": _("Last searched"),
    }
    columns = [
        Column("query", label=_("Query")),
        Column("searches", label=_("Searches")),
        Column("hits", label=_("Results (last search)")),
        Column("last_searched", label=_("Last searched")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("search.view_querylog"):
            from wagtail.admin.auth import permission_denied

            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def period_days(self):
        value = self.request.GET.get("period", "")
        return int(value) if value in dict(PERIOD_CHOICES) else DEFAULT_PERIOD_DAYS

    def rows(self):
        since = timezone.localdate() - datetime.timedelta(days=self.period_days() - 1)
        in_period = QueryLog.objects.filter(day__gte=since)
        # "hits" is the result count of the latest day the query was searched: a query
        # that found something once but finds nothing now counts as finding nothing.
        latest_hits = in_period.filter(query=OuterRef("query")).order_by("-day").values("hits")[:1]
        return (
            in_period.values("query")
            .annotate(searches=Sum("searches"), last_searched=Max("day"))
            .annotate(hits=Subquery(latest_hits))
        )

    def get_queryset(self):
        return self.rows().order_by("-searches", "query")

    def to_row_dict(self, item):
        return {field: item[field] for field in self.list_export}


class TopQueriesView(QueryReportView):
    page_title = _("Top searches")
    export_filename = "top-searches"
    index_url_name = "search_top_queries"
    index_results_url_name = "search_top_queries_results"


class ZeroResultQueriesView(QueryReportView):
    page_title = _("Searches that found nothing")
    export_filename = "searches-that-found-nothing"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    list_export = ["query", "searches", "last_searched"]
    columns = [c for c in QueryReportView.columns if c.name != "hits"]

    def get_queryset(self):
        return self.rows().filter(hits=0).order_by("-searches", "query")
