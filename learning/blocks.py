"""Course blocks: everything in the shared base, plus the quiz.

Correct answers live in the StreamField only: templates never print them and search
never indexes them, so they cannot reach a learner's browser.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.blocks import BaseContentBlock


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=250)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    explanation = blocks.CharBlock(
        label=_("Explanation"),
        required=False,
        max_length=500,
        help_text=_("Shown after answering: why this answer is right or wrong."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            (SINGLE, _("Single choice")),
            (MULTIPLE, _("Multiple choice")),
            (TRUE_FALSE, _("True or false")),
        ],
        default=SINGLE,
    )
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2, max_num=8)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        answers = list(value["answers"])
        correct = sum(1 for answer in answers if answer["correct"])
        message = None
        if correct == 0:
            message = _("Mark at least one answer as correct.")
        elif value["kind"] in (self.SINGLE, self.TRUE_FALSE) and correct > 1:
            message = _("A single-choice or true/false question has exactly one correct answer.")
        elif value["kind"] == self.TRUE_FALSE and len(answers) != 2:
            message = _("A true/false question has exactly two answers.")
        if message:
            raise blocks.StructBlockValidationError(
                block_errors={"answers": ErrorList([ValidationError(message)])}
            )
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, default=_("Check what you learned"))
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"),
        min_value=0,
        max_value=100,
        default=80,
        help_text=_("The share of questions to answer correctly, from 0 to 100."),
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "form"
        template = "blocks/quiz.html"
        label = _("Quiz")

    def get_searchable_content(self, value):
        # Questions are findable; answers and explanations would give the game away.
        return [value["title"]] + [question["question"] for question in value["questions"]]


class CourseBodyBlock(BaseContentBlock):
    quiz = QuizBlock()
