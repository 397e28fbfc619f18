"""Deactivated and deleted accounts: hidden from the directory, credited as a former
colleague, and nothing breaks."""

import pytest

from people.models import ExpertProfilePage, Kudos
from tests.factories import KudosFactory

pytestmark = pytest.mark.django_db


def test_a_deactivated_experts_profile_goes_offline(client_as, make_user, make_profile):
    user = make_user("expert", username="gone", first_name="Gone", last_name="Away")
    profile = make_profile(user)
    user.is_active = False
    user.save()

    profile.refresh_from_db()
    assert not profile.live  # so search and every listing leave it out too
    employee = client_as("employee")
    assert "Gone Away" not in employee.get("/experts/").content.decode()
    assert employee.get(profile.url).status_code == 404
    assert employee.post(f"{profile.url}thank/", {"message": "Thanks"}).status_code == 404
    assert not Kudos.objects.exists()
    # Moderators still open it in the admin.
    assert client_as("moderator").get(f"/admin/pages/{profile.pk}/edit/").status_code == 200


def test_a_live_profile_of_an_account_closed_without_signals_is_still_hidden(
    client_as, make_user, make_profile
):
    user = make_user("expert", username="gone", first_name="Gone", last_name="Away")
    profile = make_profile(user)
    # A bulk update sends no signal: the profile stays live, and the views still hide it.
    type(user).objects.filter(pk=user.pk).update(is_active=False)

    employee = client_as("employee")
    assert "Gone Away" not in employee.get("/experts/").content.decode()
    assert employee.get(profile.url).status_code == 404
    moderator_view = client_as("moderator").get(profile.url)
    assert moderator_view.status_code == 200
    assert "This profile is hidden" in moderator_view.content.decode()
    assert not Kudos.objects.exists()


def test_deleting_an_account_keeps_the_page_tree_intact(client_as, make_user, make_profile, expert_index):
    user = make_user("expert", username="gone")
    profile = make_profile(user)
    KudosFactory(sender=make_user(username="fan"), recipient=user, message="Thanks")

    user.delete()

    profile = ExpertProfilePage.objects.get(pk=profile.pk)
    assert profile.user is None
    assert not profile.live
    assert not Kudos.objects.exists()  # thanks belonged to the person
    client = client_as("employee")
    assert client.get("/experts/").status_code == 200
    assert client.get(profile.url).status_code == 404
    assert client.get("/").status_code == 200
    # Moderators can still open and delete it from the admin.
    assert client_as("moderator").get(f"/admin/pages/{profile.pk}/edit/").status_code == 200
