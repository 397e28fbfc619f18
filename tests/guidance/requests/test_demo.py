"""seed_demo adds learning requests: votes, comments, a claim, a done and a declined one."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from guidance.requests.models import LearningRequest, RequestComment, RequestStatusChange, RequestVote
from hub.contributions.sources import figures_for


def seed():
    call_command("seed_demo", "--force", stdout=StringIO(), stderr=StringIO())


@pytest.mark.django_db
def test_demo_requests_cover_every_state_and_are_safe_to_rerun(client_as):
    seed()

    statuses = set(LearningRequest.objects.values_list("status", flat=True))
    assert statuses == {"new", "accepted", "in_progress", "done", "declined"}
    done = LearningRequest.objects.get(status="done")
    assert done.answered_by is not None and done.answered_by.live
    assert done.claimed_by.username == "expert"
    assert done.status_changes.last().to_status == "done"
    assert LearningRequest.objects.get(status="declined").decision_reason
    assert RequestVote.objects.count() >= 10
    assert RequestComment.objects.exists()
    # Seeding never e-mails anyone.
    assert mail.outbox == []

    counts = (
        LearningRequest.objects.count(),
        RequestVote.objects.count(),
        RequestComment.objects.count(),
        RequestStatusChange.objects.count(),
    )
    seed()
    assert counts == (
        LearningRequest.objects.count(),
        RequestVote.objects.count(),
        RequestComment.objects.count(),
        RequestStatusChange.objects.count(),
    )


@pytest.mark.django_db
def test_the_demo_expert_has_request_contributions():
    seed()
    from django.contrib.auth import get_user_model

    expert = get_user_model().objects.get(username="expert")

    figures = figures_for([expert.pk])[expert.pk]
    assert figures.counts["requests_answered"] == 1
    assert figures.counts["requests_claimed"] == 2


@pytest.mark.django_db
def test_every_demo_request_page_opens(client_as):
    seed()
    client = client_as("employee", username="reader")

    for learning_request in LearningRequest.objects.all():
        assert client.get(learning_request.get_absolute_url()).status_code == 200
