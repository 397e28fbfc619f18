"""E-mail to an expert when someone thanks them, in the expert's own language, with a
link built from WAGTAILADMIN_BASE_URL (requests are not available to a worker)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def absolute(url):
    return url if url.startswith("http") else f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{url}"


def notify_expert_of_kudos(kudos, profile_page):
    recipient = kudos.recipient
    if not recipient.is_active or not recipient.email:
        return False
    language = (
        getattr(getattr(recipient, "wagtail_userprofile", None), "preferred_language", "")
        or settings.LANGUAGE_CODE
    )
    sender = kudos.sender
    context = {
        "kudos": kudos,
        "recipient": recipient,
        "sender_name": (sender.get_full_name() or sender.get_username()) if sender else "",
        "profile_url": absolute(profile_page.get_url() or "") + "#thanks",
    }
    with translation.override(language):
        subject = render_to_string("people/email/kudos_subject.txt", context).strip()
        body = render_to_string("people/email/kudos.txt", context)
    send_mail(subject, body, None, [recipient.email])
    return True
