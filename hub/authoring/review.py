"""Keeping content current: who hears about a review-by date, and when.

Works on every concrete subclass of ``AuthoredPage`` (courses, guidance) without
importing their apps.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import PageLogEntry

from hub.accounts.permissions import moderators
from hub.ops.mail import send_personal_mail

from .models import DUE_SOON_DAYS, ReviewReminder, authored_page_models


def last_publisher(page):
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish", user__isnull=False)
        .select_related("user")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.user if entry else None


def reminder_recipients(page):
    """The owner; else the first active co-author; else the last publisher; else the
    moderators. Only active accounts with an e-mail address count."""

    def reachable(user):
        return user is not None and user.is_active and bool(user.email)

    if reachable(page.owner):
        return [page.owner]
    for co_author in page.co_authors.select_related("user").order_by("sort_order"):
        if reachable(co_author.user):
            return [co_author.user]
    publisher = last_publisher(page)
    if reachable(publisher):
        return [publisher]
    return list(moderators().exclude(email=""))


def pages_needing_reminders(today):
    due_by = today + datetime.timedelta(days=DUE_SOON_DAYS)
    for model in authored_page_models():
        yield from model.objects.live().filter(review_by__lte=due_by).select_related("owner").order_by("pk")


def send_review_reminders(today=None):
    """Send each due-soon and overdue reminder once per review-by date. Returns the
    number of reminders sent."""
    today = today or timezone.localdate()
    sent = 0
    for page in pages_needing_reminders(today):
        kind = ReviewReminder.Kind.OVERDUE if page.review_by < today else ReviewReminder.Kind.DUE_SOON
        if ReviewReminder.objects.filter(page=page, kind=kind, review_by=page.review_by).exists():
            continue
        recipients = reminder_recipients(page)
        if not recipients:
            continue
        try:
            # The unique constraint makes a second worker running at once skip it.
            with transaction.atomic():
                ReviewReminder.objects.create(
                    page=page,
                    kind=kind,
                    review_by=page.review_by,
                    recipients="\n".join(user.email for user in recipients),
                )
                for user in recipients:
                    send_reminder(page, kind, user)
        except IntegrityError:
            continue
        sent += 1
    return sent


def send_reminder(page, kind, user):
    context = {
        "page": page,
        "user": user,
        "overdue": kind == ReviewReminder.Kind.OVERDUE,
        "edit_url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{page.pk}/edit/",
        "page_url": page.get_full_url() or "",
    }
    send_personal_mail(
        user,
        "hub/authoring/email/review_reminder_subject.txt",
        "hub/authoring/email/review_reminder.txt",
        context,
    )
