import pytest
from wagtail.users.models import UserProfile


@pytest.mark.django_db
def test_language_follows_the_browser(client_as):
    # The home page follows the reader to its Dutch version (docs/languages.md).
    response = client_as("employee").get("/", HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9", follow=True)

    assert response.redirect_chain == [("/nl/", 302)]

    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Zoeken" in html


@pytest.mark.django_db
def test_english_by_default(client_as):
    html = client_as("employee").get("/").content.decode()

    assert '<html lang="en">' in html
    assert "Skip to main content" in html


@pytest.mark.django_db
def test_the_switcher_remembers_the_choice(client_as, settings):
    client = client_as("employee")

    response = client.post("/i18n/setlang/", {"language": "nl", "next": "/contact/"})

    assert response.status_code == 302
    assert response["Location"] == "/contact/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "nl"
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en", follow=True).content.decode()
    assert '<html lang="nl">' in html


@pytest.mark.django_db
def test_the_sign_in_page_can_switch_language_too(client):
    response = client.post("/i18n/setlang/", {"language": "nl", "next": "/accounts/login/"}, follow=True)

    assert '<html lang="nl">' in response.content.decode()
    assert "Inloggen" in response.content.decode()


@pytest.mark.django_db
def test_the_switcher_ignores_unknown_languages_and_foreign_redirects(client_as, settings):
    client = client_as("employee")

    response = client.post("/i18n/setlang/", {"language": "xx", "next": "https://evil.example.com/"})

    assert response.status_code == 302
    assert "evil.example.com" not in response["Location"]
    assert settings.LANGUAGE_COOKIE_NAME not in client.cookies


@pytest.mark.django_db
def test_admin_speaks_the_users_language(make_user, client):
    user = make_user("moderator")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    client.force_login(user)

    html = client.get("/admin/").content.decode()

    assert 'lang="nl"' in html
    assert "Learning hub" in html or "Leeromgeving" in html
