import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from hub.accounts.roles import ALL_ROLES, EMPLOYEE
from tests.factories import UserFactory


@pytest.mark.django_db
def test_the_four_roles_exist_as_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ALL_ROLES)


@pytest.mark.django_db
def test_every_new_account_is_an_employee():
    user = UserFactory(username="newcomer")

    assert list(user.groups.values_list("name", flat=True)) == [EMPLOYEE]


def admin_status(client, url):
    """Wagtail answers a refused admin request with a redirect or a 403."""
    return client.get(url).status_code


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "can_open_admin"),
    [("employee", False), ("expert", True), ("moderator", True), ("admin", True)],
)
def test_only_experts_and_up_open_the_admin(client_as, role, can_open_admin):
    response = client_as(role).get("/admin/")

    if can_open_admin:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "can_edit"),
    [("expert", False), ("moderator", True), ("admin", True)],
)
def test_curating_the_home_page(client_as, home, role, can_edit):
    client = client_as(role)

    response = client.get(f"/admin/pages/{home.pk}/edit/")

    assert (response.status_code == 200) is can_edit


@pytest.mark.django_db
def test_moderator_publishes_a_home_page_change(client_as, home):
    client = client_as("moderator")
    edit_url = f"/admin/pages/{home.pk}/edit/"
    form = client.get(edit_url).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and not isinstance(value, list)
    }
    data.update(
        {
            "title": "Learning hub",
            "slug": "home",
            "intro": '{"blocks":[{"key":"a","type":"unstyled","text":"Fresh intro","depth":0,'
            '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
            "start_here_text": "Begin",
            "featured_items-TOTAL_FORMS": "0",
            "featured_items-INITIAL_FORMS": "0",
            "featured_items-MIN_NUM_FORMS": "0",
            "featured_items-MAX_NUM_FORMS": "6",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-publish": "publish",
        }
    )

    response = client.post(edit_url, data)

    assert response.status_code == 302, response.content[:2000]
    home.refresh_from_db()
    assert "Fresh intro" in home.intro
    assert home.live_revision.user.username == "moderator"


@pytest.mark.django_db
def test_expert_cannot_change_the_home_page_by_a_crafted_post(client_as, home):
    before = home.intro
    response = client_as("expert").post(
        f"/admin/pages/{home.pk}/edit/", {"title": "Hacked", "slug": "home", "action-publish": "publish"}
    )

    assert response.status_code in (302, 403)
    home.refresh_from_db()
    assert home.title != "Hacked"
    assert home.intro == before


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["expert", "moderator"])
def test_users_groups_and_site_settings_are_for_administrators_only(client_as, home, role):
    client = client_as(role)
    site_id = home.get_site().pk

    for url in [
        "/admin/users/",
        "/admin/groups/",
        f"/admin/settings/hub/hubsettings/{site_id}/",
        "/admin/sites/",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403), url


@pytest.mark.django_db
def test_administrator_changes_site_settings(client_as, home):
    client = client_as("admin")
    site_id = home.get_site().pk

    response = client.get(f"/admin/settings/hub/hubsettings/{site_id}/")

    assert response.status_code == 200


@pytest.mark.django_db
def test_expert_cannot_delete_or_move_pages(client_as, home):
    client = client_as("expert")
    page = Page.objects.get(slug="accessibility", locale__language_code="en")

    assert client.post(f"/admin/pages/{page.pk}/delete/").status_code in (302, 403)
    assert Page.objects.filter(pk=page.pk).exists()
