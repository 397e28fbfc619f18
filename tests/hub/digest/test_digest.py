"""The weekly digest: who gets it, once a week, what it says, and the opt-out."""

import datetime
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.users.models import UserProfile

from hub import hooks
from hub.accounts.models import UserDetails
from hub.accounts.roles import MODERATOR
from hub.contributions.weekly import weekly_figures
from hub.digest.models import DigestDelivery
from hub.digest.tasks import send_weekly_digest_task
from hub.digest.weekly import OLDEST_ITEMS, STALE_CLAIM, send_weekly_digest
from hub.queue.items import QueueItem, QueueSource
from tests.factories import (
    DigestDeliveryFactory,
    EnrolmentFactory,
    HelpfulMarkFactory,
    KudosFactory,
    UserDetailsFactory,
)

pytestmark = pytest.mark.django_db

WEEK = datetime.date(2026, 11, 9)  # a Monday
IN_WEEK = datetime.date(2026, 11, 11)
BASE = "http://testserver"


def at(day, hour=12, minute=0):
    """An aware datetime in the hub's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


@pytest.fixture
def queue_source(register_hook):
    """Register a test source next to the real ones: ``queue_source("flags", "Outdated
    flags", [QueueItem, ...])``. A person's slice is the items they own. A test
    source may take a real source's key for the test."""

    def register(key, label, items, order=50):
        register_hook(
            hooks.QUEUE_SOURCES,
            QueueSource(
                key=key,
                label=label,
                order=order,
                items=lambda user, items=items: [i for i in items if user is None or i.owner == user],
            ),
        )

    return register


def item(source, ref, since, owner=None, title=None, url=None):
    return QueueItem(
        source=source,
        ref=ref,
        title=title or f"{source} {ref}",
        since=since,
        owner=owner,
        url=url if url is not None else f"/admin/{source}/{ref}/",
    )


def moderator_only(make_user, username="mona", **kwargs):
    user = make_user("employee", username=username, **kwargs)
    user.groups.add(Group.objects.get(name=MODERATOR))
    return user


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def run(*args):
    out = StringIO()
    call_command("send_weekly_digest", "--week", IN_WEEK.isoformat(), *args, stdout=out)
    return out.getvalue()


def test_sent_once_and_only_to_the_right_people(make_user, queue_source):
    mona = moderator_only(make_user)
    ann = make_user("expert", username="ann")
    yves = make_user("expert", username="yves")
    UserDetailsFactory(user=yves, department="Sales", weekly_digest=True)
    idle = make_user("expert", username="idle")  # nothing waits, nothing happened
    opted_out = make_user("expert", username="otto")
    UserDetailsFactory(user=opted_out, weekly_digest=False)
    inactive = make_user("expert", username="ina", is_active=False)
    no_address = make_user("expert", username="noel", email="")
    employee = make_user("employee", username="emma")
    superuser = make_user("admin", username="root")
    queue_source(
        "flags",
        "Outdated flags",
        [
            item("flags", str(n), at(WEEK), owner=person)
            for n, person in enumerate([ann, yves, opted_out, inactive, no_address, employee, superuser])
        ],
    )

    assert "weekly digests sent: 3." in run()
    assert "weekly digests sent: 0." in run()
    send_weekly_digest(week=WEEK + datetime.timedelta(days=6))  # another run, same week

    assert sorted(m.to[0] for m in mail.outbox) == sorted([mona.email, ann.email, yves.email])
    assert set(DigestDelivery.objects.values_list("user__username", "week")) == {
        ("mona", WEEK),
        ("ann", WEEK),
        ("yves", WEEK),
    }
    assert DigestDelivery.objects.filter(sent_at__isnull=True).count() == 0
    assert not mails_to(idle)

    # A new week is a new digest.
    send_weekly_digest(week=WEEK + datetime.timedelta(days=7))
    assert len(mails_to(ann)) == 2


def test_moderators_see_the_whole_queue_and_experts_only_their_own(make_user, queue_source):
    mona = moderator_only(make_user)
    ann = make_user("expert", username="ann")
    bob = make_user("expert", username="bob")
    flags = [item("flags", str(n), at(WEEK - datetime.timedelta(days=n)), owner=ann) for n in range(3)]
    requests = [
        item("requests", "10", at(WEEK - datetime.timedelta(days=30)), owner=bob, title="Bob's request"),
        *[item("requests", str(n), at(WEEK - datetime.timedelta(days=20 + n))) for n in range(4)],
    ]
    queue_source("flags", "Outdated flags", flags, order=1)
    queue_source("requests", "Learning requests", requests, order=2)
    queue_source("searches", "Searches without results", [], order=3)

    send_weekly_digest(week=IN_WEEK)

    [to_mona] = mails_to(mona)
    assert "8 items are waiting in the L&D queue." in to_mona.body
    assert "- Outdated flags: 3\n" in to_mona.body
    assert "- Learning requests: 5\n" in to_mona.body
    assert "Searches without results" not in to_mona.body  # kinds with nothing are left out
    # The oldest first, at most OLDEST_ITEMS of them.
    listed = [line for line in to_mona.body.splitlines() if line.startswith("- ") and "waiting since" in line]
    assert len(listed) == OLDEST_ITEMS
    assert listed[0].startswith("- Bob's request (Learning requests, waiting since ")
    assert "What your work did this week" not in to_mona.body  # not an expert

    [to_ann] = mails_to(ann)
    assert "3 items of yours are waiting." in to_ann.body
    assert "Bob's request" not in to_ann.body
    assert "requests 0" not in to_ann.body and "L&D queue." not in to_ann.body
    assert "Learners who completed your courses: 0" in to_ann.body

    [to_bob] = mails_to(bob)
    assert "1 item of yours is waiting." in to_bob.body
    assert "Bob's request" in to_bob.body
    assert "flags 0" not in to_bob.body


def test_someone_in_both_groups_gets_one_mail_with_both_parts(make_user, queue_source):
    both = make_user("moderator", username="mo")  # Expert and L&D moderator
    queue_source(
        "flags", "Outdated flags", [item("flags", "1", at(WEEK), owner=both), item("flags", "2", at(WEEK))]
    )

    send_weekly_digest(week=IN_WEEK)

    [message] = mail.outbox
    assert message.to == [both.email]
    assert "2 items are waiting in the L&D queue." in message.body
    assert "1 item of yours is waiting." in message.body
    assert "What your work did this week" in message.body


@pytest.fixture
def week_of_recognition(make_user, make_course):
    """Ann owns one course and co-authors another; what happened around one week."""
    ann = make_user("expert", username="ann")
    own = make_course(owner=ann, title="Pivot tables")
    shared = make_course(owner=make_user("expert", username="olga"), co_authors=[ann])
    learners = [make_user(username=f"learner{n}") for n in range(4)]

    def complete(learner, course, when):
        EnrolmentFactory(user=learner, course=course, completed_at=when)

    complete(learners[0], own, at(WEEK, 0, 0))  # first moment of the week
    complete(learners[0], shared, at(WEEK + datetime.timedelta(days=6), 23, 59))  # same learner, last minute
    complete(learners[1], shared, at(IN_WEEK))
    complete(learners[2], own, at(WEEK - datetime.timedelta(days=1), 23, 59))  # the week before
    complete(learners[3], own, at(WEEK + datetime.timedelta(days=7), 0, 0))  # the week after
    complete(ann, shared, at(IN_WEEK))  # her own course reaches nobody

    for learner, when in [(learners[0], at(IN_WEEK)), (learners[1], at(WEEK - datetime.timedelta(days=3)))]:
        HelpfulMarkFactory(course=own, user=learner, created_at=when)

    KudosFactory(sender=learners[0], recipient=ann, message="Thanks!", created_at=at(IN_WEEK))
    KudosFactory(sender=learners[1], recipient=ann, message="Great", created_at=at(IN_WEEK))
    KudosFactory(sender=learners[2], recipient=ann, message="Rude", created_at=at(IN_WEEK), hidden=True)
    KudosFactory(
        sender=learners[2],
        recipient=ann,
        message="Old",
        created_at=at(WEEK, 0, 0) - datetime.timedelta(seconds=1),
    )
    return ann


def test_the_weeks_figures_from_the_real_sources(week_of_recognition):
    ann = week_of_recognition

    send_weekly_digest(week=IN_WEEK)

    # Figures alone are worth a mail: nothing waits for either of them.
    [to_ann] = mails_to(ann)
    assert "- Learners who completed your courses: 2\n" in to_ann.body
    assert "- “This helped me” on your courses: 1\n" in to_ann.body
    assert "- Thanks received: 2\n" in to_ann.body
    assert "Nothing is waiting for you." in to_ann.body
    # The owner of the course Ann co-authors: Ann finishing it reached her.
    [to_olga] = [m for m in mail.outbox if m.to == ["olga@example.com"]]
    assert "- Learners who completed your courses: 3\n" in to_olga.body
    assert "- Thanks received: 0\n" in to_olga.body
    assert len(mail.outbox) == 2


def test_text_and_html_parts_with_absolute_links_and_escaped_titles(make_user, queue_source):
    ann = make_user("expert", username="ann", first_name="Ann<i>")
    queue_source(
        "flags",
        "Outdated flags",
        [
            item("flags", "1", at(WEEK), owner=ann, title="<script>alert(1)</script> & co"),
            item("flags", "2", at(WEEK), owner=ann, url=""),
        ],
    )

    send_weekly_digest(week=IN_WEEK)

    [message] = mail.outbox
    html = html_of(message)
    assert message.subject == "Your learning hub week: 9 Nov – 15 Nov 2026"
    assert message.body.startswith("Hello Ann<i>,")
    assert "<p>Hello Ann&lt;i&gt;,</p>" in html
    assert "<script>alert(1)</script> & co" in message.body  # plain text is not HTML-escaped
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert '<html lang="en">' in html
    links = LinkCollector.collect(html)
    assert f"{BASE}/admin/flags/1/" in links
    assert f"{BASE}/admin/account/" in links
    assert all(link.startswith(f"{BASE}/") for link in links)
    assert f"{BASE}/admin/flags/1/" in message.body
    assert "untick “Weekly digest” in your account settings" in message.body
    assert f"{BASE}/admin/account/" in message.body


def test_in_the_recipients_language(make_user, queue_source):
    ann = make_user("expert", username="ann")
    UserProfile.objects.create(user=ann, preferred_language="nl")
    queue_source("flags", "Outdated flags", [item("flags", "1", at(WEEK), owner=ann)])

    send_weekly_digest(week=IN_WEEK)

    [message] = mail.outbox
    assert '<html lang="nl">' in html_of(message)
    assert "9 november 2026" in message.body  # Dutch date format


class FailingForSome(EmailBackend):
    """An outgoing mail server that refuses addresses starting with "fail"."""

    def send_messages(self, messages):
        if any(address.startswith("fail") for message in messages for address in message.to):
            raise ConnectionError("Mail server refused")
        return super().send_messages(messages)


def test_a_failed_send_is_retried_by_the_next_run(make_user, queue_source, settings):
    ann = make_user("expert", username="ann")
    fay = make_user("expert", username="fail-fay")
    queue_source(
        "flags",
        "Outdated flags",
        [item("flags", "1", at(WEEK), owner=ann), item("flags", "2", at(WEEK), owner=fay)],
    )
    settings.EMAIL_BACKEND = "tests.hub.digest.test_digest.FailingForSome"

    with pytest.raises(CommandError, match="Could not send 1 digests \\(fail-fay@example.com\\)"):
        run()
    assert [m.to for m in mail.outbox] == [[ann.email]]
    assert not DigestDelivery.objects.filter(user=fay).exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert "weekly digests sent: 1." in run()
    assert [m.to for m in mail.outbox] == [[ann.email], [fay.email]]


def test_a_claim_left_by_a_dead_run_is_taken_over_a_fresh_one_is_not(make_user, queue_source):
    ann = make_user("expert", username="ann")
    bob = make_user("expert", username="bob")
    queue_source(
        "flags",
        "Outdated flags",
        [item("flags", "1", at(WEEK), owner=ann), item("flags", "2", at(WEEK), owner=bob)],
    )
    now = timezone.now()
    DigestDeliveryFactory(user=ann, week=WEEK, claimed_at=now - STALE_CLAIM - datetime.timedelta(minutes=1))
    DigestDeliveryFactory(user=bob, week=WEEK, claimed_at=now - datetime.timedelta(minutes=5))

    send_weekly_digest(week=IN_WEEK)

    assert [m.to for m in mail.outbox] == [[ann.email]]
    assert DigestDelivery.objects.get(user=ann).sent_at is not None


def test_dry_run_lists_who_would_get_what_and_sends_nothing(make_user, queue_source):
    mona = moderator_only(make_user)
    ann = make_user("expert", username="ann")
    queue_source(
        "flags", "Outdated flags", [item("flags", "1", at(WEEK), owner=ann), item("flags", "2", at(WEEK))]
    )

    out = run("--dry-run")

    assert "Week of 2026-11-09: 2 digests would be sent." in out
    assert f"{mona.email}: queue 2 (2 listed)" in out
    assert f"{ann.email}: own items 1, learners_reached 0, helpful_marks 0, thanks 0" in out
    assert mail.outbox == []
    assert not DigestDelivery.objects.exists()


def test_a_bad_week_is_a_clear_error():
    with pytest.raises(CommandError, match="needs a date as YYYY-MM-DD, not 'next week'"):
        call_command("send_weekly_digest", "--week", "next week")


def test_the_task_and_enqueue_run_the_same_code(make_user, queue_source):
    ann = make_user("expert", username="ann")
    bob = make_user("expert", username="bob")
    queue_source("flags", "Outdated flags", [item("flags", "1", at(WEEK), owner=ann)])

    result = send_weekly_digest_task.enqueue(week=IN_WEEK.isoformat())  # the immediate backend
    assert result.return_value == 1
    assert DigestDelivery.objects.get().week == WEEK

    queue_source("more", "More", [item("more", "1", at(WEEK), owner=bob)])
    out = run("--enqueue")
    assert "Queued task" in out
    assert [m.to for m in mail.outbox] == [[ann.email], [bob.email]]


def test_the_default_week_is_the_last_full_one(make_user, queue_source):
    ann = make_user("expert", username="ann")
    queue_source("flags", "Outdated flags", [item("flags", "1", at(WEEK), owner=ann)])
    today = timezone.localdate()

    digest_run = send_weekly_digest()

    this_monday = today - datetime.timedelta(days=today.weekday())
    assert digest_run.week == this_monday - datetime.timedelta(days=7)
    assert DigestDelivery.objects.get().week == digest_run.week


def queries_to_send(make_user, queue_source, experts, prefix):
    people = [make_user("expert", username=f"{prefix}{n}") for n in range(experts)]
    queue_source(
        prefix, prefix, [item(prefix, str(n), at(WEEK), owner=person) for n, person in enumerate(people)]
    )
    with CaptureQueriesContext(connection) as queries:
        digest_run = send_weekly_digest(week=IN_WEEK)
    assert len(digest_run.sent) == experts
    DigestDelivery.objects.all().delete()
    for person in people:
        person.delete()
    return len(queries)


def test_queries_grow_by_a_small_constant_per_recipient(make_user, queue_source):
    few = queries_to_send(make_user, queue_source, 2, "few")
    many = queries_to_send(make_user, queue_source, 8, "many")

    # Per person: claim (savepoint, insert, release), their slice's handled marks,
    # and marking it sent (5), plus the real queue sources' look-up of that person's
    # slice: requests they hold (1), their flagged pages (1), their translations left
    # behind (1), their overdue pages (one per kind of authored page: 2). Recipients
    # and the week's figures are fetched once.
    assert (many - few) / 6 <= 10


def test_recognition_figures_are_fetched_in_bulk(make_user, django_assert_num_queries):
    few = [make_user("expert", username=f"a{n}").pk for n in range(2)]
    many = [make_user("expert", username=f"b{n}").pk for n in range(12)]
    start, end = at(WEEK, 0, 0), at(WEEK + datetime.timedelta(days=7), 0, 0)

    with CaptureQueriesContext(connection) as for_few:
        weekly_figures(few, start, end)
    with django_assert_num_queries(len(for_few)):
        figures = weekly_figures(many, start, end)
    assert len(for_few) == 5  # learners (2), "this helped me" (2), thanks (1)
    assert [f.key for f in figures[many[0]]] == ["learners_reached", "helpful_marks", "thanks"]


class FormReader(HTMLParser):
    """The values a browser would submit from the page's main form as it stands."""

    def __init__(self):
        super().__init__()
        self.data, self.select = {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "file", "button"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
            else:
                self.data[name] = attrs.get("value", "")
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and ("selected" in attrs or self.select not in self.data):
            self.data[self.select] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    @classmethod
    def collect(cls, html):
        parser = cls()
        parser.feed(html)
        return parser.links


def account_form(client):
    response = client.get("/admin/account/")
    assert response.status_code == 200
    reader = FormReader()
    reader.feed(response.content.decode())
    return response, reader.data


def test_opting_out_and_back_in_through_the_account_settings(client, make_user, queue_source):
    ann = make_user("expert", username="ann")
    queue_source("flags", "Outdated flags", [item("flags", "1", at(WEEK), owner=ann)])
    client.force_login(ann)

    response, data = account_form(client)
    assert 'name="weekly_digest-weekly_digest"' in response.content.decode()
    assert data["weekly_digest-weekly_digest"] == "on"  # no details row yet: the default
    del data["weekly_digest-weekly_digest"]  # untick
    response = client.post("/admin/account/", data)
    assert response.status_code == 302

    assert UserDetails.objects.get(user=ann).weekly_digest is False
    send_weekly_digest(week=IN_WEEK)
    assert mail.outbox == []

    _response, data = account_form(client)
    assert "weekly_digest-weekly_digest" not in data
    data["weekly_digest-weekly_digest"] = "on"
    assert client.post("/admin/account/", data).status_code == 302
    send_weekly_digest(week=IN_WEEK)
    assert [m.to for m in mail.outbox] == [[ann.email]]


def test_the_setting_is_only_offered_to_those_who_get_the_digest(client, make_user):
    other_admin_user = make_user("admin", username="root")
    client.force_login(other_admin_user)

    response = client.get("/admin/account/")

    assert response.status_code == 200
    assert "weekly_digest-weekly_digest" not in response.content.decode()
