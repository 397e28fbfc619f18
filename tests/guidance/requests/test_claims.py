"""Experts claim requests; only the claimant or a moderator lets go; forged posts by
anyone else change nothing."""

import pytest
from django.urls import reverse

from guidance.requests.models import LearningRequest


def claimant_of(learning_request):
    learning_request.refresh_from_db()
    return learning_request.claimed_by.username if learning_request.claimed_by else None


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["expert", "moderator", "admin"])
def test_experts_moderators_and_administrators_claim(client_as, role, learning_request):
    response = client_as(role).post(reverse("requests:claim", args=[learning_request.pk]), follow=True)

    assert claimant_of(learning_request) == role
    assert learning_request.claimed_at is not None
    html = response.content.decode()
    assert "You have claimed this request." in html
    assert "Release my claim" in html


@pytest.mark.django_db
def test_a_forged_claim_by_an_employee_is_refused(client_as, learning_request):
    response = client_as("employee").post(reverse("requests:claim", args=[learning_request.pk]))

    assert response.status_code == 403
    assert "Only experts can claim learning requests." in response.content.decode()
    assert claimant_of(learning_request) is None


@pytest.mark.django_db
def test_a_claimed_request_cannot_be_claimed_again(client_as, make_user, learning_request):
    learning_request.claim(make_user("expert", username="first"))

    response = client_as("expert", username="second").post(
        reverse("requests:claim", args=[learning_request.pk]), follow=True
    )

    assert claimant_of(learning_request) == "first"
    assert "Someone else has already claimed this request." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("status", [LearningRequest.Status.DONE, LearningRequest.Status.DECLINED])
def test_a_closed_request_cannot_be_claimed(client_as, make_request, status):
    closed = make_request(status=status)

    response = client_as("expert").post(reverse("requests:claim", args=[closed.pk]), follow=True)

    assert claimant_of(closed) is None
    assert "This request is closed, so it cannot be claimed." in response.content.decode()


@pytest.mark.django_db
def test_the_claimant_releases_their_claim(client_as, learning_request):
    client = client_as("expert")
    client.post(reverse("requests:claim", args=[learning_request.pk]))

    response = client.post(reverse("requests:unclaim", args=[learning_request.pk]), follow=True)

    assert claimant_of(learning_request) is None
    assert "free again" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_a_moderator_releases_someone_elses_claim(client_as, make_user, learning_request, role):
    learning_request.claim(make_user("expert", username="holder"))

    client_as(role).post(reverse("requests:unclaim", args=[learning_request.pk]))

    assert claimant_of(learning_request) is None


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["employee", "expert"])
def test_a_forged_unclaim_by_someone_else_is_refused(client_as, make_user, learning_request, role):
    learning_request.claim(make_user("expert", username="holder"))

    response = client_as(role).post(reverse("requests:unclaim", args=[learning_request.pk]))

    assert response.status_code == 403
    assert "Only the expert who claimed this request or a moderator" in response.content.decode()
    assert claimant_of(learning_request) == "holder"


@pytest.mark.django_db
def test_releasing_an_unclaimed_request_says_so(client_as, learning_request):
    response = client_as("moderator").post(
        reverse("requests:unclaim", args=[learning_request.pk]), follow=True
    )

    assert "Nobody has claimed this request." in response.content.decode()


@pytest.mark.django_db
def test_the_request_page_offers_only_what_the_user_may_do(client_as, make_user, learning_request):
    learning_request.claim(make_user("expert", username="holder"))
    url = reverse("requests:detail", args=[learning_request.pk])

    other_expert = client_as("expert").get(url).content.decode()
    moderator = client_as("moderator").get(url).content.decode()

    assert "Claim: I will answer this" not in other_expert
    assert "Release" not in other_expert
    assert "Release the claim" in moderator


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["expert", "moderator"])
def test_a_closed_request_keeps_its_claimant(client_as, make_user, learning_request, role):
    """On a done request the claim is the expert's credit: neither they nor a moderator
    can release it afterwards."""
    client = client_as(role)
    holder = make_user("expert", username="expert")
    learning_request.claim(holder)
    LearningRequest.objects.filter(pk=learning_request.pk).update(status=LearningRequest.Status.DONE)

    response = client.post(reverse("requests:unclaim", args=[learning_request.pk]), follow=True)

    assert claimant_of(learning_request) == "expert"
    html = response.content.decode()
    assert "its claim stays on record" in html
    assert "Release" not in html
