"""E-mail: every message is queued, then delivered by a task; and e-mail to one person,
in their own language, with links to the hub's public address.

``QueuedEmailBackend`` is Django's ``EMAIL_BACKEND``, so every e-mail the hub sends
(notifications, the ask form, Wagtail's review messages, password resets) is stored as
one ``Mail`` per address once the transaction that sent it commits, and handed to the
``deliver_mail`` task, which sends it through ``HUB_EMAIL_DELIVERY_BACKEND`` (SMTP) and
tries again later when the mail server does not answer. No request waits for the mail
server (with a worker, ``TASKS_BACKEND=database``) and none fails because it is down.

Notifications are often sent outside a request (a task worker, a management command),
so links are built from ``WAGTAILADMIN_BASE_URL`` and the language from the person's
admin profile rather than from the request.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import Mail
from .tasks import deliver_mail


class QueuedEmailBackend(BaseEmailBackend):
    """Stores each message, one per address, for ``deliver_mail``."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if message.attachments:
                # The hub attaches nothing; a message that does is sent as it is.
                queued += get_connection(settings.HUB_EMAIL_DELIVERY_BACKEND).send_messages([message])
                continue
            alternatives = getattr(message, "alternatives", [])
            html = next((content for content, kind in alternatives if kind == "text/html"), "")
            for address in message.recipients():
                mail = Mail.objects.create(
                    to=address,
                    from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                    reply_to=", ".join(message.reply_to),
                    subject=message.subject,
                    body=message.body,
                    html=html,
                )
                transaction.on_commit(lambda pk=mail.pk: deliver_mail.enqueue(pk), robust=True)
                queued += 1
        return queued


def absolute_url(url):
    """``url`` on the hub's public address; full URLs and empty ones are left as they are."""
    if not url or url.startswith(("http://", "https://")):
        return url or ""
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{url}"


def preferred_language(person):
    profile = getattr(person, "wagtail_userprofile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE


def send_personal_mail(person, subject_template, body_template, context, html_template=None):
    """Render the subject and plain-text body in ``person``'s language and send them,
    with ``html_template`` as an HTML alternative of the same text when given."""
    with translation.override(preferred_language(person)):
        # A subject is one line: a line break in a title must not start a header.
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
        html = render_to_string(html_template, context) if html_template else None
    message = EmailMultiAlternatives(subject, body, None, [person.email])
    if html is not None:
        message.attach_alternative(html, "text/html")
    message.send()
