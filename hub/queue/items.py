"""The L&D queue: everything that waits for a person, gathered from every app.

Each app registers a :class:`QueueSource` for the ``hub.hooks.QUEUE_SOURCES`` hook in
its ``wagtail_hooks.py`` (new learning requests, outdated flags, overdue reviews, pages
waiting for review, searches that found nothing). Hub collects the items, hides those a
moderator marked as handled, and sorts them oldest first; it never imports the apps
that produce them (DESIGN.md).

A source's ``items(user)`` returns, with ``user=None``, everything in the queue (what
moderators see); with a user, only that person's slice: pages they own or co-author,
requests they claimed. Sources keep this to a fixed number of queries however many
items there are; counts are counted from the items, so they always agree with the list.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from hub import hooks

from .models import HandledQueueItem


@dataclass(frozen=True)
class QueueAction:
    """A next step offered on a row: a link, or a form posted to ``url``."""

    label: str
    url: str
    method: str = "get"  # "post" actions are rendered as a form with a CSRF token


@dataclass(frozen=True)
class QueueItem:
    """One thing that needs a human.

    ``source`` and ``ref`` identify it across requests (``ref`` is stable within its
    source: a primary key, a normalised query). ``since`` is when it started waiting;
    ``last_activity`` when something last happened to it (a new failed search of the
    same query, a new flag): an item marked handled comes back when it has new activity.
    """

    source: str
    ref: str
    title: str
    since: object  # aware datetime
    url: str = ""
    owner: object = None  # the user who owns or claimed it
    detail: str = ""
    topics: tuple = ()  # topic names, to suggest experts who know them
    actions: tuple = ()
    last_activity: object = None

    @property
    def key(self):
        return f"{self.source}:{self.ref}"

    @property
    def activity(self):
        return self.last_activity or self.since

    def age(self, now=None):
        return (now or timezone.now()) - self.since


@dataclass(frozen=True)
class QueueSource:
    """One kind of item (hook ``hub.hooks.QUEUE_SOURCES``): ``items(user)`` as above."""

    key: str
    label: str
    items: Callable
    order: int = 50
    description: str = ""


@dataclass
class QueueFilter:
    """What a queue listing shows: some kinds, items at least ``min_age_days`` old,
    items owned by someone (``owner`` a user id) or by nobody (``unowned``)."""

    kinds: tuple = ()
    min_age_days: int | None = None
    owner: int | None = None
    unowned: bool = False

    def keeps(self, item, now):
        if self.min_age_days is not None and item.age(now) < timedelta(days=self.min_age_days):
            return False
        owner_id = getattr(item.owner, "pk", None)
        if self.unowned and owner_id is not None:
            return False
        return self.owner is None or owner_id == self.owner


def sources(kinds=()):
    """Every registered source, in order; only those of ``kinds`` when given."""
    return [source for source in hooks.collect(hooks.QUEUE_SOURCES) if not kinds or source.key in kinds]


def queue_items(user=None, queue_filter=None):
    """Open items, oldest first, without those marked handled since their last
    activity. ``user`` limits them to that person's slice."""
    queue_filter = queue_filter or QueueFilter()
    now = timezone.now()
    found = [
        item
        for source in sources(queue_filter.kinds)
        for item in source.items(user)
        if queue_filter.keeps(item, now)
    ]
    found = without_handled(found)
    return sorted(found, key=lambda item: (item.since, item.source, item.ref))


def queue_counts(user=None):
    """``[(source, count)]`` for every source, in order."""
    items = queue_items(user)
    return [(source, sum(1 for item in items if item.source == source.key)) for source in sources()]


def without_handled(items):
    """Leave out items marked handled after their last activity (one query)."""
    if not items:
        return items
    wanted = Q()
    for source in {item.source for item in items}:
        wanted |= Q(source=source, ref__in=[item.ref for item in items if item.source == source])
    handled = {}
    for source, ref, handled_at in HandledQueueItem.objects.filter(wanted).values_list(
        "source", "ref", "handled_at"
    ):
        key = f"{source}:{ref}"
        handled[key] = max(handled_at, handled.get(key, handled_at))
    return [item for item in items if item.key not in handled or handled[item.key] < item.activity]
