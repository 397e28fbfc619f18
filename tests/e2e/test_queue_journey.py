"""A moderator works through the L&D queue in a real browser: from the count on the
admin home to the queue; assigns a new request to the expert whose expertise matches;
confirms a flagged course is still correct; turns a search that found nothing into a
learning request that keeps the query. The expert then finds the request on their
own admin home, and the queue reads well on a phone."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from guidance.models import LearningRequest
from hub.authoring.models import ContentFlag
from learning.models import CourseIndexPage
from people.models import ExpertIndexPage, ExpertProfilePage
from search.models import QueryLog
from tests.learning.factories import CourseFactory

from .checks import assert_accessible, assert_no_horizontal_scroll
from .demo import PASSWORD
from .pages import SignInPage

REQUEST = "Excel pivot tables for the monthly budget"
COURSE = "Spreadsheet basics"


@pytest.fixture
def queue_content(hub_site):
    User = get_user_model()
    expert, employee = User.objects.get(username="expert"), User.objects.get(username="employee")
    courses = CourseIndexPage.objects.get(slug="courses")
    course = CourseFactory(
        parent=courses,
        title=COURSE,
        owner=expert,
        topics=["Excel"],
        review_by=timezone.localdate() + datetime.timedelta(days=200),
    )
    ContentFlag.objects.create(
        page=course, reported_by=employee, reason="The screenshots show the old ribbon."
    )
    profile = ExpertProfilePage(
        title="Sanne de Vries", slug="sanne", user=expert, owner=expert, job_title="Finance trainer"
    )
    profile.expertise.add("Excel")
    ExpertIndexPage.objects.get(slug="experts").add_child(instance=profile)
    profile.save_revision(user=expert).publish(user=expert, skip_permission_checks=True)
    LearningRequest.objects.create(
        title=REQUEST,
        description="Our team leads rebuild the budget overview in Excel by hand each month.",
        audience="Team leads",
        requester=employee,
        created_at=timezone.now() - datetime.timedelta(days=12),
    )
    for days_back, searches in ((8, 3), (2, 2)):
        QueryLog.objects.create(
            day=timezone.localdate() - datetime.timedelta(days=days_back), query="payroll", searches=searches
        )
    return hub_site


def sign_in(context, username, path="/admin/"):
    page = context.new_page()
    page.goto(path)
    sign_in_page = SignInPage(page).expect_loaded()
    sign_in_page.username.fill(username)
    sign_in_page.password.fill(PASSWORD)
    with page.expect_navigation():
        sign_in_page.submit.click()
    return page


def rows(page):
    return page.locator(".ld-queue-table tbody tr")


def row(page, text):
    return rows(page).filter(has_text=text)


def test_moderator_works_through_the_queue(make_context, queue_content, screenshots):
    context, problems = make_context()
    page = sign_in(context, "moderator")

    # The admin home counts what waits, by kind, and links to the queue.
    expect(page.get_by_text("3 items wait for a person.")).to_be_visible()
    page.get_by_role("link", name="Open the L&D queue").click()
    expect(page.get_by_role("heading", name="L&D queue")).to_be_visible()
    expect(page.get_by_text("3 items wait for a person, oldest first")).to_be_visible()
    expect(rows(page)).to_have_count(3)
    request_row = row(page, REQUEST)
    expect(request_row).to_contain_text("Experts who know this: Sanne de Vries (Excel)")
    expect(request_row).to_contain_text("Nobody")
    page.screenshot(path=screenshots / "ld-queue.png", full_page=True)
    assert_accessible(page)
    problems.assert_none(page)

    # Assign the request to the suggested expert.
    request_row.get_by_role("link", name=re.compile("^Assign to an expert")).click()
    expect(page.get_by_role("heading", name=re.compile("Assign “Excel pivot tables"))).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Expert").select_option(label="Sanne de Vries (Excel)")
    page.get_by_role("button", name="Assign", exact=True).click()
    expect(page.get_by_text("is assigned to Sanne de Vries, who will hear of it by e-mail")).to_be_visible()
    expect(row(page, REQUEST)).to_contain_text("Sanne de Vries")
    assert LearningRequest.objects.get(title=REQUEST).claimed_by.username == "expert"

    # The flagged course is still correct: confirmed from the queue, it leaves it.
    flagged_row = row(page, COURSE)
    expect(flagged_row).to_contain_text("1 reader flagged it")
    flagged_row.get_by_role("button", name=re.compile("^Still correct")).click()
    expect(page.get_by_text(f"Thank you. “{COURSE}” is marked as checked")).to_be_visible()
    expect(row(page, COURSE)).to_have_count(0)
    assert not ContentFlag.objects.open().exists()

    # The search that found nothing becomes a learning request that keeps the query.
    search_row = page.locator('[data-queue-item="searches:payroll"]')
    expect(search_row).to_contain_text("5 searches found nothing")
    search_row.get_by_role("link", name=re.compile("^Turn into a learning request")).click()
    expect(page).to_have_url(re.compile(r"/requests/new/\?"))
    expect(page.get_by_label("Title")).to_have_value("payroll")
    expect(page.get_by_label("What you need")).to_have_value(
        re.compile("searched the hub for “payroll” 5 times")
    )
    page.get_by_label("Title").fill("Payroll and payslips explained")
    page.get_by_label("Who it is for").fill("Everyone who reads a payslip")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_role("heading", name="Payroll and payslips explained")).to_be_visible()
    assert LearningRequest.objects.get(title="Payroll and payslips explained").search_query == "payroll"
    problems.assert_none(page)

    page.goto("/admin/hub/queue/")
    expect(page.locator('[data-queue-item="searches:payroll"]')).to_have_count(0)
    expect(row(page, "Payroll and payslips explained")).to_have_count(1)
    problems.assert_none(page)

    # The expert finds the request assigned to them on their own admin home.
    expert_context, expert_problems = make_context(phone=True)
    expert = sign_in(expert_context, "expert")
    expect(expert.get_by_role("heading", name="Waiting for you")).to_be_visible()
    expect(expert.get_by_role("link", name=REQUEST)).to_be_visible()
    expert.goto("/admin/hub/queue/")
    expect(rows(expert)).to_have_count(1)
    expect(expert.get_by_role("button", name=re.compile("Mark handled"))).to_have_count(0)
    # Once the table stacks into cards, its caption still reads across the screen,
    # not a word per line.
    caption = expert.locator(".ld-queue-table caption").bounding_box()
    table = expert.locator(".ld-queue-table").bounding_box()
    assert caption["width"] >= table["width"] - 1, (caption, table)
    expert.screenshot(path=screenshots / "ld-queue-expert-phone.png", full_page=True)
    assert_no_horizontal_scroll(expert)
    assert_accessible(expert)
    expert_problems.assert_none(expert)
