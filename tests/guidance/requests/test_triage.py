"""Moderators move requests through new, accepted, in progress, done (with the page
that answers it) and declined (with a reason); each change is recorded and the right
people hear about it by e-mail."""

import pytest
from django.core import mail
from django.urls import reverse

from guidance.requests.models import LearningRequest, RequestStatusChange
from hub.accounts.roles import MODERATOR
from tests.factories import PageViewRestrictionFactory

Status = LearningRequest.Status


def triage(client, learning_request, **data):
    return client.post(reverse("requests:triage", args=[learning_request.pk]), data)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["employee", "expert"])
def test_a_forged_status_change_is_refused(client_as, learning_request, role):
    response = triage(client_as(role), learning_request, status="declined", reason="No")

    assert response.status_code == 403
    assert "Only L&amp;D moderators can change the status" in response.content.decode()
    learning_request.refresh_from_db()
    assert learning_request.status == Status.NEW
    assert not RequestStatusChange.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_moderators_accept_and_start_and_it_is_recorded(client_as, learning_request, role):
    client = client_as(role, first_name="Mark", last_name="Bakker")

    assert triage(client, learning_request, status="accepted").status_code == 302
    assert triage(client, learning_request, status="in_progress", reason="Sanne writes it").status_code == 302

    learning_request.refresh_from_db()
    assert learning_request.status == Status.IN_PROGRESS
    assert learning_request.closed_at is None
    changes = list(learning_request.status_changes.values_list("from_status", "to_status", "reason"))
    assert changes == [("new", "accepted", ""), ("accepted", "in_progress", "Sanne writes it")]
    html = client.get(reverse("requests:detail", args=[learning_request.pk])).content.decode()
    assert "New → Accepted, by Mark Bakker" in html
    assert "Accepted → In progress, by Mark Bakker" in html
    assert "Sanne writes it" in html
    # Opening statuses tell nobody.
    assert mail.outbox == []


@pytest.mark.django_db
def test_done_links_the_answer_and_tells_the_requester_and_voters(
    client_as, make_request, make_user, make_course, django_capture_on_commit_callbacks
):
    requester = make_user("employee", username="asker", first_name="Asha")
    learning_request = make_request(requester=requester)
    voters = [make_user("employee", username=name) for name in ("v1", "v2")]
    silent = make_user("employee", username="noemail", email="")
    for voter in [*voters, silent, requester]:
        learning_request.vote(voter)
    course = make_course(title="Pivot tables in five steps", slug="pivot-tables")
    client = client_as("moderator")

    with django_capture_on_commit_callbacks(execute=True):
        response = triage(client, learning_request, status="done", answered_by=course.pk)

    assert response.status_code == 302
    learning_request.refresh_from_db()
    assert learning_request.status == Status.DONE
    assert learning_request.answered_by_id == course.pk
    assert learning_request.closed_at is not None
    change = learning_request.status_changes.get()
    assert (change.to_status, change.answered_by_id, change.changed_by.username) == (
        "done",
        course.pk,
        "moderator",
    )

    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["asker@example.com", "v1@example.com", "v2@example.com"]
    to_requester = next(m for m in mail.outbox if m.to == ["asker@example.com"])
    assert to_requester.subject == "Answered: “Pivot tables for monthly reports”"
    assert "Hello Asha," in to_requester.body
    assert "your learning request" in to_requester.body
    assert "http://testserver/courses/pivot-tables/" in to_requester.body
    assert f"http://testserver/requests/{learning_request.pk}/" in to_requester.body
    to_voter = next(m for m in mail.outbox if m.to == ["v1@example.com"])
    assert "you voted for" in to_voter.body

    html = client.get(reverse("requests:detail", args=[learning_request.pk])).content.decode()
    assert 'Answered by: <a href="/courses/pivot-tables/">Pivot tables in five steps</a>' in html


@pytest.mark.django_db
def test_an_answer_restricted_later_is_named_only_to_those_who_may_open_it(
    client_as, make_request, make_course
):
    learning_request = make_request()
    course = make_course(title="Pivot tables in five steps", slug="pivot-tables")
    assert (
        triage(client_as("moderator"), learning_request, status="done", answered_by=course.pk).status_code
        == 302
    )
    PageViewRestrictionFactory(page=course, groups=[MODERATOR])
    url = reverse("requests:detail", args=[learning_request.pk])

    employee_view = client_as("employee").get(url).content.decode()
    moderator_view = client_as("moderator", username="mod2").get(url).content.decode()

    assert "Pivot tables in five steps" not in employee_view
    assert 'Answered by: <a href="/courses/pivot-tables/">Pivot tables in five steps</a>' in moderator_view
    assert "(answered by Pivot tables in five steps)" in moderator_view


@pytest.mark.django_db
def test_declined_needs_a_reason_and_tells_only_the_requester(
    client_as, learning_request, make_user, django_capture_on_commit_callbacks
):
    learning_request.vote(make_user("employee", username="voter"))
    client = client_as("moderator")

    refused = triage(client, learning_request, status="declined", reason="  ")

    assert refused.status_code == 400
    assert "Say why the request is declined" in refused.content.decode()
    learning_request.refresh_from_db()
    assert learning_request.status == Status.NEW

    with django_capture_on_commit_callbacks(execute=True):
        triage(client, learning_request, status="declined", reason="An existing course covers it.")

    learning_request.refresh_from_db()
    assert learning_request.status == Status.DECLINED
    assert learning_request.decision_reason == "An existing course covers it."
    assert [m.to for m in mail.outbox] == [[learning_request.requester.email]]
    assert "An existing course covers it." in mail.outbox[0].body
    assert mail.outbox[0].subject.startswith("Declined:")


@pytest.mark.django_db
def test_done_without_an_answer_page_is_refused(client_as, learning_request):
    response = triage(client_as("moderator"), learning_request, status="done")

    assert response.status_code == 400
    assert "Choose the course or guidance page that answers the request." in response.content.decode()
    learning_request.refresh_from_db()
    assert learning_request.status == Status.NEW


@pytest.mark.django_db
def test_a_draft_or_a_non_content_page_cannot_be_the_answer(client_as, learning_request, draft_course, home):
    client = client_as("moderator")

    for page in (draft_course, home):
        response = triage(client, learning_request, status="done", answered_by=page.pk)
        assert response.status_code == 400
        assert "Select a valid choice" in response.content.decode()
    learning_request.refresh_from_db()
    assert learning_request.status == Status.NEW


@pytest.mark.django_db
def test_the_answer_choices_are_live_courses_only(client_as, learning_request, draft_course, make_course):
    make_course(title="Live course")

    html = client_as("moderator").get(reverse("requests:detail", args=[learning_request.pk])).content.decode()

    assert ">Live course</option>" in html
    assert "Pivot tables draft" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["new", "bogus", ""])
def test_same_or_unknown_status_is_refused(client_as, learning_request, status):
    response = triage(client_as("moderator"), learning_request, status=status, reason="x" * 5)

    assert response.status_code == 400
    assert not RequestStatusChange.objects.exists()


@pytest.mark.django_db
def test_a_declined_request_can_be_reopened(client_as, learning_request):
    client = client_as("moderator")
    triage(client, learning_request, status="declined", reason="Not now")

    triage(client, learning_request, status="new", reason="Budget found after all")

    learning_request.refresh_from_db()
    assert learning_request.status == Status.NEW
    assert learning_request.decision_reason == ""
    assert learning_request.closed_at is None
    assert learning_request.status_changes.count() == 2


@pytest.mark.django_db
def test_an_over_long_reason_is_refused_and_kept(client_as, learning_request):
    reason = "r" * 1001

    response = triage(client_as("moderator"), learning_request, status="declined", reason=reason)

    assert response.status_code == 400
    assert reason in response.content.decode()
