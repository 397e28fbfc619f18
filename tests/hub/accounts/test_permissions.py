"""Access follows permissions, never a group's name: an administrator who renames the
roles' groups in the admin changes nobody's access, and a right given to one person
directly counts as much as one through a group (hub/accounts/permissions.py)."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.utils import timezone

from hub.accounts.permissions import MODERATE_CONTENT, SHARE_EXPERTISE, is_moderator, moderators
from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR
from hub.authoring.flags import flag_page
from hub.digest.weekly import send_weekly_digest
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/hub/queue/"
REPORT = "/admin/learning/reports/by-month/"
INSIGHTS = "/admin/insights/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def rename_roles():
    """Every role's group renamed, as an administrator may do in the admin (after the
    test's people joined them: the test factory finds the groups by name)."""
    for name in (EXPERT, MODERATOR, ADMINISTRATOR):
        assert Group.objects.filter(name=name).update(name=f"{name} (renamed)") == 1


def test_a_moderator_keeps_the_queue_reports_and_insights_when_the_group_is_renamed(make_user, make_course):
    moderator = make_user("moderator", username="mona")
    make_course(
        title="Overdue course", owner=None, review_by=timezone.localdate() - datetime.timedelta(days=3)
    )
    rename_roles()
    client = signed_in(moderator)

    queue = client.get(QUEUE)
    assert queue.status_code == 200
    assert queue.context["moderator"] is True  # the whole queue, with the owner filter
    assert "Overdue course" in queue.content.decode()
    assert client.get(REPORT).status_code == 200
    assert client.get(INSIGHTS).status_code == 200


def test_an_expert_keeps_their_profile_when_the_group_is_renamed(make_user):
    expert = make_user("expert", username="sanne")
    rename_roles()

    response = signed_in(expert).get("/experts/me/")

    assert response.status_code == 200
    assert response.context["creating"] is True


def test_the_weekly_digest_follows_the_rights_not_the_names(make_user, make_course):
    moderator = make_user("moderator", username="mona")
    expert = make_user("expert", username="ann")
    make_course(
        title="Ann's old course", owner=expert, review_by=timezone.localdate() - datetime.timedelta(days=30)
    )
    rename_roles()

    run = send_weekly_digest()

    assert {user.username for user in run.sent} == {"mona", "ann"}
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert "Ann's old course" in by_address[moderator.email]
    assert "Ann's old course" in by_address[expert.email]


def test_flags_on_a_page_nobody_owns_reach_the_moderators_under_any_group_name(make_user, make_course):
    moderator = make_user("moderator", username="mona")
    course = make_course(title="Orphan", owner=None)
    rename_roles()

    flag_page(course, make_user("employee", username="emma"), "The menus changed.")

    assert [message.to for message in mail.outbox] == [[moderator.email]]


def test_a_right_given_to_one_person_counts_like_one_from_a_group(make_user):
    lena = make_user("employee", username="lena")
    app_label, codename = MODERATE_CONTENT.split(".")
    lena.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    lena = type(lena).objects.get(pk=lena.pk)  # a fresh object: permissions are cached per object

    assert is_moderator(lena)
    assert list(moderators()) == [lena]
    assert signed_in(lena).get(QUEUE).status_code == 302  # the queue is in the admin: no admin access


def test_nobody_is_a_moderator_or_expert_without_the_right(make_user):
    employee = make_user("employee")
    expert = make_user("expert")

    assert not is_moderator(employee) and not is_moderator(expert)
    assert expert.has_perm(SHARE_EXPERTISE) and not employee.has_perm(SHARE_EXPERTISE)
    assert signed_in(employee).get("/experts/me/").status_code == 403


def test_a_superuser_may_do_everything_but_is_given_no_role_s_mail(make_user):
    root = UserFactory(username="root", is_superuser=True, is_staff=True)

    assert is_moderator(root)
    assert list(moderators()) == []
    assert send_weekly_digest().sent == []
