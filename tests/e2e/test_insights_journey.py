"""A moderator reads the L&D insights on a phone: charts with their tables, nothing
wider than the screen, a CSV download; an expert is turned away."""

import re

from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from learning.models import CourseIndexPage, Enrolment
from tests.factories import CourseFactory, QueryLogFactory
from tests.factories.hub import in_default_language

from .checks import assert_accessible, assert_no_horizontal_scroll
from .pages import InsightsPage


def test_moderator_reads_insights_on_a_phone(make_context, screenshots, hub_site):
    course = CourseFactory(parent=in_default_language(CourseIndexPage, slug="courses"), title="Pivot tables")
    Enrolment.objects.update_or_create(
        user=get_user_model().objects.get(username="employee"),
        course=course,
        defaults={"course_title": course.title, "completed_at": timezone.now(), "credited_minutes": 20},
    )
    QueryLogFactory(query="nothing here", searches=1, hits=0)
    QueryLogFactory(query="pivot", searches=3, hits=2)
    context, problems = make_context(phone=True)
    insights = InsightsPage.open_as(context.new_page(), "moderator")
    page = insights.page

    expect(insights.heading_of("Learning time and completions")).to_be_visible()
    expect(insights.chart(re.compile(r"^Completions \(number\)"))).to_be_visible()
    expect(insights.rows("Searches that found nothing").last).to_contain_text("25.0")
    assert_no_horizontal_scroll(page)
    page.screenshot(path=screenshots / "admin-insights-phone.png", full_page=True)
    assert_accessible(page)
    problems.assert_none(page)

    insights.show_months(6)
    expect(page).to_have_url(re.compile(r"months=6"))
    expect(insights.rows("Learning time and completions")).to_have_count(7)

    lines = insights.download("Learning time and completions")
    assert lines[0] == "Month,Learning time (hours),Completions (number)"
    assert lines[-1] == f"{timezone.localdate():%Y-%m},0.0,1"
    problems.assert_none(page)


def test_expert_is_turned_away_from_insights(page_and_problems, hub_site):
    page, problems = page_and_problems
    InsightsPage.open_as(page, "expert")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    problems.assert_none(page)
