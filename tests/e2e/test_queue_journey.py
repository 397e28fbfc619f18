"""A moderator works through the L&D queue in a real browser: from the count on the
admin home to the queue; assigns a new request to the expert whose expertise matches;
confirms a flagged course is still correct; turns a search that found nothing into a
learning request that keeps the query. The expert then finds the request on their
own admin home, and the queue reads well on a phone. A moderator also narrows the
queue by kind and marks an item handled with a note."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from guidance.models import LearningRequest
from hub.authoring.models import ContentFlag
from hub.queue.models import HandledQueueItem
from learning.models import CourseIndexPage
from tests.factories import (
    ContentFlagFactory,
    CourseFactory,
    ExpertProfileFactory,
    LearningRequestFactory,
    QueryLogFactory,
)
from tests.factories.hub import in_default_language

from .checks import assert_accessible, assert_no_horizontal_scroll
from .pages import AdminHome, QueuePage, RequestForm

REQUEST = "Excel pivot tables for the monthly budget"
COURSE = "Spreadsheet basics"


@pytest.fixture
def queue_content(hub_site):
    User = get_user_model()
    expert, employee = User.objects.get(username="expert"), User.objects.get(username="employee")
    courses = in_default_language(CourseIndexPage, slug="courses")
    course = CourseFactory(
        parent=courses,
        title=COURSE,
        owner=expert,
        topics=["Excel"],
        review_by=timezone.localdate() + datetime.timedelta(days=200),
    )
    ContentFlagFactory(page=course, reported_by=employee, reason="The screenshots show the old ribbon.")
    ExpertProfileFactory(
        user=expert, title="Sanne de Vries", slug="sanne", job_title="Finance trainer", expertise=["Excel"]
    )
    LearningRequestFactory(
        title=REQUEST,
        description="Our team leads rebuild the budget overview in Excel by hand each month.",
        audience="Team leads",
        requester=employee,
        created_at=timezone.now() - datetime.timedelta(days=12),
    )
    for days_back, searches in ((8, 3), (2, 2)):
        QueryLogFactory(
            day=timezone.localdate() - datetime.timedelta(days=days_back), query="payroll", searches=searches
        )
    return hub_site


def test_moderator_works_through_the_queue(make_context, queue_content, screenshots):
    context, problems = make_context()
    home = AdminHome.open_as(context.new_page(), "moderator")
    page = home.page

    # The admin home counts what waits, by kind, and links to the queue.
    expect(home.queue.text("3 items wait for a person.")).to_be_visible()
    queue = home.open_queue()
    expect(queue.heading).to_be_visible()
    expect(queue.caption).to_be_visible()
    expect(queue.caption).to_have_text("3 items wait for a person, oldest first")
    expect(queue.rows).to_have_count(3)
    request_row = queue.row(REQUEST)
    expect(request_row).to_contain_text("Experts who know this: Sanne de Vries (Excel)")
    expect(request_row).to_contain_text("Nobody")
    page.screenshot(path=screenshots / "ld-queue.png", full_page=True)
    assert_accessible(page)
    problems.assert_none(page)

    # Assign the request to the suggested expert.
    assign = queue.assign(REQUEST)
    expect(assign.heading_for(REQUEST)).to_be_visible()
    assert_accessible(page)
    queue = assign.assign_to("Sanne de Vries (Excel)")
    expect(queue.message("is assigned to Sanne de Vries, who will hear of it by e-mail")).to_be_visible()
    expect(queue.row(REQUEST)).to_contain_text("Sanne de Vries")
    assert LearningRequest.objects.get(title=REQUEST).claimed_by.username == "expert"

    # The flagged course is still correct: confirmed from the queue, it leaves it.
    flagged_row = queue.row(COURSE)
    expect(flagged_row).to_contain_text("1 reader flagged it")
    queue.act(flagged_row, "Still correct")
    expect(queue.message(f"Thank you. “{COURSE}” is marked as checked")).to_be_visible()
    expect(queue.row(COURSE)).to_have_count(0)
    assert not ContentFlag.objects.open().exists()

    # The search that found nothing becomes a learning request that keeps the query.
    search_row = queue.item("searches:payroll")
    expect(search_row).to_contain_text("5 searches found nothing")
    queue.act(search_row, "Turn into a learning request")
    form = RequestForm(page)
    expect(page).to_have_url(re.compile(r"/requests/new/\?"))
    expect(form.title).to_have_value("payroll")
    expect(form.description).to_have_value(re.compile("searched the hub for “payroll” 5 times"))
    form.fill(title="Payroll and payslips explained", audience="Everyone who reads a payslip")
    request_page = form.submit()
    expect(request_page.heading).to_have_text("Payroll and payslips explained")
    assert LearningRequest.objects.get(title="Payroll and payslips explained").search_query == "payroll"
    problems.assert_none(page)

    queue = QueuePage(page).open()
    expect(queue.item("searches:payroll")).to_have_count(0)
    expect(queue.row("Payroll and payslips explained")).to_have_count(1)
    problems.assert_none(page)

    # The expert finds the request assigned to them on their own admin home.
    expert_context, expert_problems = make_context(phone=True)
    expert_home = AdminHome.open_as(expert_context.new_page(), "expert")
    expert = expert_home.page
    expect(expert_home.waiting_for_you.heading).to_be_visible()
    expect(expert_home.waiting_for_you.link(REQUEST)).to_be_visible()
    expert_queue = QueuePage(expert).open()
    expect(expert_queue.rows).to_have_count(1)
    # Marking handled is the moderators' (queue.mark_handled_toggles finds theirs below).
    expect(expert_queue.mark_handled_toggles).to_have_count(0)
    # Once the table stacks into cards, its caption still reads across the screen,
    # not a word per line.
    caption = expert_queue.caption.bounding_box()
    table = expert_queue.table_region.bounding_box()
    assert caption["width"] >= table["width"] - 1, (caption, table)
    expert.screenshot(path=screenshots / "ld-queue-expert-phone.png", full_page=True)
    assert_no_horizontal_scroll(expert)
    assert_accessible(expert)
    expert_problems.assert_none(expert)


def test_moderator_filters_the_queue_and_marks_an_item_handled(make_context, queue_content):
    context, problems = make_context()
    queue = QueuePage.open_as(context.new_page(), "moderator")
    page = queue.page
    expect(queue.mark_handled_toggles).to_have_count(3)

    # Only the searches that found nothing.
    queue.filter_by(kinds=["Searches that found nothing"])
    expect(page).to_have_url(re.compile(r"kind=searches"))
    expect(queue.rows).to_have_count(1)
    expect(queue.item("searches:payroll")).to_be_visible()
    assert_accessible(page)

    # Handled with a note, it leaves the queue; the filter stays.
    queue.mark_handled(queue.item("searches:payroll"), "Payroll questions go to HR's own pages.")
    expect(queue.message(re.compile(r"payroll.* is marked as handled\."))).to_be_visible()
    expect(page).to_have_url(re.compile(r"kind=searches"))
    expect(queue.rows).to_have_count(0)
    assert HandledQueueItem.objects.get(source="searches", ref="payroll").note == (
        "Payroll questions go to HR's own pages."
    )

    queue.clear_filters()
    expect(queue.rows).to_have_count(2)
    assert_accessible(page)
    problems.assert_none(page)
