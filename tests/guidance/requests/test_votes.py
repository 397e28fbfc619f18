"""One vote per person, withdrawable; a second vote (double click, race) is harmless."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from guidance.requests.models import LearningRequest, RequestVote
from tests.conftest import ROLES
from tests.factories import RequestVoteFactory


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_role_votes_once_and_can_withdraw(client_as, role, learning_request):
    client = client_as(role)
    vote_url = reverse("requests:vote", args=[learning_request.pk])

    first = client.post(vote_url, follow=True)
    second = client.post(vote_url, follow=True)

    assert learning_request.votes.count() == 1
    assert "your vote counts" in first.content.decode()
    assert "You had already voted" in second.content.decode()
    assert "Withdraw vote" in second.content.decode()

    withdrawn = client.post(reverse("requests:withdraw_vote", args=[learning_request.pk]), follow=True)

    assert learning_request.votes.count() == 0
    assert "Your vote is withdrawn." in withdrawn.content.decode()
    again = client.post(reverse("requests:withdraw_vote", args=[learning_request.pk]), follow=True)
    assert "You had not voted" in again.content.decode()


@pytest.mark.django_db
def test_votes_from_different_people_add_up(client_as, learning_request):
    for name in ("ann", "bob", "cas"):
        client_as("employee", username=name).post(reverse("requests:vote", args=[learning_request.pk]))

    annotated = LearningRequest.objects.with_counts().get(pk=learning_request.pk)
    assert annotated.vote_total == 3


@pytest.mark.django_db
def test_the_database_refuses_a_second_vote(learning_request, make_user):
    user = make_user()
    RequestVoteFactory(request=learning_request, user=user)

    with pytest.raises(IntegrityError), transaction.atomic():
        RequestVote.objects.create(request=learning_request, user=user)


@pytest.mark.django_db
def test_a_vote_that_loses_a_race_is_counted_once(learning_request, make_user):
    """Two requests at once both pass any "already voted?" check; the constraint decides."""
    user = make_user()
    RequestVoteFactory(request=learning_request, user=user)

    assert learning_request.vote(user) is False
    assert learning_request.votes.count() == 1


@pytest.mark.django_db
def test_closed_requests_take_no_votes(client_as, make_request):
    closed = make_request(status=LearningRequest.Status.DECLINED, decision_reason="Out of scope")

    response = client_as("employee").post(reverse("requests:vote", args=[closed.pk]), follow=True)

    assert closed.votes.count() == 0
    assert "Only open requests can get votes." in response.content.decode()


@pytest.mark.django_db
def test_voting_from_the_listing_returns_to_the_listing(client_as, learning_request):
    response = client_as("employee").post(
        reverse("requests:vote", args=[learning_request.pk]), {"next": "/requests/?show=open"}
    )

    assert response["Location"] == "/requests/?show=open"


@pytest.mark.django_db
def test_next_never_leaves_the_site(client_as, learning_request):
    response = client_as("employee").post(
        reverse("requests:vote", args=[learning_request.pk]), {"next": "https://evil.example.com/"}
    )

    assert response["Location"] == reverse("requests:detail", args=[learning_request.pk])
