"""Thanking an expert: shown on the profile, e-mailed, rate-limited, moderated."""

import pytest
from django.core import mail

from people.kudos.thanks import KUDOS_PER_HOUR
from people.models import Kudos
from tests.factories import InfoPageFactory, KudosFactory, PageViewRestrictionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sanne(make_user, make_profile):
    user = make_user("expert", username="sanne", first_name="Sanne", last_name="de Vries")
    return make_profile(user)


def thank(client, profile, message="Your course saved my afternoon!", **extra):
    return client.post(f"{profile.url}thank/", {"message": message, **extra})


def test_an_employee_thanks_an_expert_who_is_told_by_email(
    client_as, sanne, django_capture_on_commit_callbacks
):
    client = client_as("employee", first_name="Eva", last_name="Jansen")
    with django_capture_on_commit_callbacks() as on_commit:
        response = thank(client, sanne)
    # The e-mail goes once the thanks is committed, not before.
    assert mail.outbox == []
    for callback in on_commit:
        callback()

    assert response.status_code == 302
    assert response["Location"] == f"{sanne.url}#thanks"
    kudos = Kudos.objects.get()
    assert (kudos.sender.username, kudos.recipient, kudos.page) == ("employee", sanne.user, None)

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["sanne@example.com"]
    assert "Eva Jansen thanked you" in email.subject
    assert "Your course saved my afternoon!" in email.body
    assert f"http://testserver{sanne.url}#thanks" in email.body

    html = client.get(sanne.url).content.decode()
    assert "Your course saved my afternoon!" in html
    assert "Eva Jansen" in html


def test_thanks_can_be_for_a_page(client_as, sanne, home, django_capture_on_commit_callbacks):
    client = client_as("employee")
    form = client.get(f"{sanne.url}?for={home.pk}").content.decode()
    assert f"For “{home.title}”" in form

    with django_capture_on_commit_callbacks(execute=True):
        thank(client, sanne, page=home.pk)

    assert Kudos.objects.get().page.pk == home.pk
    assert f"for “{home.title}”" in client.get(sanne.url).content.decode()
    assert home.title in mail.outbox[0].body


def test_a_page_that_is_not_live_is_refused(client_as, sanne, home):
    home.unpublish()
    response = thank(client_as("employee"), sanne, page=home.pk)
    assert response.status_code == 400
    assert not Kudos.objects.exists()


def test_nobody_thanks_themselves(client_as, sanne):
    client = client_as("expert", username="sanne")
    assert 'class="kudos-form"' not in client.get(sanne.url).content.decode()

    response = thank(client, sanne, message="I am great")

    assert response.status_code == 400
    assert "You cannot thank yourself" in response.content.decode()
    assert not Kudos.objects.exists()
    assert mail.outbox == []


def test_thanks_are_rate_limited_per_sender_and_keep_the_text(client_as, sanne, make_user, make_profile):
    client = client_as("employee")
    for n in range(KUDOS_PER_HOUR):
        assert thank(client, sanne, message=f"Thanks {n}").status_code == 302

    response = thank(client, sanne, message="One more heartfelt thanks")

    assert response.status_code == 429
    html = response.content.decode()
    assert f"You have sent {KUDOS_PER_HOUR} thanks in the last hour" in html
    assert "One more heartfelt thanks" in html
    assert Kudos.objects.count() == KUDOS_PER_HOUR
    # Someone else may still send theirs.
    assert thank(client_as("employee", username="other"), sanne).status_code == 302


def test_an_empty_or_huge_message_is_refused_with_a_message(client_as, sanne):
    client = client_as("employee")
    assert "This field is required" in thank(client, sanne, message="").content.decode()
    response = thank(client, sanne, message="x" * 5000)
    assert response.status_code == 400
    assert "at most 500 characters" in response.content.decode()
    assert not Kudos.objects.exists()


def test_thanking_needs_a_post(client_as, sanne):
    assert client_as("employee").get(f"{sanne.url}thank/").status_code == 405


def test_moderators_hide_thanks_in_the_admin(client_as, sanne, make_user):
    kudos = KudosFactory(sender=make_user(username="fan"), recipient=sanne.user, message="Rude words")
    moderator = client_as("moderator")
    assert "Rude words" in moderator.get("/admin/people/kudos/").content.decode()

    response = moderator.post(f"/admin/people/kudos/edit/{kudos.pk}/", {"hidden": "on"})

    assert response.status_code == 302
    kudos.refresh_from_db()
    assert kudos.hidden and kudos.message == "Rude words"
    assert "Rude words" not in client_as("employee").get(sanne.url).content.decode()


def test_experts_cannot_moderate_thanks(client_as):
    assert client_as("expert").get("/admin/people/kudos/").status_code in (302, 403)


def test_a_deleted_sender_shows_as_former_colleague(client_as, sanne, make_user):
    fan = make_user(username="fan")
    KudosFactory(sender=fan, recipient=sanne.user, message="Thanks!")
    fan.delete()
    html = client_as("employee").get(sanne.url).content.decode()
    assert "Former colleague" in html and "Thanks!" in html


def test_a_restricted_page_is_never_named_in_thanks(client_as, sanne):
    secret = InfoPageFactory(title="Secret reorganisation", slug="secret")
    PageViewRestrictionFactory(page=secret, restriction_type="login")
    client = client_as("employee")

    assert "Secret reorganisation" not in client.get(f"{sanne.url}?for={secret.pk}").content.decode()
    response = thank(client, sanne, page=secret.pk)
    assert response.status_code == 400
    assert not Kudos.objects.exists()
