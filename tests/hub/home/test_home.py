import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.demo.bulk import generate_pages
from hub.navigation.models import HubSettings
from tests.conftest import ROLES
from tests.factories import HomeFeaturedItemFactory, InfoPageFactory, PageViewRestrictionFactory


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_home_page_for_each_role(client_as, role):
    response = client_as(role, first_name="Robin").get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Welcome, Robin" in html
    # Every section is one click away, the learning team's contact included.
    assert 'href="/search/"' in html
    assert 'href="/contact/"' in html
    # Only people who may open the admin get a link to it.
    assert ('href="/admin/"' in html) is (role != "employee")


@pytest.mark.django_db
def test_featured_items_show_live_open_pages_only(client_as, home):

    live = InfoPageFactory(title="A live guide")
    draft = InfoPageFactory(title="A draft guide", draft=True)
    restricted = InfoPageFactory(title="A board guide")
    PageViewRestrictionFactory(page=restricted)
    HomeFeaturedItemFactory(home=home, page=live, blurb="Read me first", sort_order=0)
    HomeFeaturedItemFactory(home=home, page=draft, sort_order=1)
    HomeFeaturedItemFactory(home=home, page=restricted, blurb="Board only", sort_order=2)

    html = client_as("employee").get("/").content.decode()

    assert "A live guide" in html
    assert "Read me first" in html
    assert "A draft guide" not in html
    assert "A board guide" not in html and "Board only" not in html


@pytest.mark.django_db
def test_home_page_says_what_to_do_when_nothing_is_featured(client_as):
    html = client_as("employee").get("/").content.decode()

    assert "Nothing is featured yet" in html


@pytest.mark.django_db
def test_learning_team_contact_comes_from_site_settings(client_as, home):
    settings = HubSettings.for_site(home.get_site())
    settings.learning_team_name = "People Development"
    settings.learning_team_email = "grow@example.com"
    settings.learning_team_chat_url = "https://chat.example.com/grow"
    settings.save()

    client = client_as("employee")
    footer = client.get("/").content.decode()
    contact = client.get("/contact/").content.decode()

    assert "mailto:grow@example.com" in footer
    assert "People Development" in contact
    assert "https://chat.example.com/grow" in contact


@pytest.mark.django_db
def test_footer_links_the_accessibility_statement(client_as):
    client = client_as("employee")

    html = client.get("/").content.decode()

    assert 'href="/accessibility/"' in html
    assert client.get("/accessibility/").status_code == 200


def count_home_queries(client):
    """Queries of a home page built from scratch: the shared panels' HTML would hide
    theirs."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_home_page_queries_do_not_grow_with_the_number_of_pages(client_as, home):
    client = client_as("employee")
    parent = InfoPageFactory(title="Generated pages")
    generate_pages(parent, 5)
    for order, page in enumerate(parent.get_children()[:2]):
        HomeFeaturedItemFactory(home=home, page=page, sort_order=order)
    count_home_queries(client)  # warm the per-process caches (content types, site)
    few = count_home_queries(client)

    generate_pages(parent, 300)
    for order, page in enumerate(parent.get_children()[2:6], start=2):
        HomeFeaturedItemFactory(home=home, page=page, sort_order=order)
    many = count_home_queries(client)

    assert many == few
