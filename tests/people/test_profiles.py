"""Experts create and edit their own profile, and no one else's."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from people.models import ExpertProfilePage

from .conftest import png_bytes

pytestmark = pytest.mark.django_db

ME = "/experts/me/"


def profile_data(**overrides):
    data = {
        "title": "Sanne de Vries",
        "job_title": "Team lead",
        "department": "Customer service",
        "region": "benelux",
        "languages": ["nl", "en"],
        "bio": "I like spreadsheets.\n\nAnd <b>people</b>.",
        "expertise": "Excel, Onboarding",
        "ask_me_about": "Pivot tables",
        "chat_url": "https://chat.example.com/sanne",
    }
    data.update(overrides)
    return data


def test_first_visit_offers_a_form_prefilled_from_the_account(client_as):
    client = client_as("expert", first_name="Sanne", last_name="de Vries")
    response = client.get(ME)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Create your profile" in html
    assert 'value="Sanne de Vries"' in html


def test_expert_creates_their_profile_published_without_review(client_as, make_user):
    client = client_as("expert", first_name="Sanne", last_name="de Vries")
    response = client.post(ME, profile_data())

    profile = ExpertProfilePage.objects.get(user__username="expert")
    assert response.status_code == 302
    assert response["Location"] == profile.url == "/experts/sanne-de-vries/"
    assert profile.live and not profile.has_unpublished_changes
    assert profile.owner.username == "expert"
    assert sorted(t.name for t in profile.expertise.all()) == ["Excel", "Onboarding"]
    assert [language.code for language in profile.spoken_languages.all()] == ["nl", "en"]
    # Plain text becomes paragraphs; what people type is escaped, never markup.
    assert profile.bio == "<p>I like spreadsheets.</p><p>And &lt;b&gt;people&lt;/b&gt;.</p>"

    page = client.get(profile.url).content.decode()
    assert "Team lead" in page and "Excel" in page and "Dutch" in page
    assert "Edit your profile" in page


def test_editing_shows_the_current_values_and_saves_changes(client_as, make_profile, make_user):
    user = make_user("expert")
    make_profile(user, expertise=["Excel"], job_title="Analyst", bio="<p>Old</p>")
    client = client_as("expert")
    assert 'value="Analyst"' in client.get(ME).content.decode()

    client.post(ME, profile_data(job_title="Senior analyst", expertise="Excel, SQL"))

    profile = ExpertProfilePage.objects.get(user=user)
    assert profile.job_title == "Senior analyst"
    assert sorted(t.name for t in profile.expertise.all()) == ["Excel", "SQL"]
    assert ExpertProfilePage.objects.count() == 1


def test_a_crafted_post_cannot_change_someone_elses_profile(client_as, make_profile, make_user):
    other = make_user("expert", username="lotte")
    theirs = make_profile(other, job_title="Privacy officer")
    client = client_as("expert", username="sanne")

    # Extra fields naming the other person or page are ignored: the view edits only
    # the signed-in person's profile.
    client.post(
        ME, profile_data(user=other.pk, page=theirs.pk, pk=theirs.pk, id=theirs.pk, job_title="Hacked")
    )

    theirs.refresh_from_db()
    assert theirs.job_title == "Privacy officer"
    assert theirs.user == other
    assert ExpertProfilePage.objects.get(user__username="sanne").job_title == "Hacked"


def test_experts_cannot_edit_or_publish_another_profile_in_the_admin(client_as, make_profile, make_user):
    theirs = make_profile(make_user("expert", username="lotte"), job_title="Privacy officer")
    client = client_as("expert", username="sanne")

    assert client.get(f"/admin/pages/{theirs.pk}/edit/").status_code in (302, 403)
    response = client.post(
        f"/admin/pages/{theirs.pk}/edit/", {"title": "Hacked", "job_title": "Hacked", "action-publish": "1"}
    )
    assert response.status_code in (302, 403)
    theirs.refresh_from_db()
    assert theirs.job_title == "Privacy officer"
    assert client.post(f"/admin/pages/{theirs.pk}/unpublish/").status_code in (302, 403)
    theirs.refresh_from_db()
    assert theirs.live


def test_moderators_can_unpublish_any_profile(client_as, make_profile, make_user):
    theirs = make_profile(make_user("expert", username="lotte"))
    client = client_as("moderator")
    assert client.get(f"/admin/pages/{theirs.pk}/edit/").status_code == 200
    client.post(f"/admin/pages/{theirs.pk}/unpublish/")
    theirs.refresh_from_db()
    assert not theirs.live


def test_an_unpublished_profile_stays_offline_when_its_owner_edits_it(client_as, make_profile, make_user):
    user = make_user("expert")
    profile = make_profile(user)
    profile.unpublish()
    client = client_as("expert")

    response = client.post(ME, profile_data(job_title="Changed"), follow=True)

    profile.refresh_from_db()
    assert not profile.live
    assert "took your profile offline" in response.content.decode()


def test_employees_are_told_profiles_are_for_experts(client_as):
    client = client_as("employee")
    response = client.get(ME)
    assert response.status_code == 403
    assert "Profiles are for experts" in response.content.decode()
    assert client.post(ME, profile_data()).status_code == 403
    assert not ExpertProfilePage.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"bio": "x" * 5000}, "at most 1000 characters"),
        ({"job_title": ""}, "This field is required"),
        ({"chat_url": "javascript:alert(1)"}, "Enter a valid URL"),
        ({"region": "mars"}, "Select a valid choice"),
        ({"languages": ["klingon"]}, "Select a valid choice"),
        ({"expertise": ", ".join(f"topic {n}" for n in range(20))}, "at most 12"),
    ],
)
def test_bad_input_gets_a_clear_message_and_keeps_what_was_typed(client_as, overrides, message):
    client = client_as("expert")
    response = client.post(ME, profile_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "Pivot tables" in html  # what they typed is still there
    assert not ExpertProfilePage.objects.exists()


def test_photo_upload_needs_a_description_and_makes_renditions(client_as):
    client = client_as("expert")
    photo = SimpleUploadedFile("me.png", png_bytes(), content_type="image/png")
    response = client.post(ME, {**profile_data(), "photo": photo})
    assert response.status_code == 400
    assert "Describe the photo" in response.content.decode()

    photo = SimpleUploadedFile("me.png", png_bytes(), content_type="image/png")
    client.post(ME, {**profile_data(), "photo": photo, "photo_alt_text": "Sanne at her desk"})
    profile = ExpertProfilePage.objects.get()
    assert profile.photo is not None
    html = client.get(profile.url).content.decode()
    assert 'alt="Sanne at her desk"' in html
    assert profile.photo.renditions.exists()


def test_an_invalid_image_is_refused_with_a_message(client_as):
    client = client_as("expert")
    fake = SimpleUploadedFile("me.png", b"not an image at all", content_type="image/png")
    response = client.post(ME, {**profile_data(), "photo": fake, "photo_alt_text": "Me"})
    assert response.status_code == 400
    assert "image" in response.content.decode().lower()
    assert not ExpertProfilePage.objects.exists()


def test_email_is_shown_only_when_the_expert_chooses(client_as, make_profile, make_user):
    hidden = make_profile(make_user("expert", username="quiet"), show_email=False)
    shown = make_profile(make_user("expert", username="open"), show_email=True)
    client = client_as("employee")
    assert "quiet@example.com" not in client.get(hidden.url).content.decode()
    assert "mailto:open@example.com" in client.get(shown.url).content.decode()
