"""The header's section links and the footer are cached per site and language
(hub/navigation.py) and follow the page tree and the settings: publishing,
unpublishing, moving or deleting a page, or saving the settings, rebuilds them."""

from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.accounts.roles import EXPERT
from learning.models import CourseIndexPage
from tests.factories.hub import in_default_language


def nav_html(client, language="en"):
    html = client.get("/search/", headers={"accept-language": language}).content.decode()
    return html[html.index('class="main-nav"') : html.index("main-nav__account")]


@pytest.mark.django_db
def test_section_links_follow_the_tree(client_as):
    client = client_as("employee")
    index = in_default_language(CourseIndexPage, slug="courses")
    assert f'href="{index.url}"' in nav_html(client)

    index.unpublish()
    assert f'href="{index.url}"' not in nav_html(client)

    index.slug = "learn"
    index.save_revision().publish()
    assert 'href="/learn/"' in nav_html(client)


@pytest.mark.django_db
def test_section_links_are_per_language(client_as):
    client = client_as("employee")
    assert ">Courses</a>" in nav_html(client, "en")
    assert ">Cursussen</a>" in nav_html(client, "nl")
    assert ">Courses</a>" in nav_html(client, "en")


@pytest.mark.django_db
def test_cached_section_links_cost_no_queries(client_as):
    client = client_as("employee")
    client.get("/search/")
    with CaptureQueriesContext(connection) as first:
        client.get("/search/")
    index = in_default_language(CourseIndexPage, slug="courses")
    index.save_revision().publish()  # forgets the cached links
    with CaptureQueriesContext(connection) as rebuilt:
        client.get("/search/")

    # The section index pages (courses, guidance) are looked up again; the experts'
    # index is looked up for "My profile" in any case.
    assert len(rebuilt) >= len(first) + 2


@pytest.mark.django_db
def test_cached_footer_follows_the_settings(client_as, home):
    from hub.navigation.models import HubSettings

    client = client_as("employee")
    assert "mailto:grow@example.com" not in client.get("/search/").content.decode()

    settings = HubSettings.for_site(home.get_site())
    settings.learning_team_email = "grow@example.com"
    settings.save()

    assert "mailto:grow@example.com" in client.get("/search/").content.decode()


def account_html(client):
    html = client.get("/search/").content.decode()
    return html[html.index("main-nav__account") : html.index("</nav>")]


@pytest.mark.django_db
def test_admin_link_follows_group_changes(client_as):
    client = client_as("employee")
    assert ">Admin</a>" not in account_html(client)

    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    user.groups.add(Group.objects.get(name=EXPERT))
    assert ">Admin</a>" in account_html(client)

    user.groups.remove(Group.objects.get(name=EXPERT))
    assert ">Admin</a>" not in account_html(client)


@pytest.mark.django_db
def test_account_links_are_per_person(client_as):
    employee, expert = client_as("employee"), client_as("expert")
    assert ">Admin</a>" not in account_html(employee)
    assert ">Admin</a>" in account_html(expert)
    assert ">Admin</a>" not in account_html(employee)
    assert ">My learning</a>" in account_html(employee)


def assert_menu_comes_from_the_cache(client):
    """Neither the permission tables (header's admin link, Wagtail's userbar) nor the
    profile lookup are read on a warm page for an employee."""
    with CaptureQueriesContext(connection) as warm:
        client.get("/search/")
    sql = " ".join(query["sql"] for query in warm.captured_queries)
    assert "auth_permission" not in sql
    assert "people_expertprofilepage" not in sql


@pytest.mark.django_db
def test_cached_account_menu_costs_no_queries(client_as):
    client = client_as("employee")
    client.get("/search/")
    assert_menu_comes_from_the_cache(client)


@pytest.mark.django_db
def test_a_page_reads_the_navigation_version_once(client_as):
    """The menu, the account links and the header's and footer's fragments all key on
    the navigation version; with a shared cache each read is a round trip."""
    from django.core.cache import cache

    from hub.navigation.menus import VERSION_KEY

    client = client_as("employee")
    client.get("/search/")
    with mock.patch("hub.navigation.menus.cache", wraps=cache) as spy:
        client.get("/search/")
    assert [c for c in spy.get.call_args_list if c.args[0] == VERSION_KEY] == [mock.call(VERSION_KEY)]


@pytest.mark.django_db
def test_a_page_reads_only_the_version_and_the_persons_menu_from_the_shared_cache(client_as):
    """With Redis every read of the default cache is a round trip: the site-wide chrome
    (section links, footer) is kept by each worker under the shared version instead."""
    from django.core.cache import caches

    from hub.navigation.menus import VERSION_KEY

    shared = caches["default"]
    client = client_as("employee")
    client.get("/search/")
    with mock.patch.object(shared, "get", wraps=shared.get) as spy:
        client.get("/search/")
    read = [call.args[0] for call in spy.call_args_list]
    assert len(read) == 2, read
    assert VERSION_KEY in read
    assert any(key.startswith("hub:account:") for key in read), read


@pytest.mark.django_db
def test_a_new_account_leaves_everyone_elses_chrome_cached(client_as, make_user):
    """Single sign-on makes an account at each first login: that must not rebuild the
    header, footer and home panels for everybody."""
    from django.core.cache import cache

    from hub.navigation.menus import VERSION_KEY

    client = client_as("employee")
    client.get("/search/")
    version = cache.get(VERSION_KEY)

    make_user("employee", username="newcomer")
    make_user("expert", username="new-expert")

    assert cache.get(VERSION_KEY) == version
    assert_menu_comes_from_the_cache(client)


@pytest.mark.django_db
def test_adding_people_to_a_group_from_the_group_side_updates_their_admin_link(client_as):
    client = client_as("employee", username="ann")
    other = client_as("employee", username="bob")
    assert ">Admin</a>" not in account_html(client)
    assert ">Admin</a>" not in account_html(other)

    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    Group.objects.get(name=EXPERT).user_set.add(user)

    assert ">Admin</a>" in account_html(client)
    assert ">Admin</a>" not in account_html(other)

    Group.objects.get(name=EXPERT).user_set.clear()
    assert ">Admin</a>" not in account_html(client)


@pytest.mark.django_db
def test_a_new_superuser_gets_the_admin_link_at_once(client_as):
    client = client_as("employee")
    assert ">Admin</a>" not in account_html(client)

    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    user.is_superuser = True
    user.save()

    assert ">Admin</a>" in account_html(client)
