"""E-mail about learning requests: the requester (and, when it is done, everyone who
voted) hears when a moderator closes a request.

Sent through a django-tasks task, so with a worker (``TASKS_BACKEND=database``) the
mail leaves the request; with the default immediate backend it is sent at once.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task


def absolute(url):
    """Links in e-mail point at the hub's public address (``WAGTAILADMIN_BASE_URL``)."""
    if not url or url.startswith(("http://", "https://")):
        return url or ""
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{url}"


def notify_status_change(change_id):
    send_status_change_emails.enqueue(change_id)


@task()
def send_status_change_emails(change_id):
    from guidance.models import RequestStatusChange

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
        "request_url": absolute(reverse("requests:detail", args=[learning_request.pk])),
        "answer_url": absolute(change.answered_by.url) if change.answered_by else "",
        "done": change.to_status == learning_request.Status.DONE,
    }
    sent = 0
    for person in learning_request.people_to_notify(change.to_status):
        language = (
            getattr(getattr(person, "wagtail_userprofile", None), "preferred_language", "")
            or settings.LANGUAGE_CODE
        )
        with translation.override(language):
            personal = {
                **context,
                "person": person,
                "is_requester": person.pk == learning_request.requester_id,
            }
            subject = render_to_string("guidance/requests/email/status_subject.txt", personal).strip()
            body = render_to_string("guidance/requests/email/status.txt", personal)
        send_mail(subject, body, None, [person.email])
        sent += 1
    return sent
