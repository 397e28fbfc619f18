import pytest
from wagtail.models import Page

from hub.models import InfoPage
from learning.models import CourseIndexPage
from tests.learning.factories import CourseFactory


@pytest.fixture
def course_index(db):
    return CourseIndexPage.objects.get(slug="courses")


@pytest.fixture
def make_course(course_index):
    """A published course, indexed as publishing indexes it."""

    def make(**kwargs):
        course = CourseFactory(parent=course_index, **kwargs)
        course.save_revision().publish()
        return course

    return make


@pytest.fixture
def make_info_page(home):
    def make(title, text="", parent=None, **kwargs):
        page = InfoPage(title=title, body=[("paragraph", f"<p>{text}</p>")] if text else [], **kwargs)
        (parent or home).add_child(instance=page)
        page.save_revision().publish()
        return Page.objects.get(pk=page.pk).specific

    return make


@pytest.fixture
def search(client_as):
    """``search("pivot", type="courses")``: the results page as an employee sees it."""

    client = None

    def get(q, as_client=None, **params):
        nonlocal client
        if as_client is None and client is None:
            client = client_as("employee", username="searcher")
        return (as_client or client).get("/search/", {"q": q, **params})

    return get


def result_titles(response):
    return [hit.title for hit, _snippet in response.context["hits"]]
