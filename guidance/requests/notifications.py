"""E-mail about learning requests: the requester (and, when it is done, everyone who
voted) hears when a moderator closes a request; an expert hears when a moderator
assigns them one.

Sent through django-tasks tasks, enqueued by the receivers in
guidance/requests/signals.py once the change is committed: with a worker
(``TASKS_BACKEND=database``) the mail leaves the request; with the default immediate
backend it is sent at once.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django_tasks import task

from hub.ops.mail import absolute_url, send_personal_mail

from .models import LearningRequest, RequestStatusChange

STATUS_SUBJECT = "guidance/requests/email/status_subject.txt"
STATUS_BODY = "guidance/requests/email/status.txt"
ASSIGNED_SUBJECT = "guidance/requests/email/assigned_subject.txt"
ASSIGNED_BODY = "guidance/requests/email/assigned.txt"


@task()
def send_status_change_emails(change_id):
    change = (
        RequestStatusChange.objects.select_related("request", "answered_by", "changed_by")
        .filter(pk=change_id)
        .first()
    )
    if change is None:
        return 0
    learning_request = change.request
    context = {
        "learning_request": learning_request,
        "change": change,
        "request_url": absolute_url(reverse("requests:detail", args=[learning_request.pk])),
        "answer_url": absolute_url(change.answered_by.url) if change.answered_by else "",
        "done": change.to_status == learning_request.Status.DONE,
    }
    sent = 0
    for person in learning_request.people_to_notify(change.to_status):
        personal = {**context, "person": person, "is_requester": person.pk == learning_request.requester_id}
        send_personal_mail(person, STATUS_SUBJECT, STATUS_BODY, personal)
        sent += 1
    return sent


@task()
def send_assignment_email(request_id, assigned_by_id):
    """Tell the expert a moderator assigned them a request (if they can be reached)."""
    learning_request = LearningRequest.objects.select_related("claimed_by").filter(pk=request_id).first()
    expert = learning_request.claimed_by if learning_request else None
    if expert is None or not expert.is_active or not expert.email:
        return 0
    context = {
        "learning_request": learning_request,
        "person": expert,
        "assigned_by": get_user_model().objects.filter(pk=assigned_by_id).first(),
        "request_url": absolute_url(reverse("requests:detail", args=[learning_request.pk])),
    }
    send_personal_mail(expert, ASSIGNED_SUBJECT, ASSIGNED_BODY, context)
    return 1
