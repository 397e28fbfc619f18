"""The L&D queue in the admin: who sees what, filters, actions and the admin home."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from guidance.models import LearningRequest
from hub.authoring.models import ContentFlag
from hub.queue.models import HandledQueueItem
from tests.factories import ContentFlagFactory
from tests.hub.queue.queue_data import fail_search

pytestmark = pytest.mark.django_db
QUEUE = "/admin/hub/queue/"
HANDLE = "/admin/hub/queue/handled/"


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def row_keys(response):
    return [row["item"].key for row in response.context["rows"]]


# -- who sees what -------------------------------------------------------------------------
def test_employees_cannot_open_the_queue(people, queue_data):
    response = client_for(people["emp"]).get(QUEUE)

    assert response.status_code == 302
    assert "payroll" not in response.content.decode()


def test_signed_out_visitors_are_sent_to_sign_in():
    response = Client().get(QUEUE)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_moderators_see_every_item_with_its_next_steps(people, queue_data):
    response = client_for(people["mod"]).get(QUEUE)

    assert response.status_code == 200
    assert len(response.context["rows"]) == 5
    html = response.content.decode()
    assert "5 items wait for a person, oldest first" in html
    assert "Turn into a learning request" in html
    assert "Assign to an expert" in html
    assert html.count('name="note"') == 5
    assert 'scope="row"' in html and "<caption" in html


def test_experts_see_only_their_slice_whatever_the_filters_say(people, queue_data):
    ann = client_for(people["ann"])
    data = queue_data

    mine = row_keys(ann.get(QUEUE))
    widened = row_keys(ann.get(QUEUE, {"owner": str(people["bob"].pk)}))
    nobody = row_keys(ann.get(QUEUE, {"owner": "none"}))

    expected = [
        f"overdue:{data['overdue'].pk}",
        f"requests:{data['claimed'].pk}",
        f"flagged:{data['flagged'].pk}",
    ]
    assert mine == widened == nobody == expected
    html = ann.get(QUEUE).content.decode()
    assert "Mark handled" not in html
    assert "Assign to an expert" not in html
    assert "payroll" not in html


def test_expert_with_nothing_waiting_gets_an_empty_state(people):
    html = client_for(people["bob"]).get(QUEUE).content.decode()

    assert "Nothing waits for you" in html


# -- filters --------------------------------------------------------------------------------
def test_filters_by_kind_age_and_owner(people, queue_data):
    mod = client_for(people["mod"])
    data = queue_data

    assert row_keys(mod.get(QUEUE, {"kind": ["searches", "flagged"]})) == [
        "searches:payroll",
        f"flagged:{data['flagged'].pk}",
    ]
    assert row_keys(mod.get(QUEUE, {"age": "30"})) == [f"overdue:{data['co_authored'].pk}"]
    assert row_keys(mod.get(QUEUE, {"owner": str(people["ann"].pk)})) == [
        f"overdue:{data['overdue'].pk}",
        f"flagged:{data['flagged'].pk}",
    ]
    assert row_keys(mod.get(QUEUE, {"owner": "none"})) == [
        f"overdue:{data['co_authored'].pk}",
        f"requests:{data['new_request'].pk}",
        "searches:payroll",
    ]
    assert row_keys(mod.get(QUEUE, {"owner": "me"})) == []
    response = mod.get(QUEUE, {"owner": "me", "kind": "flagged"})
    assert "Nothing matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [{"kind": "bogus"}, {"age": "12"}, {"owner": "someone"}, {"owner": "²"}, {"owner": "9" * 30}],
)
def test_bad_filters_say_so(people, queue_data, params):
    response = client_for(people["mod"]).get(QUEUE, params)

    assert response.status_code == 400
    assert "These filters cannot be used" in response.content.decode()


def test_suggested_experts_on_request_rows(people, queue_data, make_profile, make_course):
    make_course(title="Spreadsheets", topics=["Excel"])
    make_profile(people["bob"], expertise=["Excel"])

    response = client_for(people["mod"]).get(QUEUE, {"kind": "requests"})

    assert [match.user for match in response.context["rows"][0]["suggestions"]] == [people["bob"]]
    assert "Experts who know this:" in response.content.decode()


def test_the_queue_page_takes_the_same_queries_however_many_items(
    people, queue_data, make_course, make_request, django_assert_max_num_queries
):
    mod = client_for(people["mod"])
    mod.get(QUEUE)
    with django_assert_max_num_queries(40) as few:
        mod.get(QUEUE)
    for i in range(8):
        course = make_course(
            title=f"More {i}",
            owner=people["bob"],
            review_by=timezone.localdate() - datetime.timedelta(days=2),
        )
        ContentFlagFactory(page=course, reported_by=people["emp"], reason="Old")
        make_request(title=f"Excel {i}")
        fail_search(f"gap {i}", 4, 1)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = mod.get(QUEUE)
    assert len(response.context["rows"]) == 5 + 32


# -- mark handled -------------------------------------------------------------------------
def test_moderator_marks_an_item_handled_with_a_note(people, queue_data):
    mod = client_for(people["mod"])

    response = mod.post(
        HANDLE, {"source": "searches", "ref": "payroll", "note": "Asked HR", "next": f"{QUEUE}?kind=searches"}
    )

    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?kind=searches"
    mark = HandledQueueItem.objects.get()
    assert (mark.source, mark.ref, mark.note, mark.handled_by) == (
        "searches",
        "payroll",
        "Asked HR",
        people["mod"],
    )
    page = mod.get(QUEUE)
    assert "searches:payroll" not in row_keys(page)
    # The message quotes the item once (a failed search's title is the query itself).
    assert [str(m) for m in page.context["messages"]] == ["“payroll” is marked as handled."]


@pytest.mark.parametrize(
    "data, status",
    [
        ({"source": "searches", "ref": "payroll", "note": ""}, 400),
        ({"source": "searches", "ref": "payroll", "note": "x" * 1001}, 400),
        ({"source": "searches", "ref": "never searched", "note": "Done"}, 404),
        ({"source": "nonsense", "ref": "1", "note": "Done"}, 404),
        ({"note": "Done"}, 400),
    ],
)
def test_mark_handled_refuses_bad_input(people, queue_data, data, status):
    response = client_for(people["mod"]).post(HANDLE, data)

    assert response.status_code == status
    assert HandledQueueItem.objects.count() == 0


def test_mark_handled_is_for_moderators_only(people, queue_data):
    data = {"source": "flagged", "ref": str(queue_data["flagged"].pk), "note": "Mine"}

    # Wagtail turns a refusal in the admin into a redirect to the dashboard with a message.
    refused = client_for(people["ann"]).post(HANDLE, data)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert client_for(people["emp"]).post(HANDLE, data).status_code == 302  # no admin access at all
    assert client_for(people["mod"]).get(HANDLE).status_code == 405
    assert HandledQueueItem.objects.count() == 0


def test_off_site_next_is_ignored(people, queue_data):
    response = client_for(people["mod"]).post(
        HANDLE, {"source": "searches", "ref": "payroll", "note": "Done", "next": "https://evil.example/"}
    )

    assert response["Location"] == QUEUE


# -- still correct -----------------------------------------------------------------------------
def test_still_correct_from_the_queue_goes_back_to_it(people, queue_data):
    mod = client_for(people["mod"])
    page = queue_data["flagged"]

    response = mod.post(f"/admin/hub/verify/{page.pk}/", {"next": f"{QUEUE}?kind=flagged"})

    assert response["Location"] == f"{QUEUE}?kind=flagged"
    assert not ContentFlag.objects.open().exists()
    assert row_keys(mod.get(QUEUE, {"kind": "flagged"})) == []


def test_experts_cannot_verify_someone_elses_page(people, queue_data):
    response = client_for(people["bob"]).post(f"/admin/hub/verify/{queue_data['flagged'].pk}/")

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert ContentFlag.objects.open().count() == 1


# -- assigning a request ----------------------------------------------------------------------
def assign_url(learning_request):
    return f"/admin/guidance/requests/{learning_request.pk}/assign/"


def test_moderator_assigns_a_request_and_the_expert_hears_of_it(
    people, queue_data, make_profile, make_course, django_capture_on_commit_callbacks
):
    make_course(title="Spreadsheets", topics=["Excel"])
    make_profile(people["bob"], expertise=["Excel"])
    mod = client_for(people["mod"])
    learning_request = queue_data["new_request"]

    form = mod.get(assign_url(learning_request))
    assert form.status_code == 200
    assert "Suggested: their expertise matches" in form.content.decode()

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        with_commit = mod.post(assign_url(learning_request), {"expert": people["bob"].pk})

    assert with_commit.status_code == 302
    assert with_commit["Location"] == QUEUE
    learning_request.refresh_from_db()
    assert learning_request.claimed_by == people["bob"]
    assert learning_request.claimed_at is not None
    assert [message.to for message in mail.outbox] == [[people["bob"].email]]
    assert "Excel pivot tables" in mail.outbox[0].subject
    # Still new, so still in the moderators' queue, now with its expert; and in Bob's slice.
    row = next(
        r for r in mod.get(QUEUE).context["rows"] if r["item"].key == f"requests:{learning_request.pk}"
    )
    assert row["owner_name"] == "Bob Other"
    assert f"requests:{learning_request.pk}" in row_keys(client_for(people["bob"]).get(QUEUE))


@pytest.mark.parametrize("expert", ["", "999999", "not-a-number", "emp"])
def test_assigning_to_someone_who_cannot_take_requests_is_refused(people, queue_data, expert):
    expert = str(people["emp"].pk) if expert == "emp" else expert

    response = client_for(people["mod"]).post(assign_url(queue_data["new_request"]), {"expert": expert})

    assert response.status_code == 400
    queue_data["new_request"].refresh_from_db()
    assert queue_data["new_request"].claimed_by is None


def test_assigning_a_closed_request_or_twice_is_refused(people, queue_data):
    mod = client_for(people["mod"])
    claimed = queue_data["claimed"]

    twice = mod.post(assign_url(claimed), {"expert": people["ann"].pk})
    assert twice.status_code == 400
    assert "already assigned to this person" in twice.content.decode()

    LearningRequest.objects.filter(pk=claimed.pk).update(status=LearningRequest.Status.DONE)
    closed = mod.post(assign_url(claimed), {"expert": people["bob"].pk})
    assert closed.status_code == 400
    assert "closed" in closed.content.decode()


def test_experts_cannot_assign_and_missing_requests_are_404(people, queue_data):
    learning_request = queue_data["new_request"]

    ann = client_for(people["ann"])
    for response in (
        ann.post(assign_url(learning_request), {"expert": people["ann"].pk}),
        ann.get(assign_url(learning_request)),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert client_for(people["mod"]).get("/admin/guidance/requests/999999/assign/").status_code == 404
    learning_request.refresh_from_db()
    assert learning_request.claimed_by is None


# -- a failed search becomes a request ----------------------------------------------------------
def test_a_failed_search_turned_into_a_request_keeps_the_query(people, queue_data):
    mod = client_for(people["mod"])
    [row] = mod.get(QUEUE, {"kind": "searches"}).context["rows"]
    [action] = row["link_actions"]

    form = mod.get(action.url)
    assert form.status_code == 200
    assert form.context["form"].initial["title"] == "payroll"
    assert "searched the hub for “payroll” 5 times" in form.context["form"].initial["description"]

    response = mod.post(
        "/requests/new/",
        {
            "title": "Payroll explained",
            "description": form.context["form"].initial["description"],
            "audience": "Everyone",
            "urgency": "normal",
            "search_query": form.context["form"].initial["search_query"],
        },
    )

    assert response.status_code == 302
    learning_request = LearningRequest.objects.get(title="Payroll explained")
    assert learning_request.search_query == "payroll"
    assert learning_request.requester == people["mod"]
    assert row_keys(mod.get(QUEUE, {"kind": "searches"})) == []
    assert f"requests:{learning_request.pk}" in row_keys(mod.get(QUEUE))


def test_the_search_page_passes_its_query_on(people, queue_data):
    response = client_for(people["emp"]).get("/requests/new/", {"title": "Payroll", "query": "  Payroll  "})
    learning_request_form = response.context["form"]
    assert learning_request_form.initial["search_query"] == "  Payroll  "
    posted = client_for(people["emp"]).post(
        "/requests/new/",
        {
            "title": "Payroll",
            "description": "?",
            "audience": "Me",
            "urgency": "low",
            "search_query": "  Payroll  ",
        },
    )
    assert posted.status_code == 302
    assert LearningRequest.objects.get(title="Payroll").search_query == "payroll"


# -- admin home --------------------------------------------------------------------------------
def test_admin_home_shows_counts_per_kind_to_moderators(people, queue_data):
    response = client_for(people["mod"]).get("/admin/")
    html = response.content.decode()

    assert "5 items wait for a person." in html
    assert f'href="{QUEUE}?kind=requests"' in html
    assert "Waiting for you" not in html


def test_admin_home_shows_experts_their_own_items(people, queue_data):
    html = client_for(people["ann"]).get("/admin/").content.decode()

    assert "Waiting for you" in html
    assert "Old onboarding" in html and "Giving feedback" in html and "Excel basics" in html
    assert "Team safety" not in html
    assert "ld-queue" in html  # the menu item
