"""A profile behind a view restriction is listed nowhere: not in the directory or its
filter choices, not on the home page, not as the link of a credit line. Its page
itself is guarded by Wagtail's restriction, like any page."""

import pytest
from django.utils import timezone

from hub.contributions.experts import profile_urls
from hub.contributions.sources import Figures
from tests.factories import PageViewRestrictionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_expert(make_user, make_profile, contribution_source):
    user = make_user("expert", username="lotte", first_name="Lotte", last_name="Legal")
    profile = make_profile(user, expertise=["Privacy law"], department="Legal")
    # The most recent contributor: the home page would put her in the spotlight.
    now = timezone.now()
    contribution_source({user.pk: Figures(contributions=3, latest=now, since=now)})
    return profile


def restrict(page):
    # No group chosen: nobody but superusers passes.
    return PageViewRestrictionFactory(page=page)


def test_a_restricted_profile_is_not_listed_or_linked(client_as, hidden_expert, home):
    employee = client_as("employee")
    # Listed while open, so the checks below can fail.
    assert "Lotte Legal" in employee.get("/experts/").content.decode()
    assert "Lotte Legal" in employee.get("/").content.decode()

    restrict(hidden_expert)

    directory = employee.get("/experts/").content.decode()
    assert "Lotte Legal" not in directory
    assert "Privacy law" not in directory and ">Legal<" not in directory  # filter choices
    assert "Lotte Legal" not in employee.get("/").content.decode()
    assert profile_urls([hidden_expert.user]) == {}
    assert employee.get(hidden_expert.url, follow=True).status_code == 403  # the "no access" page


def test_lifting_the_restriction_lists_the_profile_again(client_as, hidden_expert, home):
    restriction = restrict(hidden_expert)
    employee = client_as("employee")
    assert "Lotte Legal" not in employee.get("/").content.decode()

    restriction.delete()

    assert "Lotte Legal" in employee.get("/experts/").content.decode()
    assert "Lotte Legal" in employee.get("/").content.decode()
    assert profile_urls([hidden_expert.user]) == {hidden_expert.user_id: hidden_expert.url}
