"""E-mail about a request leaves once the change is committed: the model sends a signal,
the receivers connected at start-up enqueue the mail after the commit, and a change that
is rolled back tells nobody."""

import pytest
from django.core import mail
from django.db import transaction
from django.urls import reverse


def assign_url(learning_request):
    return reverse("guidance_assign_request", args=[learning_request.pk])


@pytest.mark.django_db
def test_a_declined_request_is_mailed_after_the_commit(
    client_as, learning_request, django_capture_on_commit_callbacks
):
    client = client_as("moderator")

    with django_capture_on_commit_callbacks() as callbacks:
        client.post(
            reverse("requests:triage", args=[learning_request.pk]),
            {"status": "declined", "reason": "Covered."},
        )
        assert mail.outbox == []

    assert len(callbacks) == 1
    callbacks[0]()
    assert [message.to for message in mail.outbox] == [[learning_request.requester.email]]


@pytest.mark.django_db
def test_an_assigned_expert_is_mailed_after_the_commit(
    client_as, learning_request, make_user, django_capture_on_commit_callbacks
):
    expert = make_user("expert", username="sanne")
    client = client_as("moderator")

    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(assign_url(learning_request), {"expert": expert.pk})
        assert mail.outbox == []

    assert response.status_code == 302
    assert len(callbacks) == 1
    callbacks[0]()
    assert [message.to for message in mail.outbox] == [[expert.email]]


@pytest.mark.django_db
def test_opening_statuses_enqueue_nothing(learning_request, make_user, django_capture_on_commit_callbacks):
    moderator = make_user("moderator")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        learning_request.change_status(moderator, "accepted")
        learning_request.change_status(moderator, "in_progress")

    assert callbacks == []
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_change_that_is_rolled_back_tells_nobody(
    learning_request, make_user, django_capture_on_commit_callbacks
):
    moderator = make_user("moderator")
    expert = make_user("expert")

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        learning_request.assign(expert, moderator)
        learning_request.change_status(moderator, "declined", reason="Covered.")
        raise RuntimeError("the rest of the request failed")

    assert callbacks == []
    assert mail.outbox == []
