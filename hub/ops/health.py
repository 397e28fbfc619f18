"""What /healthz/ready reports. Each check returns None when healthy or a short,
secret-free word; details go to the logs.

Only the database is critical: without it no page works, so ready answers 503 and a
load balancer takes this server out. Everything else degrades: with the cache, the
search server or the task worker down every page but search still works, so ready
says "degraded" with a 200 and the server stays in (taking every server out because
search is down would take the whole intranet down with it).
"""

import datetime
import logging

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connections
from django.utils import timezone

log = logging.getLogger(__name__)

OK, DEGRADED, UNAVAILABLE = "ok", "degraded", "unavailable"


def check_database():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        log.exception("Health: the database does not answer")
        return UNAVAILABLE
    return None


def check_cache():
    """A shared cache that cannot be reached degrades to each server's memory
    (hub.ops.cache.FallbackRedisCache)."""
    reachable = getattr(caches["default"], "reachable", None)
    if reachable is not None and not reachable():
        return DEGRADED
    return None


def check_search():
    """Only a search server can be down; the database backend is covered above."""
    if settings.SEARCH_BACKEND == "database":
        return None
    from wagtail.search.backends import get_search_backend

    try:
        if not get_search_backend().es.ping():
            return DEGRADED
    except Exception:  # noqa: BLE001 - any transport failure means "down"
        log.exception("Health: the search server does not answer")
        return DEGRADED
    return None


def check_tasks():
    """Queued tasks (e-mails, index updates) wait for a worker: one that waited longer
    than HUB_TASK_BACKLOG_MINUTES means no worker is taking them."""
    if settings.TASKS_BACKEND != "database":
        return None
    from django_tasks_db.models import DBTaskResult

    waited_since = timezone.now() - datetime.timedelta(minutes=settings.HUB_TASK_BACKLOG_MINUTES)
    try:
        stuck = DBTaskResult.objects.filter(status="READY", enqueued_at__lt=waited_since).exists()
    except DatabaseError:
        return None  # the database check says so
    return DEGRADED if stuck else None


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search, "tasks": check_tasks}
CRITICAL = {"database"}


def run_checks():
    """``(status, {check: result})``: "unavailable" when a critical check fails, else
    "degraded" when any other does, else "ok"."""
    results = {name: check() for name, check in CHECKS.items()}
    if any(results[name] for name in CRITICAL):
        status = UNAVAILABLE
    elif any(results.values()):
        status = DEGRADED
    else:
        status = OK
    return status, {name: result or OK for name, result in results.items()}
