"""What people contributed, from every app: a course they wrote, a request they answered.

Each app registers a :class:`ContributionSource` for the ``hub.hooks.CONTRIBUTIONS``
hook; people's profiles, the expert directory and badges read all of them through
:func:`items_for` and :func:`figures_for`, without importing the apps.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from hub import hooks


@dataclass(frozen=True)
class Contribution:
    """One thing a person shared: a course they wrote, a request they answered."""

    kind: str  # stable machine name: "course", "guidance", "request"
    kind_label: str
    title: str
    url: str
    role: str  # how they took part, for people: "Author", "Co-author", "Claimed"
    date: object = None  # an aware datetime; profiles list newest first


@dataclass
class Figures:
    """What one person's contributions add up to, from one source or all of them.

    ``counts`` holds figures that badge rules read, by stable names that sources
    document (``courses_published``, ``requests_answered``, ``pages_overdue``...).
    ``learners_reached`` is only reported by the source that knows learners, so adding
    sources never counts a learner twice."""

    contributions: int = 0
    latest: object = None  # datetime of the most recent contribution
    since: object = None  # datetime of the first one
    learners_reached: int = 0
    ratings_count: int = 0
    ratings_total: int = 0
    counts: dict = field(default_factory=dict)

    def __add__(self, other):
        counts = dict(self.counts)
        for name, value in other.counts.items():
            counts[name] = counts.get(name, 0) + value
        return Figures(
            contributions=self.contributions + other.contributions,
            latest=_newest(self.latest, other.latest),
            since=_oldest(self.since, other.since),
            learners_reached=self.learners_reached + other.learners_reached,
            ratings_count=self.ratings_count + other.ratings_count,
            ratings_total=self.ratings_total + other.ratings_total,
            counts=counts,
        )

    @property
    def average_rating(self):
        return round(self.ratings_total / self.ratings_count, 1) if self.ratings_count else None


def _newest(a, b):
    return max((x for x in (a, b) if x is not None), default=None)


def _oldest(a, b):
    return min((x for x in (a, b) if x is not None), default=None)


@dataclass(frozen=True)
class ContributionSource:
    """One app's share of what people contribute (hook ``hub.hooks.CONTRIBUTIONS``).

    - ``items(user)`` -> list of :class:`Contribution`, for a profile page.
    - ``figures(user_ids)`` -> ``{user_id: Figures}`` for many people at once
      (directory cards, badges): a fixed number of queries however many ids it gets.
    """

    key: str
    items: Callable
    figures: Callable
    order: int = 50


def sources():
    return hooks.collect(hooks.CONTRIBUTIONS)


def items_for(user):
    """Everything ``user`` contributed, from every source: newest first, undated last."""
    found = [item for source in sources() for item in source.items(user)]
    return sorted(found, key=lambda item: (item.date is not None, item.date or 0), reverse=True)


def figures_for(user_ids):
    """``{user_id: Figures}`` summed over every source: one call per source."""
    user_ids = list(user_ids)
    totals = {user_id: Figures() for user_id in user_ids}
    for source in sources():
        for user_id, figures in source.figures(user_ids).items():
            if user_id in totals:
                totals[user_id] = totals[user_id] + figures
    return totals
