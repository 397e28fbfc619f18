"""Learning's insights for the L&D insights page (hub/insights/): learning time and
completions per month, counted as in the learning reports (reports/figures.py)."""

from django.utils.translation import gettext_lazy as _

from hub.insights.base import COUNT, HOURS, InsightChart, Line

from .reports import figures


def learning_by_month(months):
    """Measured hours (time course pages were in front of learners, by day) and
    completions (by the day a course was completed), via the learning reports' query."""
    rows = figures.by_month(len(months), today=months[-1])
    return {
        "hours": {row["month"]: row["measured_hours"] for row in rows},
        "completions": {row["month"]: row["completions"] for row in rows},
    }


# Registered in learning/wagtail_hooks.py.
LEARNING_CHART = InsightChart(
    key="learning",
    label=_("Learning time and completions"),
    description=_(
        "Learning time: hours that course pages were open in front of learners "
        "(measured, capped per section per day). Completions: courses completed that month."
    ),
    lines=(
        Line("hours", _("Learning time"), HOURS),
        Line("completions", _("Completions"), COUNT),
    ),
    monthly=learning_by_month,
    order=10,
)
