"""The header's shared parts (brand and search box, the menu, the language choice) are
rendered once per worker and language ("chrome" cache, templates/includes/header.html).
What differs per page or person must still differ: the menu entry of the page's
section, the signed-in person's links and name, the search box for signed-in people
only, the page to return to after changing language."""

import re

import pytest
from django.core.cache import caches
from django.urls import reverse

from hub.navigation.menus import current_section


def current_links(html):
    """The menu labels marked as the current page."""
    nav = html[html.index('class="main-nav__list"') : html.index("main-nav__account")]
    return re.findall(r'aria-current="page">([^<]+)</a>', nav)


@pytest.mark.django_db
def test_the_menu_marks_the_section_of_each_page(client_as, course_index, make_course):
    client = client_as("employee")
    course = make_course(title="Pivot tables")

    # Each request below reuses the fragments the one before it cached.
    assert current_links(client.get("/").content.decode()) == ["Home"]
    assert current_links(client.get(course_index.url).content.decode()) == ["Courses"]
    assert current_links(client.get(course.url).content.decode()) == ["Courses"]
    assert current_links(client.get("/search/").content.decode()) == ["Search"]
    assert current_links(client.get(reverse("my_learning:index")).content.decode()) == []
    assert current_links(client.get("/").content.decode()) == ["Home"]
    assert caches["chrome"].get("hub:navigation:version") is None  # only fragments live there


@pytest.mark.django_db
def test_the_search_box_is_for_signed_in_people_only(client, client_as):
    assert 'id="site-search-q"' not in client.get("/accounts/login/").content.decode()
    assert 'id="site-search-q"' in client_as("employee").get("/").content.decode()
    assert 'id="site-search-q"' not in client.get("/accounts/login/").content.decode()


@pytest.mark.django_db
def test_the_header_speaks_the_visitors_language(client_as):
    client = client_as("employee")
    english = client.get("/search/", headers={"accept-language": "en"}).content.decode()
    dutch = client.get("/search/", headers={"accept-language": "nl"}).content.decode()

    assert ">Search the hub</label>" in english
    assert ">Zoek in de leeromgeving</label>" in dutch
    assert '<option value="en" lang="en" selected>' in english
    assert '<option value="nl" lang="nl" selected>' in dutch
    assert ">Start</a>" in dutch and ">Home</a>" in english


@pytest.mark.django_db
def test_personal_parts_are_not_shared(client_as):
    eva = client_as("employee", username="eva", first_name="Eva")
    bas = client_as("expert", username="bas", first_name="Bas")

    for _ in range(2):
        eva_html = eva.get("/search/").content.decode()
        bas_html = bas.get("/search/").content.decode()
        assert "Sign out Eva" in eva_html and "Bas" not in eva_html
        assert "Sign out Bas" in bas_html and "Eva" not in bas_html


@pytest.mark.django_db
def test_changing_language_returns_to_the_page_it_was_asked_on(client_as):
    client = client_as("employee")
    for path in ("/search/", "/search/?q=excel"):
        html = client.get(path).content.decode()
        assert f'name="next" value="{path.replace("&", "&amp;")}"' in html


def test_current_section_is_the_longest_matching_section():
    links = [{"url": "/courses/"}, {"url": "/courses/paths/"}, {"url": "/guidance/"}]
    assert current_section("/", links) == "/"
    assert current_section("/courses/excel/", links) == "/courses/"
    assert current_section("/courses/paths/data/", links) == "/courses/paths/"
    assert current_section("/guidance/", links) == "/guidance/"
    assert current_section("/search/", links) == ""
    assert current_section("/coursesx/", links) == ""
