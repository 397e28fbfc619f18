from .feedback import CourseRating, HelpfulMark
from .pages import CourseCoAuthor, CourseIndexPage, CoursePage, CourseSkill, CourseTemplate, CourseTopic
from .progress import ActiveTime, Enrolment, QuizAttempt

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
