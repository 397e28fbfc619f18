"""What the hub shows of learning outside its own pages: the course section in the
navigation, the newest courses on the home page, "My learning" in the header."""

from django.urls import reverse

from hub.content.languages import one_per_item, reader_version

from .courses.listing import with_feedback_figures
from .courses.models import CourseIndexPage, CoursePage

HOME_COURSES = 4


def course_index(request):
    """The live course section, looked up once per request (navigation, home cards and
    the home panel all ask for it)."""
    if not hasattr(request, "_course_index"):
        request._course_index = reader_version(CourseIndexPage.objects.live())
    return request._course_index


def course_index_url(request):
    index = course_index(request)
    return index.get_url(request) if index else None


def latest_courses(request):
    courses = (
        with_feedback_figures(one_per_item(CoursePage.objects.live().public()))
        .select_related("owner")
        .prefetch_related("topics")
        .order_by("-first_published_at", "-pk")[:HOME_COURSES]
    )
    return {"courses": list(courses), "index": course_index(request)}


def my_learning_url(request):
    return reverse("my_learning:index")
