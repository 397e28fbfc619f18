"""Password sign-in: the change pages, and turning passwords off (HUB_PASSWORD_LOGIN)
with break-glass accounts kept for when the identity provider is down."""

import pytest

pytestmark = pytest.mark.django_db

RIGHT = "correct-horse-battery"


@pytest.fixture
def passwords_off(settings):
    settings.HUB_PASSWORD_LOGIN = False
    settings.HUB_BREAK_GLASS_ACCOUNTS = ["admin"]
    # Company sign-in set up; these pages never call the provider.
    settings.OIDC_ISSUER = "http://127.0.0.1:9/o"
    settings.OIDC_RP_CLIENT_ID = "learning-hub"


def test_changing_ones_password(client, make_user):
    user = make_user("employee")
    client.force_login(user)

    form = client.get("/accounts/password_change/")
    assert form.status_code == 200
    assert "Change your password" in form.content.decode()
    wrong = client.post(
        "/accounts/password_change/",
        {"old_password": "nope", "new_password1": "A-new-pass-9876", "new_password2": "A-new-pass-9876"},
    )
    assert wrong.status_code == 200
    assert "old password was entered incorrectly" in wrong.content.decode()

    response = client.post(
        "/accounts/password_change/",
        {"old_password": RIGHT, "new_password1": "A-new-pass-9876", "new_password2": "A-new-pass-9876"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == "/accounts/password_change/done/"
    assert "Password changed" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password("A-new-pass-9876")


def test_with_passwords_off_the_form_is_hidden_and_a_password_refused_with_a_reason(
    client, make_user, passwords_off
):
    make_user("employee", username="eva")

    page = client.get("/accounts/login/").content.decode()
    assert 'name="password"' not in page
    assert "Administrators: sign in with a password" in page

    response = client.post("/accounts/login/", {"username": "eva", "password": RIGHT})

    assert response.status_code == 200
    assert "Sign-in with a password is turned off here." in response.content.decode()
    assert 'value="eva"' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_with_passwords_off_a_break_glass_account_still_gets_in(client, make_user, passwords_off):
    make_user("admin", username="admin")

    assert 'name="password"' in client.get("/accounts/login/?with=password").content.decode()
    response = client.post(
        "/accounts/login/?next=/admin/", {"username": "admin", "password": RIGHT, "next": "/admin/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_with_passwords_off_no_other_path_takes_a_password(make_user, passwords_off, rf):
    from django.contrib.auth import authenticate

    make_user("employee", username="eva")

    assert authenticate(rf.post("/admin/login/"), username="eva", password=RIGHT) is None


@pytest.mark.parametrize(
    "url",
    [
        "/accounts/password_change/",
        "/accounts/password_change/done/",
        "/accounts/password_reset/",
        "/accounts/reset/done/",
    ],
)
def test_with_passwords_off_the_password_pages_are_gone(client_as, passwords_off, url):
    assert client_as("employee").get(url).status_code == 404


def test_the_account_menu_links_to_the_password_change_for_those_who_have_one(client_as, make_user, client):
    assert 'href="/accounts/password_change/"' in client_as("employee").get("/contact/").content.decode()

    no_password = make_user("employee", username="from-the-directory")
    no_password.set_unusable_password()
    no_password.save()
    client.force_login(no_password)
    assert 'href="/accounts/password_change/"' not in client.get("/contact/").content.decode()


def test_with_passwords_off_the_account_menu_has_no_password_link(client_as, passwords_off):
    assert "/accounts/password_change/" not in client_as("employee").get("/contact/").content.decode()
