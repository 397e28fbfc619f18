"""L&D reports and the moderators' figures panel, against a known data set."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hub.accounts.models import UserDetails
from learning.reports.figures import month_starts
from tests.factories import (
    ActiveTimeFactory,
    ContentFlagFactory,
    CourseRatingFactory,
    EnrolmentFactory,
    UserDetailsFactory,
    UserFactory,
)

REPORT_URLS = {
    "by_month": "/admin/learning/reports/by-month/",
    "by_course": "/admin/learning/reports/by-course/",
    "by_department": "/admin/learning/reports/by-department/",
    "by_region": "/admin/learning/reports/by-region/",
    "ratings": "/admin/learning/reports/ratings/",
    "flagged": "/admin/learning/reports/flagged/",
    "contributors": "/admin/learning/reports/contributors/",
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def at_noon(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


class Data:
    """Five learners in three departments (one without details, one blank), two experts
    and three courses, with completions over three months, learning time, ratings and flags."""

    def __init__(self, make_course):
        this, last, before = month_starts(3)[::-1]
        self.months = (this, last, before)
        today = timezone.localdate()
        people = {}
        for name, department in [
            ("anna", "Sales"),
            ("ben", "Sales"),
            ("cleo", "IT"),
            ("dan", None),
            ("eve", ""),
        ]:
            people[name] = UserFactory(username=name, role="employee")
            if department is not None:
                UserDetailsFactory(user=people[name], department=department)
        self.olga = UserFactory(username="olga", first_name="Olga", last_name="Owner", role="expert")
        self.pim = UserFactory(username="pim", first_name="Pim", last_name="Partner", role="expert")
        self.people = people
        self.a = make_course(title="Alpha", estimated_minutes=30, owner=self.olga)
        self.b = make_course(title="Bravo", estimated_minutes=60, owner=self.olga, co_authors=[self.pim])
        self.c = make_course(title="Charlie", estimated_minutes=18, owner=self.pim, draft=True)

        def enrol(name, course, completed=None, seconds=()):
            enrolment = EnrolmentFactory(
                user=people[name],
                course=course,
                completed_at=completed,
                credited_minutes=course.estimated_minutes if completed else None,
            )
            for index, (day, amount) in enumerate(seconds):
                ActiveTimeFactory(enrolment=enrolment, section_id=f"s{index}", day=day, seconds=amount)
            return enrolment

        now = timezone.now()
        enrol("anna", self.a, now, [(today, 1800), (today, 1200), (last + datetime.timedelta(days=1), 600)])
        enrol("anna", self.b, at_noon(last + datetime.timedelta(days=2)))
        enrol("ben", self.a, at_noon(last + datetime.timedelta(days=3)))
        enrol("cleo", self.a, at_noon(before + datetime.timedelta(days=1)))
        enrol("cleo", self.c, now, [(today, 1080)])
        enrol("dan", self.b, now, [(before + datetime.timedelta(days=4), 3600)])
        enrol("eve", self.a, None, [(today, 300)])

        for name, course, stars, comment, hidden in [
            ("anna", self.a, 5, "Great", False),
            ("ben", self.a, 4, "", False),
            ("cleo", self.a, 3, "meh", True),
            ("anna", self.b, 2, "Too long", False),
            ("dan", self.b, 1, "", False),
            ("cleo", self.c, 5, "Short and useful", False),
        ]:
            CourseRatingFactory(course=course, user=people[name], stars=stars, comment=comment, hidden=hidden)

        def flag(page, name, days_ago, resolved=False):
            ContentFlagFactory(
                page=page,
                reported_by=people[name],
                reason="Old screenshots",
                created_at=now - datetime.timedelta(days=days_ago),
                resolved_at=now if resolved else None,
            )

        flag(self.a, "anna", 5)
        flag(self.a, "ben", 2)
        flag(self.a, "cleo", 30, resolved=True)
        flag(self.b, "dan", 10)


@pytest.fixture
def data(make_course):
    return Data(make_course)


def denied(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def export(client, report, fmt):
    response = client.get(REPORT_URLS[report], {"export": fmt})
    assert response.status_code == 200
    if fmt == "csv":
        assert response["Content-Type"].startswith("text/csv")
        text = b"".join(response.streaming_content).decode("utf-8")
        return list(csv.reader(io.StringIO(text)))
    assert response["Content-Type"] == XLSX
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


# -- figures ------------------------------------------------------------------------------
@pytest.mark.django_db
def test_by_month_counts_completions_and_both_kinds_of_time(client_as, data):
    this, last, before = data.months
    rows = export(client_as("moderator"), "by_month", "csv")

    assert rows[0] == [
        "Month",
        "Completions",
        "Estimated hours (course estimates of completions)",
        "Active learners",
        "Measured hours (time on course pages)",
    ]
    assert len(rows) == 1 + 12
    assert rows[1] == [this.strftime("%Y-%m"), "3", "1.8", "3", "1.2"]
    assert rows[2] == [last.strftime("%Y-%m"), "2", "1.5", "1", "0.2"]
    assert rows[3] == [before.strftime("%Y-%m"), "1", "0.5", "1", "1.0"]
    assert rows[4][1:] == ["0", "0.0", "0", "0.0"]


@pytest.mark.django_db
def test_by_month_xlsx_has_numbers(client_as, data):
    this, _last, _before = data.months
    rows = export(client_as("moderator"), "by_month", "xlsx")

    assert rows[0][0] == "Month"
    assert rows[0][4] == "Measured hours (time on course pages)"
    assert rows[1] == [this.strftime("%Y-%m"), 3, 1.8, 3, 1.2]


@pytest.mark.django_db
def test_by_region_groups_by_the_region_in_each_learners_details(client_as, data):
    UserDetails.objects.filter(user__username__in=["anna", "cleo"]).update(region="Benelux")
    UserDetails.objects.filter(user__username="ben").update(region="Nordics")

    rows = export(client_as("moderator"), "by_region", "csv")

    assert rows[0][0] == "Region"
    assert [row[:3] for row in rows[1:]] == [
        ["Benelux", "4", "2"],
        ["Nordics", "1", "1"],
        ["Not set", "1", "1"],
    ]


@pytest.mark.django_db
def test_by_department_puts_people_without_one_under_not_set(client_as, data):
    rows = export(client_as("moderator"), "by_department", "csv")

    assert rows == [
        [
            "Department",
            "Completions",
            "Learners who completed a course",
            "Estimated hours (course estimates of completions)",
            "Active learners",
            "Measured hours (time on course pages)",
        ],
        ["IT", "2", "1", "0.8", "1", "0.3"],
        ["Sales", "3", "2", "2.0", "1", "1.0"],
        ["Not set", "1", "1", "1.0", "2", "1.1"],
    ]


@pytest.mark.django_db
def test_by_course(client_as, data):
    client = client_as("moderator")
    rows = export(client, "by_course", "csv")

    assert rows == [
        [
            "Course",
            "Learners",
            "Completions",
            "Estimated hours (course estimates of completions)",
            "Measured hours (time on course pages)",
        ],
        ["Alpha", "4", "3", "1.5", "1.1"],
        ["Bravo", "2", "2", "2.0", "1.0"],
        ["Charlie", "1", "1", "0.3", "0.3"],
    ]
    html = client.get(REPORT_URLS["by_course"]).content.decode()
    assert "Learning by course" in html
    assert f"/admin/pages/{data.a.pk}/edit/" in html


@pytest.mark.django_db
def test_by_course_counts_courses_in_dutch_plurals(make_user, client, data):
    from wagtail.users.models import UserProfile

    moderator = make_user("moderator", username="dutch-mod")
    UserProfile.objects.create(user=moderator, preferred_language="nl")
    client.force_login(moderator)

    html = client.get(REPORT_URLS["by_course"]).content.decode()

    assert "3 cursussen" in html
    assert "cursuss " not in html  # Django's default plural: verbose_name + "s"


@pytest.mark.django_db
def test_by_course_sorts_by_a_column(client_as, data):
    response = client_as("moderator").get(
        REPORT_URLS["by_course"], {"ordering": "measured_seconds", "export": "csv"}
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert [row[0] for row in rows[1:]] == ["Charlie", "Bravo", "Alpha"]


@pytest.mark.django_db
def test_ratings_best_first_and_worst_first(client_as, data):
    client = client_as("moderator")
    rows = export(client, "ratings", "csv")

    assert rows == [
        ["Course", "Average rating (1–5)", "Ratings", "Comments", "Hidden comments"],
        ["Charlie", "5.0", "1", "1", "0"],
        ["Alpha", "4.0", "3", "2", "1"],
        ["Bravo", "1.5", "2", "1", "0"],
    ]
    worst = client.get(REPORT_URLS["ratings"], {"ordering": "average_rating", "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(worst.streaming_content).decode())))
    assert [row[0] for row in rows[1:]] == ["Bravo", "Alpha", "Charlie"]


@pytest.mark.django_db
def test_flagged_courses_longest_waiting_first(client_as, data):
    rows = export(client_as("moderator"), "flagged", "csv")

    assert rows[0] == ["Course", "Open flags", "Oldest open flag", "Owner"]
    assert [row[:2] for row in rows[1:]] == [["Bravo", "1"], ["Alpha", "2"]]


@pytest.mark.django_db
def test_contributors_count_courses_and_distinct_learners(client_as, data):
    rows = export(client_as("moderator"), "contributors", "csv")

    assert rows == [
        ["Expert", "Username", "Published courses", "All courses incl. drafts", "Learners reached"],
        ["Olga Owner", "olga", "2", "2", "4"],
        ["Pim Partner", "pim", "1", "2", "3"],
    ]


@pytest.mark.django_db
def test_exports_hold_no_learner_names(client_as, data):
    client = client_as("moderator")
    for report in REPORT_URLS:
        for fmt in ("csv", "xlsx"):
            text = str(export(client, report, fmt))
            for name in data.people:
                assert name not in text.lower()


@pytest.mark.django_db
def test_reports_page_and_empty_state(client_as, course_index):
    client = client_as("moderator")
    for url in REPORT_URLS.values():
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Download CSV" in html
        assert "There are no results" not in html
    assert "Nothing to check." in client.get(REPORT_URLS["flagged"]).content.decode()
    assert "once experts publish courses" in client.get(REPORT_URLS["by_course"]).content.decode()


# -- who may see them ---------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("report", REPORT_URLS)
@pytest.mark.parametrize("suffix", ["", "results/", "?export=csv", "?export=xlsx"])
def test_only_moderators_and_admins_see_reports(client_as, make_user, course_index, report, suffix):
    url = REPORT_URLS[report] + suffix
    employee = client_as("employee", username="e1").get(url)
    assert employee.status_code == 302
    assert employee["Location"].startswith("/accounts/login/")
    assert denied(client_as("expert", username="x1").get(url))
    assert client_as("moderator", username="m1").get(url).status_code == 200
    assert client_as("admin", username="a1").get(url).status_code == 200


@pytest.mark.django_db
def test_reports_menu_shows_only_to_moderators_and_admins(client_as, course_index):
    assert "/admin/learning/reports/by-month/" in client_as("moderator").get("/admin/").content.decode()
    assert "/admin/learning/reports/by-month/" in client_as("admin").get("/admin/").content.decode()
    assert "/admin/learning/reports/by-month/" not in client_as("expert").get("/admin/").content.decode()


# -- the admin home panel -----------------------------------------------------------------
@pytest.mark.django_db
def test_moderator_panel_shows_this_months_figures_and_a_chart(client_as, data):
    html = client_as("moderator").get("/admin/").content.decode()

    assert "Learning this month" in html
    figures = html[html.index('class="learning-figures"') :]
    for label, value in [
        ("Completions", "3"),
        ("Active learners", "3"),
        ("Learning hours (measured)", "1.2"),
        ("Average rating", "3.3 of 5"),
    ]:
        assert f"<dt>{label}</dt><dd>{value}</dd>" in figures
    assert ">3</a></dd>" in figures  # open flags on courses
    assert 'role="img"' in html
    assert html.count("<rect ") == 12
    assert "style=" not in html[html.index('class="learning-figures"') : html.index("All learning reports")]
    assert "<caption>Completions per month</caption>" in html


@pytest.mark.django_db
def test_experts_do_not_get_the_panel(client_as, data):
    assert "Learning this month" not in client_as("expert", username="x1").get("/admin/").content.decode()


# -- queries stay constant ----------------------------------------------------------------
def add_more(make_course, data, count):
    for n in range(count):
        learner = UserFactory(username=f"more{n}", role="employee")
        UserDetailsFactory(user=learner, department=f"Dept {n}")
        course = make_course(title=f"More {n}", owner=data.pim, co_authors=[data.olga])
        enrolment = EnrolmentFactory(
            user=learner, course=course, completed_at=timezone.now(), credited_minutes=10
        )
        ActiveTimeFactory(enrolment=enrolment, section_id="intro", day=timezone.localdate(), seconds=60)
        CourseRatingFactory(course=course, user=learner, stars=3, comment="ok")
        ContentFlagFactory(page=course, reported_by=learner, reason="Old")


def queries_for(client, url):
    client.get(url)  # new accounts rebuild the cached header once; measure it warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_queries_stay_constant_as_data_grows(client_as, data, make_course):
    client = client_as("moderator")
    urls = [*REPORT_URLS.values()] + [url + "?export=csv" for url in REPORT_URLS.values()] + ["/admin/"]
    before = {url: queries_for(client, url) for url in urls}

    add_more(make_course, data, 6)

    after = {url: queries_for(client, url) for url in urls}
    assert after == before
