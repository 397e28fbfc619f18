"""A course and its translation are one course to learners, reports and profiles:
one enrolment, one rating, one "this helped me" per learner, whichever version they
read, and every figure counts the course across its languages (issue #24)."""

import csv
import io

import pytest
from wagtail.models import Locale

from hub.authoring.translation import add_translation
from hub.contributions.sources import figures_for, items_for
from learning.models import CourseRating, Enrolment, HelpfulMark
from tests.learning.learner import heading, paragraph, route

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(make_course, make_user):
    """An English course and its Dutch translation, made with "Add translation" by a
    second expert and published: the same sections (block ids), two addresses."""
    author = make_user("expert", username="sanne")
    english = make_course(
        title="Budgets",
        slug="budgets",
        owner=author,
        estimated_minutes=20,
        body=[heading("Plan"), paragraph("<p>Plan it.</p>"), heading("Check"), paragraph("<p>Check it.</p>")],
    )
    translator = make_user("expert", username="daan")
    dutch = add_translation(english, Locale.objects.get(language_code="nl"), translator)
    dutch.title = "Begrotingen"
    dutch.save_revision(user=translator).publish()
    dutch.refresh_from_db()
    return english, dutch


def test_a_learner_has_one_record_and_a_completion_in_one_language_counts_in_the_other(client_as, course):
    english, dutch = course
    client = client_as("employee")

    plan, check = english.section_ids()
    assert dutch.section_ids() == [plan, check]
    client.post(route(english, "progress"), {"section": plan})
    assert Enrolment.objects.get().completed_at is None
    client.post(route(dutch, "progress"), {"section": check})

    enrolment = Enrolment.objects.get()
    assert enrolment.course == english  # the version they started in credits its authors
    assert enrolment.completed_at is not None
    assert "You completed this course" in client.get(english.url).content.decode()
    assert "You completed this course" in client.get(dutch.url, follow=True).content.decode()


def test_one_rating_and_one_helpful_mark_per_learner_across_languages(client_as, course):
    english, dutch = course
    client = client_as("employee")

    client.post(route(english, "rating"), {"stars": "2", "comment": "Too short."})
    client.post(route(dutch, "rating"), {"stars": "5", "comment": "Duidelijk."})
    client.post(route(english, "helped"), {"helped": "yes"})
    client.post(route(dutch, "helped"), {"helped": "yes"})

    rating = CourseRating.objects.get()
    assert (rating.stars, rating.comment) == (5, "Duidelijk.")
    assert HelpfulMark.objects.count() == 1
    html = client.get(english.url).content.decode()
    assert "5.0 out of 5 (1 rating)" in html
    assert "Duidelijk." in html


def test_cards_in_both_languages_show_the_figures_of_all_versions(client_as, make_user, course):
    english, dutch = course
    for number, (version, stars) in enumerate([(english, 4), (dutch, 2)]):
        learner = client_as("employee", username=f"learner{number}")
        for section in version.section_ids():
            learner.post(route(version, "progress"), {"section": section})
        learner.post(route(version, "rating"), {"stars": str(stars), "comment": ""})

    reader = client_as("employee", username="reader")
    english_list = reader.get("/courses/").content.decode()
    reader.cookies["hub_language"] = "nl"
    dutch_list = reader.get("/nl/courses/").content.decode()

    assert "Budgets" in english_list and "Begrotingen" not in english_list
    assert "Begrotingen" in dutch_list and "Budgets" not in dutch_list
    assert "Rated 3.0 out of 5 (2 ratings)" in english_list
    assert "2 completions" in english_list
    assert "2 keer afgerond" in dutch_list
    assert "Beoordeeld met 3,0 van 5 (2 beoordelingen)" in dutch_list


def test_reports_have_one_row_per_course_with_both_languages_figures(client_as, course):
    english, dutch = course
    for number, version in enumerate([english, dutch, dutch]):
        learner = client_as("employee", username=f"learner{number}")
        for section in version.section_ids():
            learner.post(route(version, "progress"), {"section": section})

    response = client_as("moderator").get("/admin/learning/reports/by-course/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert [row[:3] for row in rows[1:]] == [["Budgets", "3", "3"]]


def test_a_course_and_its_translation_are_one_contribution_of_its_author(course):
    english, dutch = course
    author, translator = english.owner, dutch.owner

    figures = figures_for([author.pk, translator.pk])

    assert figures[author.pk].counts["courses_published"] == 1
    assert figures[translator.pk].counts["courses_published"] == 1
    assert [item.title for item in items_for(author)] == ["Budgets"]
