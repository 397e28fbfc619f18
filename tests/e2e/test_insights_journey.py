"""A moderator reads the L&D insights on a phone: charts with their tables, nothing
wider than the screen, a CSV download; an expert is turned away."""

import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from learning.models import CourseIndexPage, Enrolment
from search.models import QueryLog
from tests.learning.factories import CourseFactory

from .checks import assert_accessible, assert_no_horizontal_scroll
from .demo import PASSWORD
from .pages import SignInPage


def sign_in(page, username):
    SignInPage(page).open().expect_loaded().sign_in(username, PASSWORD)


def test_moderator_reads_insights_on_a_phone(make_context, screenshots, hub_site):
    course = CourseFactory(parent=CourseIndexPage.objects.get(slug="courses"), title="Pivot tables")
    Enrolment.objects.update_or_create(
        user=get_user_model().objects.get(username="employee"),
        course=course,
        defaults={"course_title": course.title, "completed_at": timezone.now(), "credited_minutes": 20},
    )
    QueryLog.objects.create(day=timezone.localdate(), query="nothing here", searches=1, hits=0)
    QueryLog.objects.create(day=timezone.localdate(), query="pivot", searches=3, hits=2)
    context, problems = make_context(phone=True)
    page = context.new_page()
    sign_in(page, "moderator")

    page.goto("/admin/insights/")
    expect(page.get_by_role("heading", name="Learning time and completions")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile(r"^Completions \(number\)"))).to_be_visible()
    table = page.get_by_role("table", name="Searches that found nothing per month")
    expect(table.get_by_role("row").last).to_contain_text("25.0")
    assert_no_horizontal_scroll(page)
    page.screenshot(path=screenshots / "admin-insights-phone.png", full_page=True)
    assert_accessible(page)
    problems.assert_none(page)

    page.get_by_label("Period").select_option("6")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"months=6"))
    expect(
        page.get_by_role("table", name="Learning time and completions per month").get_by_role("row")
    ).to_have_count(7)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download “Learning time and completions” as CSV").click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Month,Learning time (hours),Completions (number)"
    assert lines[-1] == f"{timezone.localdate():%Y-%m},0.0,1"
    problems.assert_none(page)


def test_expert_is_turned_away_from_insights(page_and_problems, hub_site):
    page, problems = page_and_problems
    sign_in(page, "expert")
    page.goto("/admin/insights/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    problems.assert_none(page)
