"""Building courses with sections and quizzes, and answering them as a learner would.

``make_course(body=[heading("Learn"), paragraph("<p>...</p>"), quiz(CAPITAL, PRIMES)])``:
each helper makes one block of the body with its block factory (tests/factories/)."""

from learning.models import CoursePage
from learning.records.grading import questions_of
from tests.factories import HeadingBlockFactory, ParagraphBlockFactory, QuizBlockFactory


def heading(text):
    return ("heading", HeadingBlockFactory(text=text))


def paragraph(html):
    return ("paragraph", ParagraphBlockFactory(value=html))


def question(text, answers, kind="single"):
    """A question for ``quiz``; ``answers``: (text, correct, explanation) triples.

    It is QuestionBlockFactory's arguments, not a block value: each ``quiz`` then builds
    answers of its own, as two courses sharing one value would share its answer ids."""
    fields = {"kind": kind, "question": text}
    for number, (answer, correct, explanation) in enumerate(answers):
        fields |= {
            f"answers__{number}__text": answer,
            f"answers__{number}__correct": correct,
            f"answers__{number}__explanation": explanation,
        }
    return fields


def quiz(*questions, pass_mark=50, title="Check what you learned"):
    fields = {
        f"questions__{number}__{name}": value
        for number, question in enumerate(questions)
        for name, value in question.items()
    }
    return ("quiz", QuizBlockFactory(title=title, pass_mark=pass_mark, **fields))


CAPITAL = question(
    "What is the capital of the Netherlands?",
    [("Amsterdam", True, "Amsterdam is the capital."), ("The Hague", False, "The government sits there.")],
)
PRIMES = question(
    "Which are prime?",
    [("2", True, "2 is the only even prime."), ("3", True, ""), ("4", False, "4 = 2 × 2.")],
    kind="multiple",
)


def answer_ids(course, quiz_index=0):
    """{question text: {answer text: answer id}} of the course as published."""
    course = CoursePage.objects.get(pk=course.pk)
    block = course.quiz(course.quiz_ids()[quiz_index])
    return {
        question["question"]: {answer["text"]: answer_id for answer_id, answer in answers}
        for _question_id, question, answers in questions_of(block.value)
    } | {"__quiz__": str(block.id)}


def question_ids(course, quiz_index=0):
    course = CoursePage.objects.get(pk=course.pk)
    block = course.quiz(course.quiz_ids()[quiz_index])
    return {question["question"]: question_id for question_id, question, _ in questions_of(block.value)}


FORM_TOKEN = "6f1f8a52-0d1c-4a55-8f7e-2b9ad2a0c0a1"  # noqa: S105 (a form's one-time id, not a secret)


def quiz_post(course, choices, token=FORM_TOKEN, quiz_index=0):
    """POST data choosing ``choices`` ({question text: [answer texts]})."""
    answers = answer_ids(course, quiz_index)
    questions = question_ids(course, quiz_index)
    data = {"token": token}
    for text, chosen in choices.items():
        data[f"q-{questions[text]}"] = [answers[text][answer] for answer in chosen]
    return data


def quiz_url(course, quiz_index=0):
    course = CoursePage.objects.get(pk=course.pk)
    return course.url + course.reverse_subpage("quiz", args=[course.quiz_ids()[quiz_index]])


def route(course, name):
    return course.url + course.reverse_subpage(name)
