"""Hub's own insights, about courses and guidance pages (every concrete ``AuthoredPage``):
who contributes and whether content is checked on time. Definitions in docs/insights.md.

Each works on all authored page models without importing their apps, in a fixed number
of queries (one or two per page model).
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, DateField, F, Min, TextField
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageLogEntry, Revision

from hub.authoring.models import VERIFY_ACTION, authored_page_models

from .base import COUNT, PERCENT, InsightChart, Line, by_month, next_month, period_bounds, share


def contributors(months):
    """Active contributors: distinct people who saved a version (a revision: a draft,
    a submission or a publish from the editor) of a course or guidance page that month.
    New experts: people whose first credited page (as owner or co-author) was first
    published that month."""
    return {"active": active_contributors(months), "new_experts": new_experts(months)}


def active_contributors(months):
    start, end = period_bounds(months)
    content_types = ContentType.objects.get_for_models(*authored_page_models()).values()
    rows = (
        Revision.objects.filter(
            content_type__in=list(content_types),
            user__isnull=False,
            created_at__gte=start,
            created_at__lt=end,
        )
        .annotate(month=TruncMonth("created_at", output_field=DateField()))
        .order_by()
        .values("month")
        .annotate(value=Count("user", distinct=True))
    )
    return by_month(rows, months)


def new_experts(months):
    first = {}
    for model in authored_page_models():
        published = model.objects.filter(first_published_at__isnull=False).order_by()
        for field in ("owner_id", "co_authors__user_id"):
            rows = (
                published.filter(**{f"{field}__isnull": False})
                .values(person=F(field))
                .annotate(first=Min("first_published_at"))
            )
            for row in rows:
                person, when = row["person"], row["first"]
                if person not in first or when < first[person]:
                    first[person] = when
    counts = dict.fromkeys(months, 0)
    for when in first.values():
        month = timezone.localdate(when).replace(day=1)
        if month in counts:
            counts[month] += 1
    return counts


def verified_on_time(months):
    """Of the reviews that fell due in a month (a review-by date in that month, before
    today), the share checked ("Still correct") on or before that date. A page still
    past its date counts as not on time in the month it fell due."""
    today = timezone.localdate()
    first, end = months[0], next_month(months[-1])
    due_months = {month: {"due": 0, "on_time": 0} for month in months}

    checks = (
        PageLogEntry.objects.filter(action=VERIFY_ACTION)
        # As text: ISO dates compare in date order, on SQLite and PostgreSQL alike.
        .annotate(due=Cast(KeyTextTransform("due", "data"), TextField()))
        .filter(due__gte=first.isoformat(), due__lt=min(end, today).isoformat())
        .values_list("data", flat=True)
    )
    for data in checks:
        month = due_months[_month_of(data["due"])]
        month["due"] += 1
        month["on_time"] += bool(data.get("on_time"))

    for model in authored_page_models():
        overdue = (
            model.objects.live()
            .filter(review_by__gte=first, review_by__lt=min(end, today))
            .annotate(month=TruncMonth("review_by", output_field=DateField()))
            .order_by()
            .values("month")
            .annotate(pages=Count("pk"))
        )
        for row in overdue:
            due_months[row["month"]]["due"] += row["pages"]

    return {
        "on_time": {month: share(found["on_time"], found["due"]) for month, found in due_months.items()},
        "due": {month: found["due"] for month, found in due_months.items()},
    }


def _month_of(iso_day):
    return datetime.date.fromisoformat(iso_day).replace(day=1)


# Registered in hub/wagtail_hooks.py.
CONTRIBUTORS_CHART = InsightChart(
    key="contributors",
    label=_("Active contributors and new experts"),
    description=_(
        "Active contributors: people who saved a version of a course or guidance page "
        "that month. New experts: people whose first course or guidance page (as owner "
        "or co-author) was first published that month."
    ),
    lines=(
        Line("active", _("Active contributors"), COUNT),
        Line("new_experts", _("New experts"), COUNT),
    ),
    monthly=contributors,
    order=20,
)
VERIFIED_ON_TIME_CHART = InsightChart(
    key="verified_on_time",
    label=_("Content verified on time"),
    description=_(
        "Of the courses and guidance pages whose review-by date fell in the month "
        "(up to yesterday), the share confirmed as still correct on or before that "
        "date. Pages still past their date count as late."
    ),
    lines=(
        Line("on_time", _("Verified on time"), PERCENT),
        Line("due", _("Reviews due"), COUNT),
    ),
    monthly=verified_on_time,
    order=40,
)
