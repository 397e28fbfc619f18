import pytest


@pytest.fixture
def learning_request(make_request):
    return make_request()


@pytest.fixture
def draft_course(draft_course_of, make_user):
    """A course that was never published: it must never be suggested or linked."""
    return draft_course_of(make_user("expert", username="draft-owner"), title="Pivot tables draft")
