import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from hub.blocks import ImageBlock, LinkBlock, StepBlock
from learning.blocks import QuestionBlock, QuizBlock
from learning.models import CoursePage
from tests.learning.forms import course_form_data, quiz_value


def question(kind="single", correct=(True, False), answers=None):
    block = QuestionBlock()
    answers = answers or [{"text": f"A{i}", "correct": c, "explanation": ""} for i, c in enumerate(correct)]
    return block, block.to_python({"kind": kind, "question": "Q?", "answers": answers})


def error_text(error):
    return " ".join(str(message) for messages in error.block_errors.values() for message in messages)


def test_a_question_needs_a_correct_answer():
    block, value = question(correct=(False, False))

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert "Mark at least one answer as correct." in error_text(error.value)


def test_single_choice_has_exactly_one_correct_answer():
    block, value = question(correct=(True, True))

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert "exactly one correct answer" in error_text(error.value)


def test_multiple_choice_may_have_several_correct_answers():
    block, value = question(kind="multiple", correct=(True, True, False))

    assert block.clean(value)


def test_true_false_has_two_answers():
    block, value = question(kind="true_false", correct=(True, False, False))

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert "exactly two answers" in error_text(error.value)


@pytest.mark.parametrize("pass_mark", [-1, 101])
def test_pass_mark_lies_between_0_and_100(pass_mark):
    block = QuizBlock()
    value = block.to_python(
        {
            "title": "Quiz",
            "pass_mark": pass_mark,
            "questions": [
                {
                    "kind": "single",
                    "question": "Q?",
                    "answers": [{"text": "A", "correct": True}, {"text": "B"}],
                }
            ],
        }
    )

    with pytest.raises(ValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_images_need_alt_text_unless_decorative():
    image = wagtail_factories.ImageFactory(title="Chart")
    block = ImageBlock()

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": " ", "decorative": False}))
    assert "Add alternative text" in error_text(error.value)
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))
    assert block.clean(
        block.to_python({"image": image.pk, "alt_text": "Sales per month", "decorative": False})
    )

    step = StepBlock()
    with pytest.raises(StructBlockValidationError):
        step.clean(step.to_python({"title": "Open", "image": image.pk, "alt_text": ""}))


@pytest.mark.django_db
def test_a_link_is_a_page_or_an_address_not_both(home):
    block = LinkBlock()

    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": home.pk, "url": "https://example.com", "text": "x"}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "", "text": "x"}))
    assert block.clean(block.to_python({"page": None, "url": "https://example.com", "text": "x"}))


@pytest.mark.django_db
def test_the_editor_shows_the_quiz_message_and_saves_nothing(client_as, course_index):
    client = client_as("expert")
    data = course_form_data(body=[("quiz", quiz_value(correct=(False, False)))])

    response = client.post(f"/admin/pages/add/learning/coursepage/{course_index.pk}/", data)

    assert response.status_code == 200
    assert "Mark at least one answer as correct." in response.content.decode()
    assert not CoursePage.objects.filter(slug="spreadsheets-101").exists()


@pytest.mark.django_db
def test_the_editor_accepts_a_valid_quiz(client_as, course_index):
    client = client_as("expert")
    data = course_form_data(body=[("quiz", quiz_value(correct=(True, False)))])

    response = client.post(f"/admin/pages/add/learning/coursepage/{course_index.pk}/", data)

    assert response.status_code == 302
    course = CoursePage.objects.get(slug="spreadsheets-101")
    assert course.has_quiz()
