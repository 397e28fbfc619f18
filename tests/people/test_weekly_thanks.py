"""Thanks received in one week, as the weekly digest reads them."""

import datetime

import pytest
from django.utils import timezone

from hub import hooks
from people.recognition import thanks_received
from tests.factories import KudosFactory

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2026, 11, 9))
END = START + datetime.timedelta(days=7)


def test_visible_thanks_inside_the_week(make_user, django_assert_num_queries):
    ann, bob, fan = make_user("expert", username="ann"), make_user("expert", username="bob"), make_user()
    for when, hidden, recipient in [
        (START, False, ann),
        (END - datetime.timedelta(seconds=1), False, ann),
        (START + datetime.timedelta(days=2), True, ann),  # hidden by a moderator
        (START - datetime.timedelta(seconds=1), False, ann),
        (END, False, bob),
        (START + datetime.timedelta(days=3), False, bob),
    ]:
        KudosFactory(sender=fan, recipient=recipient, message="Thanks", created_at=when, hidden=hidden)
    nobody = [make_user("expert", username=f"expert{n}").pk for n in range(10)]

    with django_assert_num_queries(1):
        counts = thanks_received([ann.pk, bob.pk, *nobody], START, END)

    assert counts == {ann.pk: 2, bob.pk: 1}
    assert "thanks" in {source.key for source in hooks.collect(hooks.WEEKLY_RECOGNITION)}
