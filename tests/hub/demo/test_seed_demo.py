from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR
from hub.home.models import HomeFeaturedItem
from hub.navigation.models import HubSettings


def seed(*args):
    out = StringIO()
    call_command("seed_demo", "--force", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "featured": HomeFeaturedItem.objects.count(),
        "settings": list(HubSettings.objects.values()),
        "passwords": list(get_user_model().objects.order_by("pk").values_list("password", flat=True)),
    }


@pytest.mark.django_db
def test_seed_demo_creates_the_demo_users_with_their_roles():
    output = seed("--password", "demo-pass-123")

    users = {user.username: user for user in get_user_model().objects.all()}
    assert set(users) >= {"employee", "expert", "moderator", "admin"}
    assert users["expert"].groups.filter(name=EXPERT).exists()
    assert users["moderator"].groups.filter(name=MODERATOR).exists()
    assert users["admin"].is_superuser and users["admin"].groups.filter(name=ADMINISTRATOR).exists()
    assert all(
        users[name].check_password("demo-pass-123") for name in ["employee", "expert", "moderator", "admin"]
    )
    assert "demo-pass-123" in output


@pytest.mark.django_db
def test_seed_demo_prints_a_generated_password_that_works():
    output = seed()

    password = output.split("password: ")[1].split()[0]
    assert get_user_model().objects.get(username="employee").check_password(password)


@pytest.mark.django_db
def test_a_second_run_changes_nothing():
    seed()
    before = snapshot()

    output = seed()

    assert snapshot() == before
    assert "0 new object(s)" in output
    assert "passwords unchanged" in output


@pytest.mark.django_db
def test_generated_pages_are_made_once_and_are_searchable():
    seed("--pages", "25")
    generated = Page.objects.get(slug="generated")
    assert generated.get_children().live().count() == 25

    seed("--pages", "25")
    seed("--pages", "30")

    children = generated.get_children()
    assert children.count() == 30
    assert len(set(children.values_list("path", flat=True))) == 30
    assert Page.objects.live().search("Generated page 30").count() >= 1


@pytest.mark.django_db
def test_demo_content_looks_alive(client):
    seed("--password", "demo-pass-123")
    client.post("/accounts/login/", {"username": "employee", "password": "demo-pass-123"})

    html = client.get("/").content.decode()
    dutch = client.get("/nl/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()

    # Each home features its own language's "About" page.
    assert "About the learning hub" in html
    assert "Over de leeromgeving" in dutch
    assert "learning-team@example.com" in html


@pytest.mark.django_db
def test_seed_demo_refuses_to_run_in_production_without_force(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", stdout=StringIO())


@pytest.mark.django_db
def test_demo_content_sends_no_email():
    from django.core import mail

    seed()

    assert mail.outbox == []
