import pytest

from learning.models import CourseIndexPage, CoursePage
from tests.learning.factories import CourseFactory


@pytest.fixture
def course_index(db):
    """/courses/, made by the learning app's data migration."""
    return CourseIndexPage.objects.get(slug="courses")


@pytest.fixture
def make_course(course_index):
    def make(**kwargs):
        return CourseFactory(parent=course_index, **kwargs)

    return make


@pytest.fixture
def draft_course_of(course_index):
    """A draft course owned by ``user``, as the admin would create it."""

    def make(user, **kwargs):
        course = CoursePage(
            title=kwargs.pop("title", "A draft"), summary="Draft", owner=user, live=False, **kwargs
        )
        course_index.add_child(instance=course)
        course.save_revision(user=user)
        return course

    return make
