"""E-mail to one person, in their own language, with links to the hub's public address.

Notifications are often sent outside a request (a task worker, a management command),
so links are built from ``WAGTAILADMIN_BASE_URL`` and the language from the person's
admin profile rather than from the request.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


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
