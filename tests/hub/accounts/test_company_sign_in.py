"""Company sign-in against a real OpenID provider (tests/oidc_provider/: django-oauth-
toolkit served by gunicorn on 127.0.0.1), through the hub's real views and backend."""

import pytest
from django.contrib.auth import get_user_model

from hub.accounts.models import UserDetails
from hub.accounts.roles import EMPLOYEE, EXPERT, MODERATOR

EVA = {
    "given_name": "Eva",
    "family_name": "de Vries",
    "email": "eva.devries@example.com",
    "department": "Customer service",
    "region": "Benelux",
    "job_title": "Team lead",
    "locale": "nl-NL",
    "groups": ["all-staff"],
}

pytestmark = pytest.mark.django_db


def roles(user):
    return set(user.groups.values_list("name", flat=True))


def test_a_new_colleague_signs_in_and_lands_with_their_details_filled(client, company_sign_in):
    company_sign_in.people({"eva": EVA})

    response = company_sign_in.sign_in(client, "eva", next_url="/contact/")

    assert response.status_code == 302
    assert response["Location"] == "/contact/"
    user = get_user_model().objects.get(username="eva")
    assert int(client.session["_auth_user_id"]) == user.pk
    assert (user.first_name, user.last_name, user.email) == ("Eva", "de Vries", "eva.devries@example.com")
    assert not user.has_usable_password()
    details = user.details
    assert (details.department, details.region, details.job_title, details.language) == (
        "Customer service",
        "Benelux",
        "Team lead",
        "nl",
    )
    assert roles(user) == {EMPLOYEE}
    # Her language from the directory, since she never chose one here.
    assert response.cookies["hub_language"].value == "nl"
    assert "Neem contact op" in client.get("/contact/").content.decode()


def test_a_language_chosen_here_wins_over_the_directorys(client, company_sign_in):
    company_sign_in.people({"eva": EVA})
    client.cookies["hub_language"] = "en"

    response = company_sign_in.sign_in(client, "eva")

    assert "hub_language" not in response.cookies
    assert response.wsgi_request.user.details.language == "nl"


def test_the_directory_is_followed_at_every_sign_in_even_when_the_address_changes(client, company_sign_in):
    company_sign_in.people({"eva": EVA})
    company_sign_in.sign_in(client, "eva")
    client.logout()
    company_sign_in.people({"eva": {**EVA, "email": "eva.jansen@example.com", "department": "Finance"}})

    company_sign_in.sign_in(client, "eva")

    user = get_user_model().objects.get(details__department="Finance")
    assert user.email == "eva.jansen@example.com"
    assert get_user_model().objects.count() == 1


def test_an_account_made_before_company_sign_in_is_taken_over_by_its_address(
    client, company_sign_in, make_user
):
    existing = make_user("expert", username="evdv", email="Eva.deVries@example.com")
    company_sign_in.people({"eva": EVA})

    company_sign_in.sign_in(client, "eva")

    assert int(client.session["_auth_user_id"]) == existing.pk
    existing.refresh_from_db()
    assert existing.details.identity_subject
    assert roles(existing) == {EMPLOYEE, EXPERT}


def test_mapped_roles_follow_the_provider_and_hand_made_ones_stay(client, company_sign_in):
    company_sign_in.people({"eva": {**EVA, "groups": ["all-staff", "lnd-team"]}})
    company_sign_in.sign_in(client, "eva")
    user = get_user_model().objects.get(username="eva")
    assert roles(user) == {EMPLOYEE, MODERATOR}
    # An administrator makes her an expert by hand; the map does not name that role.
    user.groups.add(user.groups.model.objects.get(name=EXPERT))
    client.logout()
    company_sign_in.people({"eva": EVA})

    company_sign_in.sign_in(client, "eva")

    assert roles(user) == {EMPLOYEE, EXPERT}


def test_the_sign_in_page_offers_the_company_first(client, company_sign_in, home):
    from wagtail.models import Site

    from hub.navigation.models import HubSettings

    settings_row = HubSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.company_name = "Acme"
    settings_row.save()

    page = client.get("/accounts/login/?next=/contact/").content.decode()

    assert 'href="/accounts/oidc/start/?next=/contact/"' in page
    assert page.index("Sign in with Acme") < page.index('name="password"')


@pytest.mark.parametrize("mode", ["tamper", "nonce", "audience"])
def test_an_id_token_that_cannot_be_trusted_is_refused_with_a_clear_page(client, company_sign_in, mode):
    company_sign_in.people({"eva": EVA})
    company_sign_in.misbehave(mode)

    response = company_sign_in.sign_in(client, "eva")

    assert response.status_code == 400
    assert "could not be trusted" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert not get_user_model().objects.filter(username="eva").exists()


def test_a_sign_in_link_used_twice_is_refused(client, company_sign_in):
    company_sign_in.people({"eva": EVA})
    company_sign_in.sign_in(client, "eva")
    client.logout()

    response = client.get(company_sign_in.last_callback)

    assert response.status_code == 400
    assert "already used or has expired" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_closed_account_cannot_sign_in_and_its_sessions_end(client, company_sign_in):
    company_sign_in.people({"eva": {**EVA, "locale": "en-GB"}})
    company_sign_in.sign_in(client, "eva")
    get_user_model().objects.filter(username="eva").update(is_active=False)

    assert client.get("/contact/").status_code == 302  # signed out at the next request
    response = company_sign_in.sign_in(client, "eva")

    assert response.status_code == 403
    assert "Your account here is closed" in response.content.decode()


def test_with_the_provider_down_there_is_a_clear_page_and_passwords_still_work(client, settings, make_user):
    settings.OIDC_ISSUER = "http://127.0.0.1:9/o"  # nothing listens on the discard port
    settings.OIDC_RP_CLIENT_ID = "learning-hub"
    make_user("admin", username="admin")

    response = client.get("/accounts/oidc/start/")

    assert response.status_code == 503
    assert "cannot be reached" in response.content.decode()
    signed_in = client.post("/accounts/login/", {"username": "admin", "password": "correct-horse-battery"})
    assert signed_in.status_code == 302


def test_without_oidc_settings_the_hub_signs_in_with_passwords_only(client, db):
    assert client.get("/accounts/oidc/start/").status_code == 404
    assert client.get("/accounts/oidc/callback/?code=x&state=y").status_code == 404
    page = client.get("/accounts/login/").content.decode()
    assert "oidc" not in page
    assert 'name="password"' in page


def test_people_details_are_not_editable_by_hand_where_they_come_from(db):
    # The provider's id is the link between the two: never in an admin form.
    assert not UserDetails._meta.get_field("identity_subject").editable
