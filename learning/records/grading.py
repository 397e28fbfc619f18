"""Grading a quiz on the server, against the course as it is published.

The form sends ``q-<question id>`` with the ids of the chosen answers. Anything that
does not belong to this quiz is tampering (400); an unanswered question is the
learner's to fix, so the form comes back with their choices kept.
"""

from dataclasses import dataclass, field

from ..blocks import QuestionBlock

PREFIX = "q-"


class QuizTampered(ValueError):
    """The post names questions or answers this quiz does not have."""


@dataclass
class Graded:
    questions: list = field(default_factory=list)  # the snapshot stored on the attempt
    selected: dict = field(default_factory=dict)  # question id -> chosen answer ids
    missing: list = field(default_factory=list)  # question ids left unanswered
    pass_mark: int = 0

    @property
    def correct(self):
        return sum(1 for question in self.questions if question["is_correct"])

    @property
    def total(self):
        return len(self.questions)

    @property
    def passed(self):
        return self.total > 0 and 100 * self.correct >= self.pass_mark * self.total


def questions_of(quiz_value):
    """(question id, question value, [(answer id, answer value)]) for each question."""
    for question in quiz_value["questions"].bound_blocks:
        answers = [(str(answer.id), answer.value) for answer in question.value["answers"].bound_blocks]
        yield str(question.id), question.value, answers


def read_selection(quiz_value, data):
    """The chosen answer ids per question from the posted ``data``; raises QuizTampered."""
    known = {question_id: answers for question_id, _, answers in questions_of(quiz_value)}
    selected = {}
    for name in data:
        if not name.startswith(PREFIX):
            continue
        question_id = name.removeprefix(PREFIX)
        if question_id not in known:
            raise QuizTampered(f"unknown question {question_id!r}")
        chosen = data.getlist(name)
        answer_ids = {answer_id for answer_id, _ in known[question_id]}
        if not set(chosen) <= answer_ids or len(set(chosen)) != len(chosen):
            raise QuizTampered(f"unknown answer for question {question_id!r}")
        selected[question_id] = chosen
    return selected


def grade(quiz_value, data):
    selected = read_selection(quiz_value, data)
    graded = Graded(selected=selected, pass_mark=quiz_value["pass_mark"])
    for question_id, question, answers in questions_of(quiz_value):
        chosen = set(selected.get(question_id, []))
        if not chosen:
            graded.missing.append(question_id)
            continue
        if question["kind"] != QuestionBlock.MULTIPLE and len(chosen) > 1:
            raise QuizTampered(f"several answers to single-choice question {question_id!r}")
        right = {answer_id for answer_id, answer in answers if answer["correct"]}
        graded.questions.append(
            {
                "id": question_id,
                "question": question["question"],
                "kind": question["kind"],
                "is_correct": chosen == right,
                "answers": [
                    {
                        "text": answer["text"],
                        "correct": answer["correct"],
                        "chosen": answer_id in chosen,
                        "explanation": answer["explanation"],
                    }
                    for answer_id, answer in answers
                ],
            }
        )
    return graded
