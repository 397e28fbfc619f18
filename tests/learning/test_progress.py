"""Sections done, completion, certificates and /my-learning/."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.models import Enrolment
from tests.learning.learner import CAPITAL, heading, paragraph, quiz, route

BODY = [
    paragraph("<p>Why this matters.</p>"),
    heading("Open the file"),
    paragraph("<p>Open it.</p>"),
    heading("Save your work"),
    paragraph("<p>Save it.</p>"),
]


@pytest.fixture
def course(make_course):
    return make_course(title="Files 101", body=BODY, estimated_minutes=20)


def mark_done(client, course, section):
    return client.post(route(course, "progress"), {"section": section})


@pytest.mark.django_db
def test_sections_start_at_each_section_heading(course):
    sections = course.section_ids()

    assert len(sections) == 3
    assert sections[0] == "intro"


@pytest.mark.django_db
def test_finishing_every_section_completes_a_course_without_quiz(client_as, course):
    client = client_as("employee", first_name="Robin", last_name="Jansen")
    intro, first, second = course.section_ids()

    response = mark_done(client, course, intro)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#section-{intro}")
    mark_done(client, course, first)
    html = client.get(course.url).content.decode()
    assert "67% of the sections done" in html
    assert Enrolment.objects.get().completed_at is None

    response = mark_done(client, course, second)
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is not None
    assert enrolment.credited_minutes == 20
    html = client.get(course.url).content.decode()
    assert "You completed this course" in html
    assert "Well done: you completed this course." in html

    certificate = client.get(f"/my-learning/certificates/{enrolment.pk}/").content.decode()
    assert "Certificate of completion" in certificate
    assert "Robin Jansen" in certificate
    assert "Files 101" in certificate


@pytest.mark.django_db
def test_marking_a_section_twice_counts_it_once(client_as, course):
    client = client_as("employee")
    intro = course.section_ids()[0]

    mark_done(client, course, intro)
    mark_done(client, course, intro)

    assert Enrolment.objects.get().sections_done == [intro]


@pytest.mark.django_db
def test_unknown_section_and_wrong_method_are_refused(client_as, course, make_course):
    client = client_as("employee")
    other = make_course(body=[heading("Elsewhere")])

    assert mark_done(client, course, "not-a-section").status_code == 400
    assert mark_done(client, course, other.section_ids()[0]).status_code == 400
    assert client.get(route(course, "progress")).status_code == 405
    assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_a_course_with_a_quiz_is_not_completed_by_reading(client_as, make_course):
    course = make_course(body=[heading("Read"), quiz(CAPITAL)])
    client = client_as("employee")

    mark_done(client, course, course.section_ids()[0])

    assert Enrolment.objects.get().completed_at is None
    # My learning says why 100 % is not done yet.
    html = client.get("/my-learning/").content.decode()
    assert '<span class="muted">100%</span>' in html
    assert "Pass the quiz to complete this course." in html


@pytest.mark.django_db
def test_drafts_take_no_progress(client_as, course):
    course.unpublish()

    response = mark_done(client_as("employee"), course, "intro")

    assert response.status_code == 404
    assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_my_learning_shows_only_my_own_record(client_as, course, make_course, make_user):
    other_course = make_course(title="Someone else's course", body=BODY)
    me = client_as("employee")
    someone = client_as("employee", username="someone")
    mark_done(me, course, "intro")
    for section in other_course.section_ids():
        mark_done(someone, other_course, section)

    html = me.get("/my-learning/").content.decode()

    assert "Files 101" in html
    assert "Someone else&#x27;s course" not in html
    assert "Someone else's course" not in html
    assert "No completed courses yet" in html
    theirs = Enrolment.objects.get(course=other_course)
    assert me.get(f"/my-learning/certificates/{theirs.pk}/").status_code == 404


@pytest.mark.django_db
def test_my_learning_in_dutch_calls_started_courses_bezig(client_as, course):
    client = client_as("employee")
    mark_done(client, course, "intro")

    html = client.get("/my-learning/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()

    # Not "In behandeling", a learning request's status ("being dealt with").
    assert ">Bezig</h2>" in html


@pytest.mark.django_db
def test_no_certificate_before_completion(client_as, course):
    client = client_as("employee")
    mark_done(client, course, "intro")

    assert client.get(f"/my-learning/certificates/{Enrolment.objects.get().pk}/").status_code == 404


@pytest.mark.django_db
def test_records_outlive_a_deleted_course(client_as, course):
    client = client_as("employee")
    for section in course.section_ids():
        mark_done(client, course, section)
    enrolment = Enrolment.objects.get()

    course.delete()

    html = client.get("/my-learning/").content.decode()
    assert "Files 101" in html
    assert client.get(f"/my-learning/certificates/{enrolment.pk}/").status_code == 200


@pytest.mark.django_db
def test_empty_my_learning_says_what_to_do(client_as):
    html = client_as("employee").get("/my-learning/").content.decode()

    assert "Nothing in progress yet." in html
    assert 'href="/courses/"' in html


@pytest.mark.django_db
def test_course_page_queries_do_not_grow_with_learners(client_as, course, make_user):
    from django.test import Client

    def queries():
        client = client_as("employee", username=f"reader{Enrolment.objects.count()}")
        mark_done(client, course, "intro")
        client.post(route(course, "rating"), {"stars": "4", "comment": "Useful"})
        client.get(course.url)  # the cached header and footer (hub/navigation.py), as on a warm server
        with CaptureQueriesContext(connection) as captured:
            assert client.get(course.url).status_code == 200
        return len(captured)

    first = queries()
    for n in range(8):
        other = Client()
        other.force_login(make_user("employee", username=f"other{n}"))
        mark_done(other, course, "intro")
        other.post(route(course, "rating"), {"stars": "5", "comment": f"Comment {n}"})

    assert queries() == first
