"""Quizzes are graded on the server against the published course."""

import pytest

from learning.models import Enrolment, QuizAttempt
from tests.learning.learner import (
    CAPITAL,
    FORM_TOKEN,
    PRIMES,
    answer_ids,
    heading,
    question_ids,
    quiz,
    quiz_post,
    quiz_url,
)

PASS_ALL = {"What is the capital of the Netherlands?": ["Amsterdam"], "Which are prime?": ["2", "3"]}


@pytest.fixture
def course(make_course):
    # Pass mark 100%: both questions must be right.
    return make_course(
        title="Geography and maths", body=[heading("Learn"), quiz(CAPITAL, PRIMES, pass_mark=100)]
    )


@pytest.fixture
def learner(client_as):
    return client_as("employee")


def submit(client, course, choices, **kwargs):
    return client.post(quiz_url(course), quiz_post(course, choices, **kwargs))


@pytest.mark.django_db
def test_the_course_page_never_shows_which_answers_are_right(learner, course):
    html = learner.get(course.url).content.decode()

    assert "What is the capital of the Netherlands?" in html
    assert "Amsterdam is the capital." not in html  # explanations come after answering
    assert "correct" not in html.lower().split("block-quiz", 1)[1].split("</section>", 1)[0]


@pytest.mark.django_db
def test_a_multiple_answer_question_needs_exactly_the_right_answers(learner, course):
    response = submit(
        learner, course, {"What is the capital of the Netherlands?": ["Amsterdam"], "Which are prime?": ["2"]}
    )

    attempt = QuizAttempt.objects.get()
    assert (attempt.correct, attempt.total, attempt.passed) == (1, 2, False)
    assert response.status_code == 302
    result = learner.get(response["Location"]).content.decode()
    assert "1 of 2 right (50%)" in result
    assert "The pass mark is 100%" in result
    assert "2 is the only even prime." in result  # explanation of a chosen answer
    assert "Try the quiz again" in result
    assert Enrolment.objects.get().completed_at is None


@pytest.mark.django_db
def test_fail_then_retake_and_pass_completes_the_course(learner, course):
    submit(
        learner, course, {"What is the capital of the Netherlands?": ["The Hague"], "Which are prime?": ["4"]}
    )
    response = submit(learner, course, PASS_ALL, token="0b7f61a4-93a4-4c0b-9d0e-52b7b8e1a111")

    assert QuizAttempt.objects.count() == 2
    assert Enrolment.objects.get().completed_at is not None
    result = learner.get(response["Location"]).content.decode()
    assert "You passed." in result
    assert "You completed this course." in result
    assert "You passed this quiz." in learner.get(course.url).content.decode()


@pytest.mark.django_db
def test_a_missing_answer_comes_back_with_the_choices_kept(learner, course):
    data = quiz_post(course, {"Which are prime?": ["2", "3"]})

    response = learner.post(quiz_url(course), data)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Answer every question" in html
    for answer_id in data[f"q-{question_ids(course)['Which are prime?']}"]:
        assert f'value="{answer_id}" checked' in html
    assert not QuizAttempt.objects.exists()


@pytest.mark.django_db
def test_a_double_submit_stores_one_attempt(learner, course):
    first = submit(learner, course, PASS_ALL)
    second = submit(learner, course, PASS_ALL)

    assert QuizAttempt.objects.count() == 1
    assert first["Location"] == second["Location"]


@pytest.mark.django_db
def test_editing_the_quiz_later_leaves_earlier_attempts_as_they_were(learner, course):
    response = submit(learner, course, PASS_ALL)
    course.body[1].value["questions"][0]["question"] = "Which city is the capital?"
    course.body[1].value["questions"][0]["answers"][0]["explanation"] = "Changed explanation."
    course.save_revision().publish()

    result = learner.get(response["Location"]).content.decode()

    assert "What is the capital of the Netherlands?" in result
    assert "Amsterdam is the capital." in result
    assert "Changed explanation." not in result


@pytest.mark.django_db
def test_tampered_posts_are_refused_and_store_nothing(learner, course, make_course):
    other = make_course(body=[quiz(CAPITAL)])
    good = quiz_post(course, PASS_ALL)
    capital = question_ids(course)["What is the capital of the Netherlands?"]
    answers = answer_ids(course)["What is the capital of the Netherlands?"]
    tampered = [
        {**good, "q-not-a-question": "x"},
        {**good, f"q-{question_ids(other)['What is the capital of the Netherlands?']}": "x"},
        {**good, f"q-{capital}": "not-an-answer"},
        {**good, f"q-{capital}": list(answers.values())},  # two answers to a single choice
        {**good, "token": "not-a-uuid"},
    ]

    for data in tampered:
        response = learner.post(quiz_url(course), data)
        assert response.status_code == 400, data
        assert "does not match the course" in response.content.decode()
    assert not QuizAttempt.objects.exists()


@pytest.mark.django_db
def test_unknown_quiz_and_huge_posts(learner, course):
    url = quiz_url(course).replace(course.quiz_ids()[0], "no-such-quiz")
    assert learner.post(url, quiz_post(course, PASS_ALL)).status_code == 404

    flood = {f"q-{n}": "x" for n in range(5000)} | {"token": FORM_TOKEN}
    assert learner.post(quiz_url(course), flood).status_code == 400

    big = {"token": FORM_TOKEN, "q-x": "y" * 3_000_000}
    assert learner.post(quiz_url(course), big).status_code == 400
    assert not QuizAttempt.objects.exists()


@pytest.mark.django_db
def test_nobody_sees_another_learners_attempt(learner, course, client_as):
    response = submit(learner, course, PASS_ALL)

    assert client_as("employee", username="nosy").get(response["Location"]).status_code == 404
    assert learner.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_quizzes_grade_the_published_version_not_a_draft(learner, course):
    draft = course.get_latest_revision_as_object()
    draft.body[1].value["pass_mark"] = 0
    draft.save_revision()

    submit(
        learner, course, {"What is the capital of the Netherlands?": ["The Hague"], "Which are prime?": ["4"]}
    )

    assert QuizAttempt.objects.get().pass_mark == 100
    assert not QuizAttempt.objects.get().passed
