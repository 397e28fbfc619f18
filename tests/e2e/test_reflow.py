"""Every public page, and the L&D queue in the admin, reflows to 320 CSS pixels without
scrolling sideways (WCAG 1.4.10), in English and in Dutch, whose labels are longer. A
moderator sees the most controls."""

import pytest

from learning.models import CoursePage
from people.models import ExpertProfilePage

from .checks import assert_fits, assert_no_horizontal_scroll
from .demo import PASSWORD
from .pages import SignInPage

NARROWEST = {"width": 320, "height": 640}
PAGES = [
    "/",
    "/courses/",
    "/guidance/",
    "/experts/",
    "/requests/",
    "/requests/new/",
    "/my-learning/",
    "/contact/",
    "/search/?q=expense",
    "/search/?q=zqxjvw",
]


@pytest.mark.parametrize("language", ["English", "Nederlands"])
def test_pages_fit_320_pixels(make_context, demo_content, language):
    context, problems = make_context(phone=True)
    page = context.new_page()
    page.set_viewport_size(NARROWEST)
    page.goto("/")
    SignInPage(page).expect_loaded().sign_in("moderator", PASSWORD).choose_language(language)

    # A course has the rating form (stars and a comment box); a profile has its columns.
    course = CoursePage.objects.live().first()
    profile = ExpertProfilePage.objects.live().first()
    for path in [*PAGES, course.url, profile.url]:
        page.goto(path)
        assert_no_horizontal_scroll(page)

    # The L&D queue in the admin, whose main area clips what is too wide rather than
    # scrolling: a choice as wide as its longest option would be cut off.
    page.goto("/admin/hub/queue/")
    assert_no_horizontal_scroll(page)
    assert_fits(page, ".ld-queue-filters select, .ld-queue-filters button")
    problems.assert_none(page)


def test_a_long_query_wraps_in_the_search_reports(make_context, demo_content):
    """Anyone can search for 200 characters without a space; on a desktop the report's
    counts stay in view beside it."""
    from search.models import QueryLog

    QueryLog.record("x" * 200, 0)
    context, problems = make_context()
    page = context.new_page()
    page.goto("/")
    SignInPage(page).expect_loaded().sign_in("moderator", PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 800})
    for path in ("/admin/reports/search/top/", "/admin/reports/search/nothing-found/"):
        page.goto(path)
        assert_fits(page, "table th, table td")
    problems.assert_none(page)
