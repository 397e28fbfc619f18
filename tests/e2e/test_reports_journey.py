"""A moderator reads this month's learning figures on the admin home and opens a report;
an expert sees their courses' feedback but no reports."""

import re

from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from learning.models import CourseIndexPage, Enrolment
from tests.factories import CourseFactory
from tests.factories.hub import in_default_language

from .checks import assert_accessible
from .pages import AdminHome, LearningByMonthReport


def test_moderator_reads_the_figures_and_a_report(page_and_problems, screenshots, hub_site):
    course = CourseFactory(parent=in_default_language(CourseIndexPage, slug="courses"), title="Pivot tables")
    learner = get_user_model().objects.get(username="employee")
    Enrolment.objects.update_or_create(
        user=learner,
        course=course,
        defaults={"course_title": course.title, "completed_at": timezone.now(), "credited_minutes": 20},
    )
    page, problems = page_and_problems
    home = AdminHome.open_as(page, "moderator")

    expect(home.learning_figures.heading).to_be_visible()
    expect(home.completions_chart).to_be_visible()
    expect(home.figures.first).not_to_have_text("0")
    page.screenshot(path=screenshots / "admin-home-learning-figures.png", full_page=True)
    expect(home.learning_figures.region).to_have_count(1)
    assert_accessible(page)
    problems.assert_none(page)

    report = home.open_reports()
    expect(report.heading).to_be_attached()
    expect(report.table).to_be_visible()
    page.screenshot(path=screenshots / "report-learning-by-month.png", full_page=True)
    assert_accessible(page)
    problems.assert_none(page)


def test_expert_sees_no_reports(page_and_problems, hub_site):
    page, problems = page_and_problems
    home = AdminHome.open_as(page, "expert")

    expect(home.learning_figures.heading).to_have_count(0)
    LearningByMonthReport(page).open()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    problems.assert_none(page)
