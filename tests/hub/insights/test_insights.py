"""The L&D insights (/admin/insights/): every series against a known data set, the page,
its CSV exports, who may see it, bad input and the number of queries."""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import PageLogEntry, Revision

from guidance.models import LearningRequest
from hub.authoring.models import VERIFY_ACTION
from hub.insights.base import charts, month_starts, rankings
from hub.ops.exports import safe_cell
from tests.factories import (
    ActiveTimeFactory,
    CourseFactory,
    EnrolmentFactory,
    GuidancePageFactory,
    LearningRequestFactory,
    QueryLogFactory,
    TopicFactory,
    UserFactory,
)

URL = "/admin/insights/"
JAN, FEB, MAR = datetime.date(2025, 1, 1), datetime.date(2025, 2, 1), datetime.date(2025, 3, 1)
MONTHS = [JAN, FEB, MAR]


def at(day, hour=12):
    """``day`` at ``hour`` o'clock in the hub's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def d(text):
    return datetime.date.fromisoformat(text)


def chart(key):
    return {item.key: item for item in charts()}[key]


def ranking(key):
    return {item.key: item for item in rankings()}[key]


def revision(page, user, when):
    saved = page.save_revision(user=user)
    Revision.objects.filter(pk=saved.pk).update(created_at=when)


def request(title, created, closed=None, status=LearningRequest.Status.NEW, answered_by=None, description=""):
    return LearningRequestFactory(
        title=title,
        description=description or "Please.",
        audience="Everyone",
        status=status,
        created_at=created,
        closed_at=closed,
        answered_by=answered_by,
        requester=None,
    )


class Data:
    """A known quarter, January to March 2025, with something just outside it on each
    side so the edges are tested too."""

    def __init__(self):
        self.olga = UserFactory(username="olga", role="expert")
        self.pim = UserFactory(username="pim", role="expert")
        self.zed = UserFactory(username="zed", role="expert")
        self.quinn = UserFactory(username="quinn", role="expert")
        self.mo = UserFactory(username="mo", role="moderator")
        learners = [UserFactory(username=name, role="employee") for name in ("anna", "ben", "cleo")]

        # -- pages, first published: olga Jan, pim Feb (as co-author), zed Mar, quinn before.
        self.a = CourseFactory(
            title="Alpha",
            owner=self.olga,
            first_published_at=at(JAN.replace(day=15)),
            review_by=d("2025-01-31"),
        )
        self.b = CourseFactory(
            title="Bravo", owner=self.olga, co_authors=[self.pim], first_published_at=at(FEB.replace(day=10))
        )
        CourseFactory(
            title="Zulu",
            owner=self.zed,
            first_published_at=at(MAR.replace(day=20)),
            review_by=d("2025-03-15"),
        )
        CourseFactory(title="Quebec", owner=self.quinn, first_published_at=at(d("2024-11-01")))
        # A draft is nobody's first published contribution, and its date is not checked.
        CourseFactory(title="Draft", owner=self.mo, draft=True, review_by=d("2025-02-01"))
        self.guide = GuidancePageFactory(
            title="Guide", owner=self.pim, first_published_at=at(MAR.replace(day=3))
        )

        # -- revisions: Jan olga twice and pim, Feb olga, Mar the moderator, Dec someone.
        revision(self.a, self.olga, at(d("2025-01-05")))
        revision(self.a, self.olga, at(d("2025-01-06")))
        revision(self.guide, self.pim, at(d("2025-01-31"), hour=23))
        revision(self.b, self.olga, at(d("2025-02-14")))
        revision(self.a, self.mo, at(d("2025-03-31"), hour=20))
        revision(self.a, self.zed, at(d("2024-12-31"), hour=23))
        revision(self.a, None, at(d("2025-02-02")))

        # -- reviews: checks with their due dates (on time or late), pages still overdue.
        for due, on_time in [
            ("2025-01-20", True),
            ("2025-01-25", False),
            ("2025-02-10", True),
            ("2024-12-15", True),
            ("2025-04-02", True),
        ]:
            log(instance=self.a, action=VERIFY_ACTION, user=self.olga, data={"due": due, "on_time": on_time})

        # -- learning: completions Jan 2, Mar 1; measured time Jan 1.5 h, Mar 0.3 h.
        def enrol(learner, course, completed=None, seconds=()):
            enrolment = EnrolmentFactory(
                user=learner,
                course=course,
                completed_at=completed,
                credited_minutes=course.estimated_minutes if completed else None,
            )
            for index, (day, amount) in enumerate(seconds):
                ActiveTimeFactory(enrolment=enrolment, section_id=f"s{index}", day=day, seconds=amount)

        anna, ben, cleo = learners
        enrol(anna, self.a, at(d("2025-01-10")), [(d("2025-01-05"), 3600), (d("2024-12-31"), 7200)])
        enrol(ben, self.a, at(d("2025-01-20")), [(d("2025-01-06"), 1800)])
        enrol(cleo, self.b, at(d("2025-03-05")), [(d("2025-03-01"), 1080)])
        enrol(cleo, self.a, at(d("2024-12-31")))

        # -- learning requests: waits of 10, 35 and 2.5 days answered in Jan; 10 and 32 in Mar.
        done = LearningRequest.Status.DONE
        request("Excel pivot tables", at(d("2025-01-01")), at(d("2025-01-11")), done, self.a)
        request("Onboarding in Excel", at(d("2024-12-27")), at(d("2025-01-31")), done, self.a)
        request("Advanced Excel formulas", at(d("2025-01-15"), hour=0), at(d("2025-01-17")), done, self.guide)
        request(
            "Onboarding buddies",
            at(d("2025-02-20")),
            at(d("2025-03-02")),
            done,
            self.guide,
            description="And giving feedback in EXCEL.",
        )
        request(
            "excel for beginners", at(d("2025-02-01")), at(d("2025-03-05")), done, self.b, "Excel, Excel."
        )
        request(
            "Excellent presentations",
            at(d("2025-02-03")),
            at(d("2025-02-04")),
            LearningRequest.Status.DECLINED,
        )
        request("Onboarding later", at(d("2025-04-01")))
        for name in ("Excel", "Excel formulas", "Onboarding", "Feedback", "Unused"):
            TopicFactory(name=name)

        # -- searches: Jan 4 of 10 found nothing, Feb none, Mar 3 of 3.
        for day, query, searches, hits in [
            ("2025-01-03", "excel", 6, 4),
            ("2025-01-04", "zzz", 2, 0),
            ("2025-01-31", "teams", 2, 0),
            ("2025-03-10", "vpn", 3, 0),
            ("2024-12-31", "old", 5, 0),
            ("2025-04-01", "new", 5, 0),
        ]:
            QueryLogFactory(day=d(day), query=query, searches=searches, hits=hits)


@pytest.fixture
def data(db):
    return Data()


# -- every series against the known data set ----------------------------------------------
@pytest.mark.django_db
def test_learning_time_and_completions(data):
    assert chart("learning").figures(MONTHS) == {"hours": [1.5, 0.0, 0.3], "completions": [2, 0, 1]}


@pytest.mark.django_db
def test_active_contributors_and_new_experts(data):
    # Jan: olga and pim; Feb: olga; Mar: the moderator. New: olga, pim (co-author), zed.
    assert chart("contributors").figures(MONTHS) == {"active": [2, 1, 1], "new_experts": [1, 1, 1]}


@pytest.mark.django_db
def test_content_verified_on_time(data):
    # Jan: checked on time, checked late, Alpha still overdue since the 31st -> 1 of 3.
    # Feb: one check on time (the draft's date does not count). Mar: Zulu still overdue.
    assert chart("verified_on_time").figures(MONTHS) == {"on_time": [33.3, 100.0, 0.0], "due": [3, 1, 1]}


@pytest.mark.django_db
def test_reviews_not_yet_due_are_not_counted(db):
    today = timezone.localdate()
    CourseFactory(
        title="Soon",
        first_published_at=at(today.replace(day=1)),
        review_by=today + datetime.timedelta(days=1),
    )
    this_month = today.replace(day=1)
    figures = chart("verified_on_time").figures([this_month])
    assert figures["due"] == [0]
    assert figures["on_time"] == [None]


@pytest.mark.django_db
def test_median_days_from_request_to_published_answer(data):
    assert chart("answer_time").figures(MONTHS) == {"median_days": [10.0, None, 21.0], "answered": [3, 0, 2]}


@pytest.mark.django_db
def test_top_requested_topics(data):
    # "Excellent" is not Excel; "Advanced Excel formulas" names the longer topic only;
    # a request names a topic once however often it says it; April is outside.
    assert ranking("requested_topics").rows(JAN, datetime.date(2025, 4, 1)) == [
        ("Excel", 3),
        ("Excel formulas", 1),
        ("Feedback", 1),
        ("Onboarding", 1),
    ]


@pytest.mark.django_db
def test_no_topics_means_no_ranking(db):
    request("Excel please", at(d("2025-01-02")))
    assert ranking("requested_topics").rows(JAN, FEB) == []


@pytest.mark.django_db
def test_searches_that_found_nothing(data):
    assert chart("searches_without_results").figures(MONTHS) == {
        "no_results": [40.0, None, 100.0],
        "searches": [10, 0, 3],
    }


# -- "Still correct" leaves a record --------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize(("days", "on_time"), [(-1, False), (0, True), (3, True)])
def test_verifying_records_the_due_date_and_whether_it_was_met(db, days, on_time):
    owner = UserFactory(username="owner", role="expert")
    today = timezone.localdate()
    due = today + datetime.timedelta(days=days)
    course = CourseFactory(owner=owner, first_published_at=at(today), review_by=due)

    course.verify(owner)

    entry = PageLogEntry.objects.get(page=course, action=VERIFY_ACTION)
    assert entry.user == owner
    assert entry.data == {
        "due": due.isoformat(),
        "on_time": on_time,
        "next_review": course.review_by.isoformat(),
    }
    assert entry.message == "Checked: still correct"


# -- the page -----------------------------------------------------------------------------
def main_content(response):
    """The page's own part, without the admin's furniture (menus, the shortcuts dialog)."""
    html = response.content.decode()
    return html[html.index('class="nice-padding"') :]


def month_rows(html):
    """Rows of the monthly tables ("January 2025"), not of the rankings."""
    return len(re.findall(r'<tr><th scope="row">\w+ \d{4}</th>', html))


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="insights-')
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


@pytest.mark.django_db
def test_page_shows_every_chart_as_svg_and_table_with_a_csv_link(client_as, data):
    html = main_content(client_as("moderator").get(URL))

    assert html.count('role="img"') == sum(len(item.lines) for item in charts()) == 10
    for item in charts():
        assert f'<h2 id="insight-{item.key}">{item.label}</h2>' in html
        assert f'href="?months=12&amp;export=csv&amp;series={item.key}"' in html
        assert f"<caption>{item.label} per month</caption>" in html
        for line in item.lines:
            assert (
                f'aria-labelledby="insight-{item.key}-{line.key}-title insight-{item.key}-{line.key}-desc"'
                in html
            )
    assert month_rows(html) == 12 * 5  # 12 months in each of five tables
    assert "<title id=" in html and "<desc id=" in html
    assert "style=" not in html
    assert '<h2 id="insight-requested_topics">Top requested topics</h2>' in html
    assert "Nothing in this period." in html  # the known requests are from 2025


@pytest.mark.django_db
def test_period_choice_changes_the_months_shown(client_as, data):
    client = client_as("moderator")
    html = main_content(client.get(URL, {"months": "6"}))
    assert month_rows(html) == 6 * 5
    assert '<option value="6" selected>' in html
    assert month_rows(main_content(client.get(URL, {"months": "24"}))) == 24 * 5


@pytest.mark.django_db
@pytest.mark.parametrize("months", ["7", "0", "-12", "abc", "12.5", "999999999999999999999"])
def test_a_bad_period_is_a_clear_400(client_as, months):
    client = client_as("moderator")
    for params in ({"months": months}, {"months": months, "export": "csv", "series": "learning"}):
        response = client.get(URL, params)
        assert response.status_code == 400
        assert "Choose a period of 6, 12 or 24 months." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("series", ["nope", "Learning", "contributors2"])
def test_an_unknown_series_is_404(client_as, series):
    response = client_as("moderator").get(URL, {"export": "csv", "series": series})
    assert response.status_code == 404


@pytest.mark.django_db
def test_chart_csv_has_one_row_per_month(client_as, db):
    months = month_starts(6)
    for day, searches, hits in [(months[-1], 3, 0), (months[-1], 1, 2), (months[1], 4, 1)]:
        QueryLogFactory(day=day, query=f"q{searches}{hits}", searches=searches, hits=hits)

    rows = csv_rows(
        client_as("moderator").get(
            URL, {"months": "6", "export": "csv", "series": "searches_without_results"}
        )
    )

    assert rows[0] == ["Month", "Searches without results (%)", "Searches (number)"]
    assert rows[1:] == [
        [months[0].strftime("%Y-%m"), "", "0"],
        [months[1].strftime("%Y-%m"), "0.0", "4"],
        [months[2].strftime("%Y-%m"), "", "0"],
        [months[3].strftime("%Y-%m"), "", "0"],
        [months[4].strftime("%Y-%m"), "", "0"],
        [months[5].strftime("%Y-%m"), "75.0", "4"],
    ]


@pytest.mark.django_db
def test_ranking_csv_escapes_cells_a_spreadsheet_would_run(client_as, db):
    TopicFactory(name="=HYPERLINK")
    TopicFactory(name="Excel")
    last_month = month_starts(2)[0]
    request("=HYPERLINK training", at(last_month))
    request("Excel and =HYPERLINK", at(last_month.replace(day=2)), description="excel")

    client = client_as("moderator")
    rows = csv_rows(client.get(URL, {"months": "6", "export": "csv", "series": "requested_topics"}))
    assert rows == [["Topic", "Requests"], ["'=HYPERLINK", "2"], ["Excel", "1"]]

    html = client.get(URL, {"months": "6"}).content.decode()
    assert '<th scope="row">=HYPERLINK</th><td>2</td>' in html


def test_safe_cell():
    assert [
        safe_cell(value) for value in ["=1+1", "+31", "-x", "@me", "\tx", "plain", "", -3, 2.5, None]
    ] == [
        "'=1+1",
        "'+31",
        "'-x",
        "'@me",
        "'\tx",
        "plain",
        "",
        -3,
        2.5,
        None,
    ]


# -- who may see it -----------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("params", [{}, {"export": "csv", "series": "learning"}, {"months": "7"}])
def test_only_moderators_and_administrators_see_insights(client, client_as, params):
    anonymous = client.get(URL, params)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")
    employee = client_as("employee", username="e1").get(URL, params)
    assert employee.status_code == 302 and employee["Location"].startswith("/accounts/login/")
    expert = client_as("expert", username="x1").get(URL, params)
    assert expert.status_code == 302 and expert["Location"] == "/admin/"  # Wagtail's "permission denied"
    expected = 400 if params.get("months") == "7" else 200
    assert client_as("moderator", username="m1").get(URL, params).status_code == expected
    assert client_as("admin", username="a1").get(URL, params).status_code == expected


@pytest.mark.django_db
def test_reports_menu_links_insights_for_moderators_only(client_as):
    assert URL in client_as("moderator", username="m1").get("/admin/").content.decode()
    assert URL in client_as("admin", username="a1").get("/admin/").content.decode()
    assert URL not in client_as("expert", username="x1").get("/admin/").content.decode()


@pytest.mark.django_db
def test_the_permission_is_what_counts(make_user, client):
    """An expert given ``hub.view_insights`` sees the page; groups are not hard-coded."""
    from django.contrib.auth.models import Permission

    expert = make_user("expert", username="x2")
    client.force_login(expert)
    assert client.get(URL).status_code == 302
    expert.user_permissions.add(
        Permission.objects.get(codename="view_insights", content_type__app_label="hub")
    )
    assert client.get(URL).status_code == 200


# -- queries stay constant ----------------------------------------------------------------
def add_more(data, count):
    this_month = timezone.localdate().replace(day=1)
    for n in range(count):
        author = UserFactory(username=f"author{n}", role="expert")
        learner = UserFactory(username=f"learner{n}", role="employee")
        course = CourseFactory(
            title=f"More {n}", owner=author, first_published_at=at(this_month), review_by=this_month
        )
        revision(course, author, at(this_month))
        log(
            instance=course,
            action=VERIFY_ACTION,
            user=author,
            data={"due": this_month.isoformat(), "on_time": True},
        )
        enrolment = EnrolmentFactory(
            user=learner, course=course, completed_at=timezone.now(), credited_minutes=5
        )
        ActiveTimeFactory(enrolment=enrolment, section_id="intro", day=this_month, seconds=60)
        request(f"Excel {n}", at(this_month), at(this_month), LearningRequest.Status.DONE, course)
        QueryLogFactory(day=this_month, query=f"more {n}", searches=2, hits=n % 2)
        TopicFactory(name=f"Topic {n}")


def queries_for(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_queries_stay_constant_as_data_grows(client_as, data, django_assert_max_num_queries):
    client = client_as("moderator")
    params = [{}, {"months": "24"}] + [
        {"export": "csv", "series": key}
        for key in [*(item.key for item in charts()), *(item.key for item in rankings())]
    ]
    before = [queries_for(client, item) for item in params]

    add_more(data, 5)

    for item, count in zip(params, before, strict=True):
        with django_assert_max_num_queries(count):
            assert client.get(URL, item).status_code == 200
