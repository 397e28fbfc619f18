"""E-mail to an expert when someone thanks them, in the expert's own language, with a
link built from WAGTAILADMIN_BASE_URL (requests are not available to a worker).

A django-tasks task, queued once the thanks is committed (people/signals.py): with a
worker (``TASKS_BACKEND=database``) the mail leaves the request; with the default
immediate backend it is sent at once.
"""

from django_tasks import task

from hub.ops.mail import absolute_url, send_personal_mail

from .models import Kudos

SUBJECT = "people/email/kudos_subject.txt"
BODY = "people/email/kudos.txt"


@task()
def send_kudos_email(kudos_id):
    """Tell the thanked expert, if their account is open and has an address."""
    kudos = (
        Kudos.objects.select_related("sender", "recipient__expert_profile", "page")
        .filter(pk=kudos_id)
        .first()
    )
    if kudos is None:
        return False
    recipient = kudos.recipient
    # The thanks was given on the profile, so the link goes back to it.
    profile = getattr(recipient, "expert_profile", None)
    if not recipient.is_active or not recipient.email or profile is None:
        return False
    sender = kudos.sender
    context = {
        "kudos": kudos,
        "recipient": recipient,
        "sender_name": (sender.get_full_name() or sender.get_username()) if sender else "",
        "profile_url": absolute_url(profile.get_url()) + "#thanks",
    }
    send_personal_mail(recipient, SUBJECT, BODY, context)
    return True
