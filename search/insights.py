"""Search's insight for the L&D insights page (hub/insights/): how often a search
found nothing, from the query log (no user is stored there)."""

from django.db.models import DateField, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from hub.insights.base import COUNT, PERCENT, InsightChart, Line, next_month, share

from .models import QueryLog


def searches_without_results(months):
    """Per month: searches whose last count of results was zero, as a share of all
    searches (each row of the log counts a query's searches on one day). One query."""
    rows = (
        QueryLog.objects.filter(day__gte=months[0], day__lt=next_month(months[-1]))
        .annotate(month=TruncMonth("day", output_field=DateField()))
        .order_by()
        .values("month")
        .annotate(total=Sum("searches"), empty=Sum("searches", filter=Q(hits=0)))
    )
    found = {row["month"]: row for row in rows}
    totals = {month: found.get(month, {}).get("total") or 0 for month in months}
    empty = {month: found.get(month, {}).get("empty") or 0 for month in months}
    return {
        "no_results": {month: share(empty[month], totals[month]) for month in months},
        "searches": totals,
    }


# Registered in search/wagtail_hooks.py.
SEARCHES_WITHOUT_RESULTS_CHART = InsightChart(
    key="searches_without_results",
    label=_("Searches that found nothing"),
    description=_(
        "The share of all searches in the month that found no result, and how many searches there were."
    ),
    lines=(
        Line("no_results", _("Searches without results"), PERCENT),
        Line("searches", _("Searches"), COUNT),
    ),
    monthly=searches_without_results,
    order=50,
)
