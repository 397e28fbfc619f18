"""The L&D insights: trends per month that moderators read on one admin page, each
chart with its CSV export. How each figure is counted is in docs/insights.md.

Hub renders, apps compute: each app registers what it knows for the
``hub.hooks.INSIGHTS`` hook in its ``wagtail_hooks.py`` (``learning`` the learning time,
``guidance`` the requests, ``search`` the searches, hub itself the contributors and
reviews), so hub imports none of them (DESIGN.md, "Dependency direction").

Two kinds of entry:

- :class:`InsightChart`, one figure per month for each of its :class:`Line` s;
  ``monthly(months)`` gets the first days of the months shown, oldest first, and returns
  ``{line_key: {month_start: number or None}}``. ``None``, or a month left out, means
  "no figure" (e.g. a median of nothing); a count with nothing to count is 0.
- :class:`InsightRanking`, a table over the whole period: ``rows(start, end)`` gets the
  first day shown and the day after the last, and returns ``[(label, count), ...]``,
  highest first, at most :data:`RANKING_ROWS`.

Both must answer in a fixed number of queries however much data there is.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hub import hooks

PERIODS = (6, 12, 24)
DEFAULT_PERIOD = 12
RANKING_ROWS = 10

# Units a line's figures are in: how they are labelled and rounded.
COUNT = "count"
HOURS = "hours"
DAYS = "days"
PERCENT = "percent"
UNIT_LABELS = {COUNT: _("number"), HOURS: _("hours"), DAYS: _("days"), PERCENT: _("%")}

VIEW_PERMISSION = "hub.view_insights"


@dataclass(frozen=True)
class Line:
    """One figure per month within a chart, drawn as its own bar chart: lines of one
    chart may be in different units (hours and completions), so they never share an axis."""

    key: str
    label: str
    unit: str = COUNT


@dataclass(frozen=True)
class InsightChart:
    key: str
    label: str
    description: str
    lines: tuple
    monthly: Callable
    order: int = 50

    def figures(self, months):
        """``{line_key: [value per month]}``, in the order of ``months``."""
        found = self.monthly(months)
        return {line.key: [found.get(line.key, {}).get(month) for month in months] for line in self.lines}


@dataclass(frozen=True)
class InsightRanking:
    key: str
    label: str
    description: str
    label_heading: str
    count_heading: str
    rows: Callable
    order: int = 50


def charts():
    return [entry for entry in hooks.collect(hooks.INSIGHTS) if isinstance(entry, InsightChart)]


def rankings():
    return [entry for entry in hooks.collect(hooks.INSIGHTS) if isinstance(entry, InsightRanking)]


def can_view_insights(user):
    """L&D moderators and administrators (the permission is granted to their groups by
    a data migration; superusers have every permission)."""
    return user.is_authenticated and user.is_active and user.has_perm(VIEW_PERMISSION)


# -- months -------------------------------------------------------------------------------
def month_starts(count, today=None):
    """The first day of each of the last ``count`` months, oldest first, this month last."""
    month = (today or timezone.localdate()).replace(day=1)
    starts = []
    for _index in range(count):
        starts.append(month)
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    return starts[::-1]


def next_month(month):
    """The first day of the month after ``month``."""
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def period_bounds(months):
    """The first day of ``months`` and the first day after the last of them, as aware
    datetimes at local midnight, for filtering timestamps."""
    return local_midnight(months[0]), local_midnight(next_month(months[-1]))


def local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def by_month(rows, months, value=lambda row: row["value"], default=0):
    """``{month: value}`` from grouped query rows with a ``month`` date, with ``default``
    for months that had none."""
    found = {row["month"]: value(row) for row in rows}
    return {month: found.get(month, default) for month in months}


def share(part, whole):
    """``part`` as a percentage of ``whole`` with one decimal; ``None`` when there is
    no whole to share."""
    return round(100 * part / whole, 1) if whole else None


def median(values):
    values = sorted(values)
    if not values:
        return None
    middle = len(values) // 2
    if len(values) % 2:
        return values[middle]
    return (values[middle - 1] + values[middle]) / 2
