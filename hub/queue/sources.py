"""Hub's own sources of the L&D queue (hub/queue/items.py): courses and guidance flagged as
outdated, translations left behind by their original, live pages past their review-by
date, pages waiting in a Wagtail workflow.

Each works on every concrete ``AuthoredPage`` (courses, guidance) without importing
their apps, and takes a fixed number of queries however many pages there are.
A person's slice is the pages they own or co-author; pages waiting for review have no
personal slice, since the next step there is a moderator's.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Page, WorkflowState

from hub.authoring.models import ContentFlag, TranslationBehind, authored_page_models

from .items import QueueAction, QueueItem, QueueSource

FLAGGED = "flagged"
TRANSLATION = "translation"
OVERDUE = "overdue"
WAITING = "waiting"


def start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def authored_by(user):
    """A filter for pages ``user`` owns or co-authors (subqueries: no query of its own)."""
    condition = Q(owner=user)
    for model in authored_page_models():
        co_author_model = model._meta.get_field("co_authors").related_model
        condition |= Q(pk__in=co_author_model.objects.filter(user=user).values("page_id"))
    return condition


def page_actions(page_id):
    return (
        QueueAction(_("Open in the editor"), reverse("wagtailadmin_pages:edit", args=[page_id])),
        QueueAction(_("Still correct"), reverse("hub_verify", args=[page_id]), method="post"),
    )


def flagged_items(user=None):
    """One item per page with open flags: since its oldest open flag, with the newest
    flag as its last activity (a new flag brings a handled item back). Two queries."""
    flags = ContentFlag.objects.open()
    if user is not None:
        flags = flags.filter(page__in=Page.objects.filter(authored_by(user)))
    flags = flags.values_list("page_id", "created_at", "reason").order_by("created_at", "pk")
    by_page = {}
    for page_id, created_at, reason in flags:
        by_page.setdefault(page_id, []).append((created_at, reason))
    if not by_page:
        return []
    flagged = Page.objects.filter(pk__in=by_page).select_related("owner")
    items = []
    for page in flagged:
        page_flags = by_page[page.pk]
        count = len(page_flags)
        latest_reason = Truncator(page_flags[-1][1]).chars(120)
        items.append(
            queue_item(
                FLAGGED,
                page,
                since=page_flags[0][0],
                last_activity=page_flags[-1][0],
                detail=ngettext(
                    "%(count)s reader flagged it: “%(reason)s”",
                    "%(count)s readers flagged it, most recently: “%(reason)s”",
                    count,
                )
                % {"count": count, "reason": latest_reason},
            )
        )
    return items


def translation_items(user=None):
    """Translations whose original was published after them, since then. One query."""
    behind = TranslationBehind.objects.select_related("page__owner", "original")
    if user is not None:
        behind = behind.filter(page__in=Page.objects.filter(authored_by(user)))
    return [
        queue_item(
            TRANSLATION,
            row.page,
            since=row.original_published_at,
            detail=_("The original “%(title)s” was updated on %(date)s")
            % {
                "title": row.original.title,
                "date": date_format(timezone.localtime(row.original_published_at)),
            },
        )
        for row in behind
    ]


def overdue_items(user=None):
    """Live courses and guidance whose review-by date has passed, since that date.
    One query per kind of authored page (two today)."""
    today = timezone.localdate()
    items = []
    for model in authored_page_models():
        pages = model.objects.live().filter(review_by__lt=today).select_related("owner")
        if user is not None:
            pages = pages.filter(authored_by(user))
        for page in pages:
            items.append(
                queue_item(
                    OVERDUE,
                    page,
                    since=start_of_day(page.review_by),
                    detail=_("%(kind)s, review was due on %(date)s")
                    % {"kind": model._meta.verbose_name.capitalize(), "date": date_format(page.review_by)},
                )
            )
    return items


def waiting_items(user=None):
    """Pages waiting for a moderator's review, since they were (last) submitted. Two
    queries. A page sent back for changes waits for its author, not here."""
    if user is not None:
        return []
    states = list(
        WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .select_related("requested_by", "current_task_state__task")
    )
    pages = Page.objects.select_related("owner").in_bulk([int(state.object_id) for state in states])
    items = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is None:
            continue
        task = state.current_task_state.task.name if state.current_task_state else ""
        requester = person_name(state.requested_by)
        items.append(
            page_item(
                WAITING,
                page,
                ref=str(state.pk),
                # A resubmission starts a new task state: its wait starts then.
                since=state.current_task_state.started_at if state.current_task_state else state.created_at,
                detail=_("Step “%(task)s”, submitted by %(person)s") % {"task": task, "person": requester},
                actions=(
                    QueueAction(
                        _("Review in the editor"), reverse("wagtailadmin_pages:edit", args=[page.pk])
                    ),
                ),
            )
        )
    return items


def person_name(user):
    if user is None:
        return _("someone whose account was removed")
    return user.get_full_name() or user.get_username()


def queue_item(source, page, **kwargs):
    return page_item(source, page, ref=str(page.pk), actions=page_actions(page.pk), **kwargs)


def page_item(source, page, ref, **kwargs):
    return QueueItem(
        source=source,
        ref=ref,
        title=page.title,
        url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
        owner=page.owner,
        **kwargs,
    )


# Registered in hub/wagtail_hooks.py.
FLAGGED_SOURCE = QueueSource(
    key=FLAGGED,
    label=gettext_lazy("Flagged outdated"),
    items=flagged_items,
    order=20,
    description=gettext_lazy("Readers reported these courses or guidance pages as outdated or wrong."),
)
TRANSLATION_SOURCE = QueueSource(
    key=TRANSLATION,
    label=gettext_lazy("Translation may be out of date"),
    items=translation_items,
    order=25,
    description=gettext_lazy(
        "Their original was updated after them: update the translation, or confirm it is still correct."
    ),
)
OVERDUE_SOURCE = QueueSource(
    key=OVERDUE,
    label=gettext_lazy("Past review date"),
    items=overdue_items,
    order=30,
    description=gettext_lazy("Published pages whose review-by date has passed."),
)
WAITING_SOURCE = QueueSource(
    key=WAITING,
    label=gettext_lazy("Waiting for review"),
    items=waiting_items,
    order=40,
    description=gettext_lazy("Changes submitted for moderation."),
)
