"""The weekly digest: one e-mail a week to each expert and L&D moderator.

- Moderators (who have ``hub.moderate_content``, the "L&D moderator" role) get the
  whole L&D queue: its size per kind and the items waiting longest. Superusers are not
  moderators here: an administrator who wants it takes the role.
- Experts (who have ``hub.share_expertise``, the "Expert" role) get their own slice of
  the queue and what their work achieved in the week: figures from the
  ``hub.hooks.WEEKLY_RECOGNITION`` hook (learners reached, thanks).
- Someone in both groups gets one e-mail with both parts.
- Inactive accounts, accounts without an e-mail address and people who unticked
  "weekly digest" (``UserDetails.weekly_digest``) get nothing; so does anyone with
  nothing to say: an empty queue (slice) and no figures above zero.

A digest reports on one week, Monday to Sunday in the hub's time zone; by default the
last full week, so a run on Monday morning reports the week that just ended. Each
person gets each week's digest once (:class:`hub.digest.models.DigestDelivery`).
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from hub.accounts.permissions import MODERATE_CONTENT, SHARE_EXPERTISE, holders
from hub.contributions.weekly import weekly_figures
from hub.ops.mail import absolute_url, send_personal_mail
from hub.queue.items import queue_items, sources

from .models import DigestDelivery

logger = logging.getLogger(__name__)

OLDEST_ITEMS = 5  # items listed per part; the counts cover all of them
# A claim this old without ``sent_at`` belongs to a run that died while sending.
STALE_CLAIM = datetime.timedelta(hours=1)


def week_of(day):
    """The Monday of ``day``'s week."""
    return day - datetime.timedelta(days=day.weekday())


def last_full_week(today=None):
    return week_of(today or timezone.localdate()) - datetime.timedelta(days=7)


def week_bounds(monday):
    """Aware datetimes ``[start, end)`` of the week in the hub's time zone."""
    start = timezone.make_aware(datetime.datetime.combine(monday, datetime.time.min))
    end = timezone.make_aware(
        datetime.datetime.combine(monday + datetime.timedelta(days=7), datetime.time.min)
    )
    return start, end


def queue_url():
    """The L&D queue in the admin; the admin home where the queue view is not installed."""
    try:
        return absolute_url(reverse("hub_queue"))
    except NoReverseMatch:
        return absolute_url(reverse("wagtailadmin_home"))


@dataclass(frozen=True)
class DigestItem:
    title: str
    kind: str
    since: object
    url: str


@dataclass
class Digest:
    """What one person's e-mail says."""

    user: object
    week: datetime.date
    moderator: bool = False
    expert: bool = False
    queue_total: int = 0
    queue_counts: list = field(default_factory=list)  # [{"label", "count"}], kinds with items
    oldest: list = field(default_factory=list)  # DigestItem
    own_total: int = 0
    own_items: list = field(default_factory=list)  # DigestItem
    figures: list = field(default_factory=list)  # hub.contributions.weekly.RecognitionFigure

    @property
    def week_end(self):
        return self.week + datetime.timedelta(days=6)

    @property
    def has_figures(self):
        return any(figure.value for figure in self.figures)

    @property
    def has_news(self):
        return bool(self.queue_total or self.own_total or self.has_figures)

    def summary(self):
        """One line for ``--dry-run``."""
        parts = []
        if self.moderator:
            parts.append(f"queue {self.queue_total} ({len(self.oldest)} listed)")
        if self.expert:
            parts.append(f"own items {self.own_total}")
            parts.extend(f"{figure.key} {figure.value}" for figure in self.figures)
        return f"{self.user.email}: " + ", ".join(parts)


def recipients(week):
    """Active experts and moderators with an address, not opted out, and not yet sent
    this week's digest, each annotated with ``is_moderator`` and ``is_expert``."""
    User = get_user_model()
    handled = DigestDelivery.objects.filter(user_id=OuterRef("pk"), week=week).filter(
        Q(sent_at__isnull=False) | Q(claimed_at__gte=timezone.now() - STALE_CLAIM)
    )
    return (
        User.objects.filter(is_active=True)
        .exclude(email="")
        # People without a details row keep the default: they get it.
        .exclude(details__weekly_digest=False)
        .annotate(
            is_moderator=Exists(holders(MODERATE_CONTENT).filter(pk=OuterRef("pk"))),
            is_expert=Exists(holders(SHARE_EXPERTISE).filter(pk=OuterRef("pk"))),
            already=Exists(handled),
        )
        .filter(Q(is_moderator=True) | Q(is_expert=True), already=False)
        .select_related("wagtail_userprofile")
        .order_by("pk")
    )


def _digest_items(items, labels, limit=OLDEST_ITEMS):
    fallback = queue_url()
    return [
        DigestItem(
            title=item.title,
            kind=labels.get(item.source, item.source),
            since=item.since,
            url=absolute_url(item.url) or fallback,
        )
        for item in items[:limit]
    ]


def build_digests(week):
    """A :class:`Digest` for every recipient of ``week``'s digest (a Monday), with or
    without news. The figures of all experts come in one call per recognition source;
    the whole queue is read once; each expert's slice is read per expert."""
    people = list(recipients(week))
    kinds = sources()
    labels = {source.key: source.label for source in kinds}
    start, end = week_bounds(week)
    figures = weekly_figures([person.pk for person in people if person.is_expert], start, end)
    everything = queue_items() if any(person.is_moderator for person in people) else []
    counts = [
        {"label": source.label, "count": count}
        for source in kinds
        if (count := sum(1 for item in everything if item.source == source.key))
    ]
    for person in people:
        digest = Digest(user=person, week=week, moderator=person.is_moderator, expert=person.is_expert)
        if person.is_moderator:
            digest.queue_total = len(everything)
            digest.queue_counts = counts
            digest.oldest = _digest_items(everything, labels)
        if person.is_expert:
            own = queue_items(user=person)
            digest.own_total = len(own)
            digest.own_items = _digest_items(own, labels)
            digest.figures = figures[person.pk]
        yield digest


def claim(user, week):
    """Take the right to send ``user`` the digest of ``week``; ``None`` when another
    run has it (sent, or sending now). A claim left by a run that died is taken over."""
    now = timezone.now()
    try:
        # Committed at once: a second worker's insert fails on the unique constraint.
        with transaction.atomic():
            return DigestDelivery.objects.create(user=user, week=week, claimed_at=now)
    except IntegrityError:
        stale = DigestDelivery.objects.filter(
            user=user, week=week, sent_at__isnull=True, claimed_at__lt=now - STALE_CLAIM
        )
        if stale.update(claimed_at=now):
            return DigestDelivery.objects.get(user=user, week=week)
        return None


@dataclass
class DigestRun:
    week: datetime.date
    sent: list = field(default_factory=list)  # users
    failed: list = field(default_factory=list)  # users
    planned: list = field(default_factory=list)  # Digests, on a dry run


def send_weekly_digest(week=None, dry_run=False):
    """Send ``week``'s digest (any day of it; default the last full week) to everyone
    who should have it and has not. ``dry_run`` only lists who would get what."""
    week = week_of(week) if week else last_full_week()
    run = DigestRun(week=week)
    for digest in build_digests(week):
        if not digest.has_news:
            continue
        if dry_run:
            run.planned.append(digest)
            continue
        delivery = claim(digest.user, week)
        if delivery is None:
            continue
        try:
            send_digest(digest)
        except Exception:
            # Give the claim back so the next run tries again; the others still go.
            logger.exception("Weekly digest to user %s failed", digest.user.pk)
            delivery.delete()
            run.failed.append(digest.user)
            continue
        DigestDelivery.objects.filter(pk=delivery.pk).update(sent_at=timezone.now())
        run.sent.append(digest.user)
    return run


def send_digest(digest):
    user = digest.user
    context = {
        "digest": digest,
        "name": user.get_short_name() or user.get_username(),
        "queue_url": queue_url(),
        "settings_url": absolute_url(reverse("wagtailadmin_account")),
    }
    send_personal_mail(
        user,
        "hub/digest/email/weekly_digest_subject.txt",
        "hub/digest/email/weekly_digest.txt",
        context,
        html_template="hub/digest/email/weekly_digest.html",
    )
