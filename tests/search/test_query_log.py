"""The query log's write: one upsert per search, and on PostgreSQL a commit that does
not wait for the disk, without weakening a caller's own transaction."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from search.models import QueryLog

ON_POSTGRESQL = connection.vendor == "postgresql"


def synchronous_commit():
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_a_count_on_its_own_commits_without_waiting_for_the_disk():
    with CaptureQueriesContext(connection) as queries:
        QueryLog.record("pivot tables", 3)
        QueryLog.record("Pivot  Tables", 5)

    row = QueryLog.objects.get()
    assert (row.query, row.searches, row.hits) == ("pivot tables", 2, 5)
    assert len(queries) == 2
    sent_async = [query["sql"].startswith(QueryLog.ASYNC_COMMIT) for query in queries]
    assert sent_async == [ON_POSTGRESQL, ON_POSTGRESQL]
    if ON_POSTGRESQL:
        assert synchronous_commit() == "on"  # the setting ended with its statement


@pytest.mark.django_db(transaction=True)
def test_inside_a_transaction_the_count_leaves_the_callers_commit_alone():
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        QueryLog.record("pivot tables", 3)
        if ON_POSTGRESQL:
            assert synchronous_commit() == "on"

    assert not queries[0]["sql"].startswith(QueryLog.ASYNC_COMMIT)
    assert QueryLog.objects.get().searches == 1
