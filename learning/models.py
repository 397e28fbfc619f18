"""Every model of the learning app. Each is defined in its feature package
(``learning/<feature>/models.py``) and imported here, so Django registers it under the
app label ``learning`` with its table name unchanged, and other apps find it here
(``from learning.models import CoursePage``). Modules inside learning import models
from their feature package, never from here, so this module cannot close a cycle."""

from .courses.models import (
    CourseCoAuthor,
    CourseIndexPage,
    CoursePage,
    CourseSkill,
    CourseTemplate,
    CourseTopic,
)
from .feedback.models import CourseRating, HelpfulMark
from .records.models import ActiveTime, Enrolment, QuizAttempt

__all__ = [
    "ActiveTime",
    "CourseCoAuthor",
    "CourseIndexPage",
    "CoursePage",
    "CourseRating",
    "CourseSkill",
    "CourseTemplate",
    "CourseTopic",
    "Enrolment",
    "HelpfulMark",
    "QuizAttempt",
]
