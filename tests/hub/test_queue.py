"""The L&D queue's registry: sources, filters, order and handled marks."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from hub.models import HandledQueueItem
from hub.queue import Queue, QueueFilter, QueueItem, QueueSource

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    User = get_user_model()
    return User.objects.create_user("ann"), User.objects.create_user("bob")


def make_queue(items_by_source):
    queue = Queue()
    for order, (key, items) in enumerate(items_by_source.items()):
        queue.register(
            QueueSource(
                key=key,
                label=key.title(),
                order=order,
                # A source returns everything for user=None, else that person's slice.
                items=lambda user, items=items: [i for i in items if user is None or i.owner == user],
            )
        )
    return queue


def item(source, ref, days_ago, owner=None, **kwargs):
    return QueueItem(
        source=source,
        ref=ref,
        title=f"{source} {ref}",
        since=timezone.now() - timedelta(days=days_ago),
        owner=owner,
        **kwargs,
    )


def test_items_from_every_source_oldest_first(people):
    ann, _bob = people
    queue = make_queue(
        {
            "flags": [item("flags", "1", 3, ann)],
            "requests": [item("requests", "7", 9), item("requests", "8", 1)],
        }
    )

    assert [i.key for i in queue.items()] == ["requests:7", "flags:1", "requests:8"]
    assert [(source.key, count) for source, count in queue.counts()] == [("flags", 1), ("requests", 2)]


def test_a_persons_slice_and_filters(people):
    ann, bob = people
    queue = make_queue(
        {"flags": [item("flags", "1", 3, ann), item("flags", "2", 20, bob), item("flags", "3", 30)]}
    )

    assert [i.ref for i in queue.items(user=ann)] == ["1"]
    assert [i.ref for i in queue.items(queue_filter=QueueFilter(owner=bob.pk))] == ["2"]
    assert [i.ref for i in queue.items(queue_filter=QueueFilter(unowned=True))] == ["3"]
    assert [i.ref for i in queue.items(queue_filter=QueueFilter(min_age_days=14))] == ["3", "2"]
    assert queue.items(queue_filter=QueueFilter(kinds=("requests",))) == []


def test_handled_items_stay_hidden_until_something_new_happens(people):
    ann, _bob = people
    failed = item("searches", "payroll", 5)
    queue = make_queue({"searches": [failed]})

    mark = HandledQueueItem.mark(failed, ann, note="  Asked HR for a course.  ")

    assert mark.note == "Asked HR for a course."
    assert queue.items() == []
    assert queue.counts()[0][1] == 0

    # The same query failed again after it was handled: it is back.
    again = make_queue(
        {"searches": [item("searches", "payroll", 5, last_activity=timezone.now() + timedelta(minutes=1))]}
    )
    assert [i.ref for i in again.items()] == ["payroll"]
