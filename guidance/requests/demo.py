"""Demo learning requests: open ones with votes and comments, one claimed by an expert,
one answered by a demo course, one declined. Safe to run again (keyed by title).

Statuses are written with their history directly rather than through
``LearningRequest.change_status``, so seeding never e-mails anyone.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from .models import LearningRequest, RequestComment, RequestStatusChange, RequestVote

Status = LearningRequest.Status
Urgency = LearningRequest.Urgency

REQUESTS = [
    {
        "title": "Pivot tables for the monthly hours report",
        "description": "Every month I copy the hours export into a report by hand. I would like to "
        "learn how to summarise it per team and month without formulas.",
        "audience": "Team assistants and team leads",
        "urgency": Urgency.NORMAL,
        "requester": "employee",
        "voters": ["lotte", "daan", "moderator"],
        "comments": [("lotte", "Same here: it takes me half a day every month.")],
        "claimed_by": "expert",
        "status": Status.DONE,
        "answer_slug": "pivot-tables-in-five-steps",
        "age_days": 40,
    },
    {
        "title": "Giving feedback to colleagues who work remotely",
        "description": "Half of my team works from home. Feedback over video calls lands badly; "
        "how do I prepare and hold those conversations?",
        "audience": "Team leads with hybrid teams",
        "urgency": Urgency.HIGH,
        "requester": "daan",
        "voters": ["employee", "lotte"],
        "comments": [
            ("employee", "Would love tips on written feedback in chat too."),
            ("expert", "I am drafting a short course on this; expect a first version in two weeks."),
        ],
        "claimed_by": "expert",
        "status": Status.IN_PROGRESS,
        "age_days": 12,
    },
    {
        "title": "Power BI dashboards for team leads",
        "description": "We get a Power BI licence next quarter. What does a team lead need to know to "
        "build and read a simple dashboard?",
        "audience": "Team leads",
        "urgency": Urgency.NORMAL,
        "requester": "employee",
        "voters": ["daan", "expert", "lotte", "moderator"],
        "comments": [("lotte", "Please include how to share a dashboard safely.")],
        "status": Status.ACCEPTED,
        "age_days": 8,
    },
    {
        "title": "Onboarding checklist for warehouse staff",
        "description": "New warehouse colleagues start every month and we explain the same things each time.",
        "audience": "New colleagues in the warehouse",
        "urgency": Urgency.HIGH,
        "requester": "lotte",
        "voters": ["employee"],
        "comments": [],
        "status": Status.NEW,
        "age_days": 3,
    },
    {
        "title": "Werken met het nieuwe CRM-systeem",
        "description": "Vanaf volgende maand werken we met een nieuw CRM. Hoe leg ik een klantgesprek vast?",
        "audience": "Klantenservice",
        "urgency": Urgency.NORMAL,
        "requester": "daan",
        "voters": ["employee", "expert"],
        "comments": [],
        "status": Status.NEW,
        "age_days": 1,
    },
    {
        "title": "Speed reading course",
        "description": "A course to read reports twice as fast.",
        "audience": "Everyone",
        "urgency": Urgency.LOW,
        "requester": "daan",
        "voters": [],
        "comments": [],
        "status": Status.DECLINED,
        "reason": "Speed reading is not something colleagues can teach well in a short course. "
        "The summaries in each course's “Key takeaways” are our answer to long reading lists.",
        "age_days": 20,
    },
]


def seed_requests(home):
    users = {user.username: user for user in get_user_model().objects.all()}
    moderator = users.get("moderator")
    existing = set(LearningRequest.objects.values_list("title", flat=True))
    created = 0
    for spec in REQUESTS:
        requester = users.get(spec["requester"])
        if spec["title"] in existing or requester is None:
            continue
        asked = timezone.now() - datetime.timedelta(days=spec["age_days"])
        learning_request = LearningRequest.objects.create(
            title=spec["title"],
            description=spec["description"],
            audience=spec["audience"],
            urgency=spec["urgency"],
            requester=requester,
            created_at=asked,
        )
        for username in spec["voters"]:
            if username in users:
                RequestVote.objects.get_or_create(request=learning_request, user=users[username])
        for offset, (username, body) in enumerate(spec["comments"], start=1):
            RequestComment.objects.create(
                request=learning_request,
                author=users.get(username),
                body=body,
                created_at=asked + datetime.timedelta(hours=offset),
            )
        claimant = users.get(spec.get("claimed_by", ""))
        if claimant is not None:
            learning_request.claimed_by = claimant
            learning_request.claimed_at = asked + datetime.timedelta(days=1)
        set_status(learning_request, spec, moderator, asked)
        learning_request.save()
        created += 1
    return created


def set_status(learning_request, spec, moderator, asked):
    """The demo's status and a history that leads there, one step a day."""
    steps = {
        Status.NEW: [],
        Status.ACCEPTED: [Status.ACCEPTED],
        Status.IN_PROGRESS: [Status.ACCEPTED, Status.IN_PROGRESS],
        Status.DONE: [Status.ACCEPTED, Status.IN_PROGRESS, Status.DONE],
        Status.DECLINED: [Status.DECLINED],
    }[spec["status"]]
    answer = None
    if spec["status"] == Status.DONE:
        answer = Page.objects.live().filter(slug=spec.get("answer_slug", "")).first()
        if answer is None:
            # Without the demo course the request stays in progress rather than done with no answer.
            steps = steps[:-1]
    previous = Status.NEW
    for day, status in enumerate(steps, start=2):
        when = asked + datetime.timedelta(days=day)
        RequestStatusChange.objects.create(
            request=learning_request,
            changed_by=moderator,
            from_status=previous,
            to_status=status,
            reason=spec.get("reason", "") if status == Status.DECLINED else "",
            answered_by=answer if status == Status.DONE else None,
            created_at=when,
        )
        previous = status
        learning_request.status = status
        if status in (Status.DONE, Status.DECLINED):
            learning_request.closed_at = when
    learning_request.answered_by = answer if learning_request.status == Status.DONE else None
    learning_request.decision_reason = spec.get("reason", "") if spec["status"] == Status.DECLINED else ""
