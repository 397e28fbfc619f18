"""Checks behind /healthz. Each returns None when healthy or a short, secret-free reason."""

from django.conf import settings
from django.db import DatabaseError, connections


def check_database():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return None


def check_search():
    """Only a search server can be down; the database backend is covered above."""
    if not settings.ELASTICSEARCH_URL:
        return None
    from wagtail.search.backends import get_search_backend

    try:
        if not get_search_backend().es.ping():
            return "unavailable"
    except Exception:  # any transport failure means "down"; details stay in the logs
        return "unavailable"
    return None


CHECKS = {"database": check_database, "search": check_search}


def run_checks():
    results = {name: check() for name, check in CHECKS.items()}
    healthy = all(result is None for result in results.values())
    return healthy, {name: result or "ok" for name, result in results.items()}
