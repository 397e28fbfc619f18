"""Learning time: estimated minutes on completion, measured active time from the page."""

import datetime

import pytest
from django.utils import timezone

from learning.models import ActiveTime, Enrolment
from learning.records.models import PING_SECONDS, SECTION_DAY_CAP_SECONDS
from tests.factories import EnrolmentFactory
from tests.learning.learner import heading, paragraph, route

NOW = timezone.now().replace(hour=12, minute=0, second=0, microsecond=0)


@pytest.fixture
def course(make_course):
    return make_course(title="Time", body=[paragraph("<p>Intro</p>"), heading("Part"), paragraph("<p>x</p>")])


@pytest.fixture
def enrolment(course, make_user):
    return EnrolmentFactory(user=make_user("employee"), course=course)


def at(seconds):
    return NOW + datetime.timedelta(seconds=seconds)


@pytest.mark.django_db
def test_pings_are_credited_no_faster_than_time_passes(enrolment):
    assert ActiveTime.record(enrolment, "intro", 30, now=at(0)) == 30
    # Two tabs, or a forged ping, 10 seconds later claiming 60: only 10 count.
    assert ActiveTime.record(enrolment, "intro", 60, now=at(10)) == 10
    # One ping never counts more than PING_SECONDS.
    assert ActiveTime.record(enrolment, "intro", 3600, now=at(1000)) == PING_SECONDS
    assert ActiveTime.objects.get().seconds == 30 + 10 + PING_SECONDS


@pytest.mark.django_db
def test_a_section_counts_at_most_half_an_hour_a_day(enrolment):
    for minute in range(45):
        ActiveTime.record(enrolment, "intro", 60, now=at(60 * (minute + 1)))

    assert ActiveTime.objects.get().seconds == SECTION_DAY_CAP_SECONDS


@pytest.mark.django_db
def test_the_page_reports_time_through_the_endpoint(client_as, course):
    client = client_as("employee")
    section = course.section_ids()[1]

    response = client.post("/my-learning/time/", {"course": course.pk, "section": section, "seconds": "60"})

    assert response.status_code == 200
    assert response.json() == {"credited": 60}
    assert ActiveTime.objects.get().section_id == section
    html = client.get("/my-learning/").content.decode()
    assert "<dt>Active time</dt><dd>1 minute</dd>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {"course": "abc", "section": "intro", "seconds": "30"},
        {"course": "9" * 30, "section": "intro", "seconds": "30"},
        {"course": "1", "section": "intro", "seconds": "-5"},
        {"course": "1", "section": "intro", "seconds": "99999"},
        {"section": "intro", "seconds": "30"},
        {"course": "COURSE", "section": "not-a-section", "seconds": "30"},
    ],
)
def test_bad_time_reports_are_refused(client_as, course, data):
    data = {key: str(course.pk) if value == "COURSE" else value for key, value in data.items()}

    response = client_as("employee").post("/my-learning/time/", data)

    assert response.status_code == 400
    assert not ActiveTime.objects.exists()


@pytest.mark.django_db
def test_no_time_on_drafts_or_by_get(client_as, course):
    client = client_as("employee")
    assert client.get("/my-learning/time/").status_code == 405
    course.unpublish()
    response = client.post("/my-learning/time/", {"course": course.pk, "section": "intro", "seconds": "30"})
    assert response.status_code == 404
    assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_my_record_as_csv(client_as, course, make_course):
    client = client_as("employee")
    for section in course.section_ids():
        client.post(route(course, "progress"), {"section": section})
    client.post("/my-learning/time/", {"course": course.pk, "section": "intro", "seconds": "60"})
    sneaky = make_course(title='=HYPERLINK("http://evil")', body=[paragraph("<p>x</p>")])
    client.post(route(sneaky, "progress"), {"section": "intro"})
    client_as("employee", username="other").post(route(course, "progress"), {"section": "intro"})

    response = client.get("/my-learning/export.csv")

    assert response["Content-Type"].startswith("text/csv")
    rows = response.content.decode().splitlines()
    assert rows[0] == (
        "course,started,completed,estimated_minutes_credited,active_minutes_measured,"
        "quiz_attempts,best_quiz_score_percent"
    )
    assert len(rows) == 3  # mine only: two courses
    today = timezone.localdate().isoformat()
    assert rows[1] == f"Time,{today},{today},15,1,0,"
    assert rows[2].startswith("\"'=HYPERLINK(")
