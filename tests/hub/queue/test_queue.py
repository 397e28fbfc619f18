"""The L&D queue: sources registered through the hook, filters, order and handled marks."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hub import hooks
from hub.queue.items import QueueFilter, QueueItem, QueueSource, queue_counts, queue_items
from hub.queue.models import HandledQueueItem
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return UserFactory(username="ann"), UserFactory(username="bob")


@pytest.fixture
def make_queue(register_hook):
    """Register test sources (keys of their own) next to the apps' real ones, which
    find nothing in an empty database; ``kinds`` limits a listing to the test's."""

    def make(items_by_source):
        for order, (key, items) in enumerate(items_by_source.items()):
            register_hook(
                hooks.QUEUE_SOURCES,
                QueueSource(
                    key=f"test-{key}",
                    label=key.title(),
                    order=order,
                    # A source returns everything for user=None, else that person's slice.
                    items=lambda user, items=items: [i for i in items if user is None or i.owner == user],
                ),
            )

    return make


def counts():
    return [(source.key, count) for source, count in queue_counts() if source.key.startswith("test-")]


def item(source, ref, days_ago, owner=None, **kwargs):
    return QueueItem(
        source=f"test-{source}",
        ref=ref,
        title=f"{source} {ref}",
        since=timezone.now() - timedelta(days=days_ago),
        owner=owner,
        **kwargs,
    )


def test_items_from_every_source_oldest_first(people, make_queue):
    ann, _bob = people
    make_queue(
        {
            "flags": [item("flags", "1", 3, ann)],
            "requests": [item("requests", "7", 9), item("requests", "8", 1)],
        }
    )

    assert [i.key for i in queue_items()] == ["test-requests:7", "test-flags:1", "test-requests:8"]
    assert counts() == [("test-flags", 1), ("test-requests", 2)]


def test_a_persons_slice_and_filters(people, make_queue):
    ann, bob = people
    make_queue({"flags": [item("flags", "1", 3, ann), item("flags", "2", 20, bob), item("flags", "3", 30)]})

    assert [i.ref for i in queue_items(user=ann)] == ["1"]
    assert [i.ref for i in queue_items(queue_filter=QueueFilter(owner=bob.pk))] == ["2"]
    assert [i.ref for i in queue_items(queue_filter=QueueFilter(unowned=True))] == ["3"]
    assert [i.ref for i in queue_items(queue_filter=QueueFilter(min_age_days=14))] == ["3", "2"]
    assert queue_items(queue_filter=QueueFilter(kinds=("test-requests",))) == []


def test_handled_items_stay_hidden_until_something_new_happens(people, make_queue):
    ann, _bob = people
    failed = item("searches", "payroll", 5)
    make_queue({"searches": [failed]})

    mark = HandledQueueItem.mark(failed, ann, note="  Asked HR for a course.  ")

    assert mark.note == "Asked HR for a course."
    assert queue_items() == []
    assert counts() == [("test-searches", 0)]

    # The same query failed again after it was handled: it is back (the later
    # registration of the source stands in for the first).
    make_queue(
        {"searches": [item("searches", "payroll", 5, last_activity=timezone.now() + timedelta(minutes=1))]}
    )
    assert [i.ref for i in queue_items()] == ["payroll"]
