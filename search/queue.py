"""Searches that found nothing, in the L&D queue (hub/queue.py).

From the search log (``QueryLog``: one row per normalised query per day): the queries
that found nothing on at least ``HUB_QUEUE_FAILED_SEARCH_THRESHOLD`` searches (default
3) over the last ``HUB_QUEUE_FAILED_SEARCH_DAYS`` days (default 30). Left out: queries
that a learning request already came from (``LearningRequest.search_query``) and
queries that found something after they last failed (content was added since).
Nobody owns a search, so there is no personal slice. Two queries.
"""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Max, Min, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from guidance.models import LearningRequest
from hub.queue.items import QueueAction, QueueItem, QueueSource

from .models import QueryLog

FAILED_SEARCHES = "searches"


def threshold():
    return getattr(settings, "HUB_QUEUE_FAILED_SEARCH_THRESHOLD", 3)


def window_days():
    return getattr(settings, "HUB_QUEUE_FAILED_SEARCH_DAYS", 30)


def start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def request_url(query, searches, first_day):
    """The request form, filled in with the query: the request it files keeps it."""
    description = _(
        "Colleagues searched the hub for “%(query)s” %(count)s times since %(date)s and found nothing."
    ) % {"query": query, "count": searches, "date": first_day.isoformat()}
    params = urlencode({"title": query, "description": description, "query": query})
    return f"{reverse('requests:new')}?{params}"


def failed_search_items(user=None):
    if user is not None:
        return []
    since = timezone.localdate() - datetime.timedelta(days=window_days())
    recent = QueryLog.objects.filter(day__gte=since)
    failed = list(
        recent.filter(hits=0)
        .exclude(query__in=LearningRequest.objects.exclude(search_query="").values("search_query"))
        .values("query")
        .annotate(total=Sum("searches"), first=Min("day"), last=Max("day"))
        .filter(total__gte=threshold())
        .order_by()
    )
    if not failed:
        return []
    found_since = dict(
        recent.filter(hits__gt=0, query__in=[row["query"] for row in failed])
        .values("query")
        .annotate(last=Max("day"))
        .values_list("query", "last")
        .order_by()
    )
    items = []
    for row in failed:
        query = row["query"]
        if query in found_since and found_since[query] >= row["last"]:
            continue
        items.append(
            QueueItem(
                source=FAILED_SEARCHES,
                ref=query,
                title=query,
                since=start_of_day(row["first"]),
                last_activity=start_of_day(row["last"]),
                detail=ngettext(
                    "%(count)s search found nothing, last on %(date)s",
                    "%(count)s searches found nothing, last on %(date)s",
                    row["total"],
                )
                % {"count": row["total"], "date": date_format(row["last"])},
                actions=(
                    QueueAction(
                        _("Turn into a learning request"), request_url(query, row["total"], row["first"])
                    ),
                ),
            )
        )
    return items


# Registered in search/wagtail_hooks.py.
FAILED_SEARCHES_SOURCE = QueueSource(
    key=FAILED_SEARCHES,
    label=gettext_lazy("Searches that found nothing"),
    items=failed_search_items,
    order=50,
    description=gettext_lazy("What colleagues looked for and could not find: a gap to fill?"),
)
