"""Helpers for the L&D queue tests (fixtures are in conftest.py)."""

import datetime

from django.utils import timezone

from tests.factories import QueryLogFactory


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def fail_search(query, searches, days_back, hits=0):
    return QueryLogFactory(
        day=timezone.localdate() - datetime.timedelta(days=days_back),
        query=query,
        searches=searches,
        hits=hits,
    )
