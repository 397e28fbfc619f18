"""Every page of /requests/ opens for every role and shows what it should."""

import pytest
from django.urls import reverse

from tests.conftest import ROLES


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_role_sees_the_listing_the_form_and_a_request(client_as, role, learning_request):
    client = client_as(role)

    listing = client.get(reverse("requests:index"))
    form = client.get(reverse("requests:new"))
    detail = client.get(reverse("requests:detail", args=[learning_request.pk]))

    assert listing.status_code == form.status_code == detail.status_code == 200
    assert learning_request.title in listing.content.decode()
    assert 'name="title"' in form.content.decode()
    html = detail.content.decode()
    assert learning_request.title in html
    # Claim for experts and moderators, triage for moderators and administrators.
    assert ("Claim: I will answer this" in html) is (role != "employee")
    assert ("Triage (L&D moderators)" in html) is (role in ("moderator", "admin"))


@pytest.mark.django_db
def test_signed_out_people_are_sent_to_sign_in(client, learning_request):
    for url in (
        reverse("requests:index"),
        reverse("requests:new"),
        reverse("requests:similar"),
        reverse("requests:detail", args=[learning_request.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    response = client.post(reverse("requests:vote", args=[learning_request.pk]))
    assert response.status_code == 302
    assert learning_request.votes.count() == 0


@pytest.mark.django_db
def test_unknown_ids_are_404(client_as):
    client = client_as("moderator")
    assert client.get(reverse("requests:detail", args=[999999])).status_code == 404
    for name in ("vote", "withdraw_vote", "comment", "claim", "unclaim", "triage"):
        assert client.post(reverse(f"requests:{name}", args=[999999])).status_code == 404


@pytest.mark.django_db
def test_actions_refuse_get(client_as, learning_request):
    client = client_as("moderator")
    for name in ("vote", "withdraw_vote", "comment", "claim", "unclaim", "triage"):
        assert client.get(reverse(f"requests:{name}", args=[learning_request.pk])).status_code == 405


@pytest.mark.django_db
def test_requests_section_is_in_the_main_navigation(client_as):
    html = client_as("employee").get("/").content.decode()

    assert '<a href="/requests/">Learning requests</a>' in html
