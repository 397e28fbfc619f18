import pytest

from learning.models import CoursePage


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
