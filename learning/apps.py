from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def course_index(request):
    """The live course section, looked up once per request (navigation, home cards and
    the home panel all ask for it)."""
    from .models import CourseIndexPage

    if not hasattr(request, "_course_index"):
        request._course_index = CourseIndexPage.objects.live().first()
    return request._course_index


def latest_courses(request):
    from .listing import with_feedback_figures
    from .models import CoursePage

    courses = (
        with_feedback_figures(CoursePage.objects.live())
        .public()
        .select_related("owner")
        .prefetch_related("topics")
        .order_by("-first_published_at", "-pk")[:HOME_COURSES]
    )
    return {"courses": list(courses), "index": course_index(request)}


HOME_COURSES = 4


def course_index_url(request):
    index = course_index(request)
    return index.get_url(request) if index else None


def my_learning_url(request):
    from django.urls import reverse

    return reverse("my_learning:index")


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")

    def ready(self):
        from hub.registry import (
            AccountLink,
            ContributionSource,
            DemoSeeder,
            HomePanel,
            Section,
            account_links,
            contributions,
            demo_seeders,
            home_panels,
            sections,
        )

        from .demo import seed_courses
        from .demo_records import seed_learner_records

        sections.register(
            Section(
                key="courses",
                label=_("Courses"),
                description=_("Short, practical courses by colleagues who know the work."),
                get_url=course_index_url,
                order=10,
            )
        )
        home_panels.register(
            HomePanel(
                key="latest_courses",
                template="learning/includes/home_latest.html",
                get_context=latest_courses,
            )
        )
        account_links.register(
            AccountLink(key="my_learning", label=_("My learning"), get_url=my_learning_url, order=10)
        )
        from . import contributions as course_contributions

        contributions.register(
            ContributionSource(
                key="courses",
                items=course_contributions.items,
                figures=course_contributions.figures,
                order=10,
            )
        )
        from hub.recognition import RecognitionSource, recognition

        from . import recognition as course_recognition

        recognition.register(
            RecognitionSource(
                key="learners_reached",
                label=_("Learners who completed your courses"),
                counts=course_recognition.learners_reached,
                order=10,
            )
        )
        recognition.register(
            RecognitionSource(
                key="helpful_marks",
                label=_("“This helped me” on your courses"),
                counts=course_recognition.helpful_marks,
                order=20,
            )
        )
        from . import insights

        insights.register()
        demo_seeders.register(DemoSeeder(key="courses", seed=seed_courses, order=10))
        demo_seeders.register(DemoSeeder(key="learner_records", seed=seed_learner_records, order=80))
