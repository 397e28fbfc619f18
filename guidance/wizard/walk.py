"""A walk through the wizard's tree: the list of answer ids chosen so far, kept in the
URL (``?path=3.8.12``), so every step is a plain link, the browser's back button works
and no state is stored.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Case, Value, When

from hub.content.languages import reader_language

from .models import WizardAnswer, WizardOutcome, WizardQuestion

# Longer than any sensible tree; a forged or looping path stops here.
MAX_STEPS = 20
PATH_SEPARATOR = "."


class WizardPathError(Exception):
    """The path names an answer that does not exist or does not belong where it is."""


@dataclass
class WizardStep:
    """Where a walk stands: the question to answer now or the outcome reached, and the
    answers that led here (for the back link and the summary sent on)."""

    question: WizardQuestion | None = None
    outcome: WizardOutcome | None = None
    chosen: list = field(default_factory=list)  # [(question, answer), ...]
    answers: list = field(default_factory=list)  # the choices of ``question``

    @property
    def path(self):
        return PATH_SEPARATOR.join(str(answer.pk) for _question, answer in self.chosen)

    @property
    def back_path(self):
        return PATH_SEPARATOR.join(str(answer.pk) for _question, answer in self.chosen[:-1])

    def path_with(self, answer):
        return PATH_SEPARATOR.join([*(str(a.pk) for _q, a in self.chosen), str(answer.pk)])

    def summary(self):
        """The questions and answers as plain lines, for the ask form and requests."""
        return "\n".join(f"{question.text} {answer.label}" for question, answer in self.chosen)


def parse_path(raw):
    """``"3.8.12"`` -> ``[3, 8, 12]``; anything else raises :class:`WizardPathError`."""
    raw = (raw or "").strip()
    if not raw:
        return []
    parts = raw.split(PATH_SEPARATOR)
    if len(parts) > MAX_STEPS or not all(
        part.isascii() and part.isdigit() and len(part) <= 9 for part in parts
    ):
        raise WizardPathError(raw)
    return [int(part) for part in parts]


def walk(raw_path):
    """Follow ``raw_path`` from the first question: the first question of the tree the
    path's first answer belongs to (a walk goes on in its language when the reader
    switches), else the one in the reader's language, else the default language's.
    Three queries however long it is: the chosen answers, the first question, and the
    answers of the question reached."""
    answer_ids = parse_path(raw_path)
    answers = {
        answer.pk: answer
        for answer in WizardAnswer.objects.filter(pk__in=answer_ids).select_related(
            "question", "next_question", "outcome"
        )
    }
    first_answer = answers.get(answer_ids[0]) if answer_ids else None
    if first_answer is not None and first_answer.question.is_start:
        start = first_answer.question
    else:
        start = first_question()
    if start is None:
        return None
    step = WizardStep(question=start)
    for answer_id in answer_ids:
        answer = answers.get(answer_id)
        if step.question is None or answer is None or answer.question_id != step.question.pk:
            raise WizardPathError(raw_path)
        step.chosen.append((step.question, answer))
        step.question, step.outcome = answer.next_question, answer.outcome
        if step.question is None and step.outcome is None:
            # L&D removed where this answer led: the walk cannot go on.
            raise WizardPathError(raw_path)
    if step.question is not None:
        step.answers = list(step.question.answers.order_by("sort_order", "pk"))
    return step


def first_question():
    """The first question in the reader's language, else in the default language."""
    preference = Case(
        When(locale__language_code=reader_language(), then=Value(0)),
        When(locale__language_code=settings.LANGUAGE_CODE, then=Value(1)),
        default=Value(2),
    )
    return WizardQuestion.objects.filter(is_start=True).order_by(preference, "pk").first()
