"""The demo courses ``seed_demo`` adds, read by an employee: every block type the
course templates offer, in both languages, checked like the hub's other pages."""

import pytest
from playwright.sync_api import expect

from hub.demo.seeders import demo_seeders
from hub.home.models import HomePage
from learning.models import CoursePage

from .checks import assert_accessible
from .demo import PASSWORD
from .pages import SignInPage


@pytest.fixture
def demo_courses(hub_site):
    # The same seeders ``seed_demo`` runs after the hub's own content.
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    for seeder in demo_seeders():
        seeder.seed(home)
    return list(CoursePage.objects.live().order_by("path"))


def test_employee_reads_the_demo_courses(page_and_problems, demo_courses):
    page, problems = page_and_problems
    home = SignInPage(page).open().sign_in("employee", PASSWORD).expect_loaded()
    assert demo_courses, "seed_demo's seeders made no live course"

    home.main_nav.get_by_role("link", name="Courses").click()
    # One card per course: the two pivot-table courses are one course in two languages.
    courses = {course.translation_key for course in demo_courses}
    expect(page.get_by_role("status")).to_have_text(f"{len(courses)} courses")
    assert_accessible(page)

    for course in demo_courses:
        page.goto(course.get_url())
        expect(page.get_by_role("heading", level=1)).to_have_text(course.title)
        assert_accessible(page)
    problems.assert_none(page)
