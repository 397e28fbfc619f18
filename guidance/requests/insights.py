"""Learning requests on the L&D insights page (hub/insights/): how long requests
wait for an answer, and what people ask to learn. Definitions in docs/insights.md."""

import re
from collections import Counter

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hub.content.models import Topic
from hub.insights.base import (
    COUNT,
    DAYS,
    InsightChart,
    InsightRanking,
    Line,
    local_midnight,
    median,
    period_bounds,
)

from .models import LearningRequest

SECONDS_PER_DAY = 24 * 60 * 60


def answer_time(months):
    """By the month a request was marked done with the published page that answers it:
    the median number of days from the request to that moment, and how many there were.
    One query; the median is taken in Python (SQLite has no percentile function)."""
    start, end = period_bounds(months)
    answered = LearningRequest.objects.filter(
        status=LearningRequest.Status.DONE,
        answered_by__isnull=False,
        closed_at__gte=start,
        closed_at__lt=end,
    ).values_list("created_at", "closed_at")
    waits = {month: [] for month in months}
    for created_at, closed_at in answered:
        month = timezone.localdate(closed_at).replace(day=1)
        waits[month].append((closed_at - created_at).total_seconds() / SECONDS_PER_DAY)
    return {
        "median_days": {month: round(median(days), 1) if days else None for month, days in waits.items()},
        "answered": {month: len(days) for month, days in waits.items()},
    }


def topic_pattern(names):
    """One expression that finds any of ``names`` as whole words, longest first, so
    "Excel formulas" wins over "Excel" where a text says the former."""
    names = sorted({name.strip() for name in names if name.strip()}, key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)


def requested_topics(start, end):
    """The hub's topics (the tags courses and guidance share) that learning requests
    made in the period name in their title or description, by how many requests name
    them; a request counts once per topic. Two queries."""
    topics = {name.casefold(): name for name in Topic.objects.values_list("name", flat=True)}
    pattern = topic_pattern(topics.values())
    if pattern is None:
        return []
    texts = LearningRequest.objects.filter(
        created_at__gte=local_midnight(start), created_at__lt=local_midnight(end)
    ).values_list("title", "description")
    counts = Counter()
    for title, description in texts:
        named = {match.casefold() for match in pattern.findall(f"{title}\n{description}")}
        counts.update(topics[name] for name in named)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


# Registered in guidance/wagtail_hooks.py.
ANSWER_TIME_CHART = InsightChart(
    key="answer_time",
    label=_("Days from request to published answer"),
    description=_(
        "By the month a learning request was marked done with the published course or "
        "guidance page that answers it: the median number of days since it was requested."
    ),
    lines=(
        Line("median_days", _("Median days to an answer"), DAYS),
        Line("answered", _("Requests answered"), COUNT),
    ),
    monthly=answer_time,
    order=30,
)
REQUESTED_TOPICS_RANKING = InsightRanking(
    key="requested_topics",
    label=_("Top requested topics"),
    description=_(
        "Topics (the tags of courses and guidance) that learning requests made in the "
        "period name in their title or description, by the number of requests."
    ),
    label_heading=_("Topic"),
    count_heading=_("Requests"),
    rows=requested_topics,
    order=10,
)
