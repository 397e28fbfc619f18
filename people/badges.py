"""Badges: computed from a person's figures every time, never set by hand.

Each rule reads the merged ``hub.contributions.sources.Figures`` of all contribution
sources and the number of visible thanks. The counters (``courses_published``...) are
named by the sources that report them (learning, guidance); a source that is not
installed simply never earns its badge. docs/experts.md lists the same rules for people.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LEARNERS_MILESTONE = 100
THANKS_MILESTONE = 10
KEPT_CURRENT_DAYS = 365


@dataclass(frozen=True)
class Badge:
    key: str
    label: str
    description: str
    earned: Callable  # (figures, thanks, now) -> bool


def _kept_current(figures, thanks, now):
    return (
        figures.since is not None
        and figures.since <= now - datetime.timedelta(days=KEPT_CURRENT_DAYS)
        and figures.counts.get("pages_overdue", 0) == 0
    )


BADGES = [
    Badge(
        "first_course",
        _("First course"),
        _("Published a first course."),
        lambda f, t, now: f.counts.get("courses_published", 0) >= 1,
    ),
    Badge(
        "first_guidance",
        _("First guidance"),
        _("Published a first guidance page."),
        lambda f, t, now: f.counts.get("guidance_published", 0) >= 1,
    ),
    Badge(
        "learners_100",
        _("100 learners"),
        _("What they shared reached 100 learners."),
        lambda f, t, now: f.learners_reached >= LEARNERS_MILESTONE,
    ),
    Badge(
        "kept_current",
        _("Kept current for a year"),
        _("Sharing for over a year, with nothing past its review date."),
        _kept_current,
    ),
    Badge(
        "first_answer",
        _("First request answered"),
        _("Answered a first learning request."),
        lambda f, t, now: f.counts.get("requests_answered", 0) >= 1,
    ),
    Badge(
        "thanked_10",
        _("Thanked 10 times"),
        _("Colleagues said thank you ten times."),
        lambda f, t, now: t >= THANKS_MILESTONE,
    ),
]


def badges_for(figures, thanks, now=None):
    now = now or timezone.now()
    return [badge for badge in BADGES if badge.earned(figures, thanks, now)]
