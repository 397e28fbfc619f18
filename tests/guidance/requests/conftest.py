import pytest

from guidance.requests.models import LearningRequest
from learning.models import CoursePage
from tests.factories import UserFactory


@pytest.fixture
def make_request(db):
    """``make_request(title=..., requester=user)``: a new learning request."""

    def make(**kwargs):
        if "requester" not in kwargs:
            kwargs["requester"] = UserFactory(role="employee")
        kwargs.setdefault("title", "Pivot tables for monthly reports")
        kwargs.setdefault("description", "I summarise an hours export by hand every month.")
        kwargs.setdefault("audience", "Team assistants")
        return LearningRequest.objects.create(**kwargs)

    return make


@pytest.fixture
def learning_request(make_request):
    return make_request()


@pytest.fixture
def draft_course(course_index, make_user):
    """A course that was never published: it must never be suggested or linked."""
    owner = make_user("expert", username="draft-owner")
    course = CoursePage(title="Pivot tables draft", summary="Unpublished", owner=owner, live=False)
    course_index.add_child(instance=course)
    course.save_revision(user=owner)
    return course
