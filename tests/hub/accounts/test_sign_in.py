import re

import pytest
from django.core import mail
from django.urls import reverse

PROTECTED_URLS = [
    "/",
    "/about-anything/",
    "/accessibility/",
    "/search/?q=excel",
    "/contact/",
    "/admin/",
    "/admin/pages/",
    "/documents/1/report.pdf",
    "/accounts/password_change/",
]
OPEN_URLS = ["/accounts/login/", "/accounts/password_reset/", "/healthz", "/static/css/hub.css"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PROTECTED_URLS)
def test_every_page_needs_sign_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.django_db
@pytest.mark.parametrize("url", OPEN_URLS)
def test_sign_in_reset_health_and_static_are_open(client, url):
    response = client.get(url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_sign_in_with_the_form_lands_on_the_page_asked_for(client, make_user):
    make_user("employee")

    response = client.post(
        "/accounts/login/?next=/contact/",
        {"username": "employee", "password": "correct-horse-battery", "next": "/contact/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/contact/"
    assert client.get("/contact/").status_code == 200


@pytest.mark.django_db
def test_wrong_password_shows_a_message_and_keeps_the_username(client, make_user):
    make_user("employee")

    response = client.post("/accounts/login/", {"username": "employee", "password": "wrong"})

    assert response.status_code == 200
    assert b"correct username and password" in response.content
    assert b'value="employee"' in response.content


@pytest.mark.django_db
def test_repeated_failed_sign_ins_are_throttled(client, make_user, settings):
    make_user("employee")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": "employee", "password": "wrong"})

    # Even the right password is refused while the lock lasts.
    response = client.post("/accounts/login/", {"username": "employee", "password": "correct-horse-battery"})

    assert response.status_code == 429
    assert b"Too many sign-in attempts" in response.content
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_an_employee_sent_from_the_admin_is_told_why(client_as):
    response = client_as("employee", first_name="Eva", last_name="Jansen").get("/admin/", follow=True)

    html = response.content.decode()
    assert "You are signed in as Eva Jansen, and that page needs other access." in html
    assert '<a href="/">Go to the home page</a>' in html
    assert "Sign in with your work account" not in html


@pytest.mark.django_db
def test_sign_out_needs_a_post_and_ends_the_session(client_as):
    client = client_as("employee")

    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")

    assert response.status_code == 302
    assert client.get("/")["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_password_reset_by_email(client, make_user):
    user = make_user("employee")

    response = client.post("/accounts/password_reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)

    form_page = client.get(link, follow=True)
    assert b"Choose a new password" in form_page.content
    set_url = form_page.redirect_chain[-1][0]
    response = client.post(set_url, {"new_password1": "A-new-pass-9876", "new_password2": "A-new-pass-9876"})

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("A-new-pass-9876")


@pytest.mark.django_db
def test_password_reset_does_not_reveal_unknown_addresses(client):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.com"})

    assert response.status_code == 302
    assert mail.outbox == []
