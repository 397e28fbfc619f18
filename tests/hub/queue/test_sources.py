"""Each app's source of L&D queue items, through the real hook."""

import datetime

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Workflow

from guidance.models import LearningRequest
from hub.contributions.experts import suggest_experts
from hub.queue.items import QueueFilter, queue_items, sources
from tests.factories import ContentFlagFactory, QueryLogFactory, UserFactory
from tests.hub.queue.queue_data import fail_search

pytestmark = pytest.mark.django_db


def keys(items):
    return [item.key for item in items]


def test_every_app_registered_its_source():
    assert [source.key for source in sources()] == [
        "requests",
        "flagged",
        "translation",
        "overdue",
        "waiting",
        "searches",
    ]


def test_moderators_see_everything_oldest_first(queue_data):
    items = queue_items()
    data = queue_data

    assert keys(items) == [
        f"overdue:{data['co_authored'].pk}",
        f"requests:{data['new_request'].pk}",
        f"overdue:{data['overdue'].pk}",
        "searches:payroll",
        f"flagged:{data['flagged'].pk}",
    ]
    # The request Ann claimed is accepted and held: it waits for her, not for a moderator.
    assert f"requests:{data['claimed'].pk}" not in keys(items)


def test_flagged_item_describes_its_flags(queue_data, people):
    ContentFlagFactory(page=queue_data["flagged"], reported_by=people["bob"], reason="Wrong screenshots.")
    [item] = queue_items(queue_filter=QueueFilter(kinds=("flagged",)))

    assert item.owner == people["ann"]
    assert item.detail == "2 readers flagged it, most recently: “Wrong screenshots.”"
    assert item.activity > item.since
    assert [action.label for action in item.actions] == ["Open in the editor", "Still correct"]


def test_resolved_flags_leave_the_queue(queue_data, people):
    queue_data["flagged"].verify(people["ann"])

    assert queue_items(queue_filter=QueueFilter(kinds=("flagged",))) == []


def test_overdue_pages_are_live_and_past_their_date(queue_data, make_course):
    make_course(title="Due today", review_by=timezone.localdate())
    draft = make_course(title="Unpublished", review_by=timezone.localdate() - datetime.timedelta(days=3))
    draft.unpublish()

    titles = [item.title for item in queue_items(queue_filter=QueueFilter(kinds=("overdue",)))]

    assert titles == ["Team safety", "Old onboarding"]


def test_pages_waiting_for_review(people, draft_course_of):
    course = draft_course_of(people["ann"], title="Draft course")
    Workflow.objects.get(name="L&D review").start(course, people["ann"])

    [item] = queue_items(queue_filter=QueueFilter(kinds=("waiting",)))

    assert item.title == "Draft course"
    assert item.owner == people["ann"]
    assert "submitted by Ann Expert" in item.detail
    # Nothing for the author to do while a moderator reviews it.
    assert queue_items(people["ann"], QueueFilter(kinds=("waiting",))) == []


def test_a_page_sent_back_for_changes_is_not_waiting_for_moderators(people, draft_course_of):
    course = draft_course_of(people["ann"], title="Draft course")
    state = Workflow.objects.get(name="L&D review").start(course, people["ann"])
    moderator = UserFactory(role="moderator", username="mod-reviewer")
    state.current_task_state.task.specific.on_action(
        state.current_task_state, moderator, "reject", comment="Add an example"
    )
    state.refresh_from_db()
    assert state.status == state.STATUS_NEEDS_CHANGES

    assert queue_items(queue_filter=QueueFilter(kinds=("waiting",))) == []

    # Resubmitted later: waiting again, since the resubmission.
    course.save_revision(user=people["ann"])
    state.resume(people["ann"])
    [item] = queue_items(queue_filter=QueueFilter(kinds=("waiting",)))
    state.refresh_from_db()
    assert item.since == state.current_task_state.started_at
    assert item.since > state.created_at


def test_new_and_unclaimed_requests(queue_data, make_request, people):
    make_request(title="Forklift safety", status=LearningRequest.Status.ACCEPTED)
    make_request(title="Done already", status=LearningRequest.Status.DONE)
    assigned_new = make_request(title="Budgeting", claimed_by=people["bob"])

    items = queue_items(queue_filter=QueueFilter(kinds=("requests",)))

    assert {item.title for item in items} == {"Excel pivot tables", "Forklift safety", "Budgeting"}
    assert {item.title: item.owner for item in items}["Budgeting"] == people["bob"]
    assert [item.title for item in queue_items(people["bob"])] == ["Team safety", "Budgeting"]
    assert assigned_new.pk


def test_request_topics_come_from_the_hubs_topics(queue_data, make_course):
    make_course(title="Spreadsheets", topics=["Excel", "Pivot tables"])
    [item] = queue_items(queue_filter=QueueFilter(kinds=("requests",)))

    # In the order the request mentions them.
    assert item.topics == ("Excel", "Pivot tables")


def test_failed_searches_above_the_threshold(queue_data, settings):
    fail_search("holiday", 2, 3)  # below the threshold of 3
    fail_search("vpn", 4, 40)  # outside the 30-day window
    fail_search("expenses", 5, 10)
    fail_search("expenses", 1, 2, hits=3)  # found something since: content was added

    [item] = queue_items(queue_filter=QueueFilter(kinds=("searches",)))

    assert item.ref == "payroll"
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    assert item.detail == f"5 searches found nothing, last on {date_format(yesterday)}"
    assert item.since.date() == timezone.localdate() - datetime.timedelta(days=6)
    settings.HUB_QUEUE_FAILED_SEARCH_THRESHOLD = 2
    assert {i.ref for i in queue_items(queue_filter=QueueFilter(kinds=("searches",)))} == {
        "payroll",
        "holiday",
    }


def test_a_failed_search_with_a_request_leaves_the_queue(queue_data, make_request):
    make_request(title="Payroll questions", search_query="payroll")

    assert queue_items(queue_filter=QueueFilter(kinds=("searches",))) == []


def test_personal_slices(queue_data, people):
    data = queue_data

    assert keys(queue_items(people["ann"])) == [
        f"overdue:{data['overdue'].pk}",
        f"requests:{data['claimed'].pk}",
        f"flagged:{data['flagged'].pk}",
    ]
    assert keys(queue_items(people["bob"])) == [f"overdue:{data['co_authored'].pk}"]
    assert queue_items(people["emp"]) == []
    # A person's request rows offer no assigning: that is the moderators'.
    claimed = queue_items(people["ann"], QueueFilter(kinds=("requests",)))[0]
    assert [action.label for action in claimed.actions] == ["Open"]


def test_expert_finder_ranks_by_topics_in_common(people, make_profile):
    make_profile(people["ann"], expertise=["Excel", "Pivot tables"])
    make_profile(people["bob"], expertise=["excel"])
    closed = UserFactory(role="expert", username="gone", first_name="Gone", is_active=False)
    make_profile(closed, expertise=["Excel"])

    suggestions = suggest_experts({"a": ("Excel", "Pivot tables"), "b": ("Safety",)})

    assert [(match.user, match.topics) for match in suggestions["a"]] == [
        (people["ann"], ("Excel", "Pivot tables")),
        (people["bob"], ("excel",)),
    ]
    assert suggestions["b"] == []


@pytest.mark.parametrize("source", ["requests", "flagged", "translation", "overdue", "waiting", "searches"])
def test_each_source_takes_the_same_queries_however_many_items(
    source, people, make_course, make_request, draft_course_of, django_assert_max_num_queries
):
    def add(n):
        for i in range(n):
            course = make_course(
                title=f"Course {n}-{i}",
                owner=people["ann"],
                co_authors=[people["bob"]],
                review_by=timezone.localdate() - datetime.timedelta(days=5),
            )
            make_course(
                title=f"Cursus {n}-{i}", content_language="nl", translation_of=course, owner=people["ann"]
            )
            course.save_revision().publish()  # its translation falls behind
            ContentFlagFactory(page=course, reported_by=people["emp"], reason="Old")
            make_request(title=f"Excel {n}-{i}", claimed_by=people["ann"])
            QueryLogFactory(query=f"gap {n} {i}", searches=5, hits=0)
            draft = draft_course_of(people["ann"], title=f"Draft {n}-{i}")
            Workflow.objects.get(name="L&D review").start(draft, people["ann"])

    [registered] = sources((source,))
    add(1)
    registered.items(None)  # warm caches (content types, the workflow's base type)
    with django_assert_max_num_queries(5) as few:
        small = registered.items(None)
        registered.items(people["ann"])
    add(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        large = registered.items(None)
        registered.items(people["ann"])
    assert len(large) > len(small)
