"""Expert profiles live at an address made from the person's name; profiles made at
/experts/<username>/ by earlier versions move there, and the old address redirects."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import Page

from hub.demo.users import ensure_demo_users
from people.demo import seed_experts

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("people.migrations.0004_profile_addresses_from_names")


def test_the_demo_profiles_are_at_their_names(home):
    ensure_demo_users()
    seed_experts(home)

    assert Page.objects.filter(url_path="/home/experts/sanne-de-vries/").exists()
    assert not Page.objects.filter(url_path="/home/experts/expert/").exists()


def test_a_profile_at_a_username_moves_to_the_name_and_the_old_address_redirects(
    client_as, make_user, make_profile, home
):
    sanne = make_user("expert", username="expert", first_name="Sanne", last_name="de Vries")
    profile = make_profile(sanne, slug="expert")
    assert profile.url == "/experts/expert/"
    # A draft change waits for review: the admin edits that revision next.
    profile.job_title = "Team lead"
    profile.save_revision(user=sanne)

    MIGRATION.addresses_from_names(apps, None)

    profile.refresh_from_db()
    assert profile.url == "/experts/sanne-de-vries/"
    client = client_as("employee")
    assert client.get("/experts/sanne-de-vries/").status_code == 200
    old = client.get("/experts/expert/")
    assert old.status_code == 301
    assert old["Location"].endswith("/experts/sanne-de-vries/")
    # An editor's next publish keeps the new address.
    assert profile.get_latest_revision_as_object().slug == "sanne-de-vries"


def test_a_name_already_taken_gets_a_number_and_chosen_addresses_stay(make_user, make_profile, home):
    first = make_user("expert", username="sanne1", first_name="Sanne", last_name="de Vries")
    make_profile(first, slug="sanne-de-vries")
    second = make_user("expert", username="sdv", first_name="Sanne", last_name="de Vries")
    moved = make_profile(second, slug="sdv")
    chosen = make_user("expert", username="daan", first_name="Daan", last_name="Mulder")
    kept = make_profile(chosen, slug="daan-the-forklift-man")

    MIGRATION.addresses_from_names(apps, None)

    moved.refresh_from_db()
    kept.refresh_from_db()
    assert moved.slug == "sanne-de-vries-2"
    assert kept.slug == "daan-the-forklift-man"
