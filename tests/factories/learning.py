"""Factories for learning: courses and their quiz blocks (learning/blocks.py), and what
learners leave behind (enrolments, learning time, ratings, "this helped me")."""

import factory
import wagtail_factories
from django.utils import timezone

from learning.blocks import AnswerBlock, CourseBodyBlock, QuestionBlock, QuizBlock
from learning.models import ActiveTime, CourseIndexPage, CoursePage, CourseRating, Enrolment, HelpfulMark

from .hub import (
    AuthoredPageFactory,
    BaseContentBlockFactory,
    StreamFieldFactory,
    UserFactory,
    in_default_language,
)


# -- quiz blocks ---------------------------------------------------------------------------
class AnswerBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = AnswerBlock

    text = factory.Sequence(lambda n: f"Answer {n}")
    correct = False
    explanation = ""


class QuestionBlockFactory(wagtail_factories.StructBlockFactory):
    """``answers__0__text="Amsterdam", answers__0__correct=True``: one answer per index."""

    class Meta:
        model = QuestionBlock

    kind = QuestionBlock.SINGLE
    question = factory.Sequence(lambda n: f"Question {n}?")
    answers = wagtail_factories.ListBlockFactory(AnswerBlockFactory)


class QuizBlockFactory(wagtail_factories.StructBlockFactory):
    """``questions__0__question="..."``: one question per index."""

    class Meta:
        model = QuizBlock

    title = "Check what you learned"
    pass_mark = 80
    questions = wagtail_factories.ListBlockFactory(QuestionBlockFactory)


class CourseBodyBlockFactory(BaseContentBlockFactory):
    class Meta:
        model = CourseBodyBlock

    quiz = factory.SubFactory(QuizBlockFactory)


# -- courses -------------------------------------------------------------------------------
class CourseFactory(AuthoredPageFactory):
    """A course in /courses/, published (``draft=True``: its owner's draft).

    ``topics=["Excel"]`` and ``skills=[...]`` tag it; the body is one paragraph unless the
    test writes its own: ``body__0__heading__text="Intro"``, ``body__1="quiz"``, or
    ``body=[...]`` with the helpers of tests/learning/learner.py."""

    class Meta:
        model = CoursePage

    parent = factory.LazyFunction(lambda: in_default_language(CourseIndexPage, slug="courses"))
    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A short practical course."
    estimated_minutes = 15
    body = StreamFieldFactory(CourseBodyBlockFactory, default=["paragraph"])
    topics = ()
    skills = ()

    @classmethod
    def _unsaved(cls, model_class, *, topics, skills, **fields):
        course = super()._unsaved(model_class, **fields)
        course.topics.add(*topics)
        course.skills.add(*skills)
        return course


# -- what learners leave behind ---------------------------------------------------------------
class EnrolmentFactory(factory.django.DjangoModelFactory):
    """A learner's enrolment, in progress unless ``completed_at`` is given."""

    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CourseFactory)
    course_title = factory.LazyAttribute(lambda enrolment: enrolment.course.title)


class ActiveTimeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActiveTime

    enrolment = factory.SubFactory(EnrolmentFactory)
    section_id = "intro"
    day = factory.LazyFunction(timezone.localdate)
    seconds = 60


class CourseRatingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseRating

    course = factory.SubFactory(CourseFactory)
    user = factory.SubFactory(UserFactory)
    stars = 4


class HelpfulMarkFactory(factory.django.DjangoModelFactory):
    """A "this helped me" mark; ``created_at=...`` back-dates it (the field is set on saving)."""

    class Meta:
        model = HelpfulMark
        skip_postgeneration_save = True

    course = factory.SubFactory(CourseFactory)
    user = factory.SubFactory(UserFactory)

    @factory.post_generation
    def created_at(mark, create, extracted, **kwargs):
        if create and extracted:
            HelpfulMark.objects.filter(pk=mark.pk).update(created_at=extracted)
            mark.created_at = extracted
