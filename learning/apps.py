from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def course_index_url(request):
    from .models import CourseIndexPage

    index = CourseIndexPage.objects.live().first()
    return index.get_url(request) if index else None


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")

    def ready(self):
        from hub.registry import DemoSeeder, Section, demo_seeders, sections

        from .demo import seed_courses

        sections.register(
            Section(
                key="courses",
                label=_("Courses"),
                description=_("Short, practical courses by colleagues who know the work."),
                get_url=course_index_url,
                order=10,
            )
        )
        demo_seeders.register(DemoSeeder(key="courses", seed=seed_courses, order=10))
