"""The header's section links are cached per site and language (hub/navigation.py)
and follow the page tree: publishing, unpublishing, moving or deleting a page
rebuilds them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.models import CourseIndexPage


def nav_html(client, language="en"):
    html = client.get("/search/", headers={"accept-language": language}).content.decode()
    return html[html.index('class="main-nav"') : html.index("main-nav__account")]


@pytest.mark.django_db
def test_section_links_follow_the_tree(client_as):
    client = client_as("employee")
    index = CourseIndexPage.objects.get(slug="courses")
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
    index = CourseIndexPage.objects.get(slug="courses")
    index.save_revision().publish()  # forgets the cached links
    with CaptureQueriesContext(connection) as rebuilt:
        client.get("/search/")

    # The section index pages (courses, guidance) are looked up again; the experts'
    # index is looked up for "My profile" in any case.
    assert len(rebuilt) >= len(first) + 2
