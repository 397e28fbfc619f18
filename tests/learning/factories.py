import factory
import wagtail_factories

from learning.models import CoursePage


class CourseFactory(wagtail_factories.PageFactory):
    """A published course. ``topics=["Excel"]`` tags it."""

    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A short practical course."
    estimated_minutes = 15
    content_language = "en"
    region = "global"
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Body text.</p>"}])

    @factory.post_generation
    def topics(course, create, extracted, **kwargs):
        if extracted:
            course.topics.add(*extracted)
            course.save()

    @factory.post_generation
    def skills(course, create, extracted, **kwargs):
        if extracted:
            course.skills.add(*extracted)
            course.save()
