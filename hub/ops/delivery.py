"""Sending one queued e-mail through the real backend (``HUB_EMAIL_DELIVERY_BACKEND``)."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection

log = logging.getLogger(__name__)


def deliver(mail):
    """Send one queued ``Mail`` through ``HUB_EMAIL_DELIVERY_BACKEND``; True when sent.
    A failure is recorded on the mail (tried again later, or failed for good)."""
    message = EmailMultiAlternatives(
        mail.subject,
        mail.body,
        mail.from_email,
        [mail.to],
        reply_to=[address.strip() for address in mail.reply_to.split(",") if address.strip()],
    )
    if mail.html:
        message.attach_alternative(mail.html, "text/html")
    try:
        get_connection(settings.HUB_EMAIL_DELIVERY_BACKEND).send_messages([message])
    except Exception as error:  # noqa: BLE001 - SMTP, DNS, TLS: any failure means "try later"
        log.warning("E-mail %s not delivered (try %s): %s", mail.pk, mail.attempts + 1, type(error).__name__)
        mail.record_failure(error)
        return False
    mail.record_sent()
    return True
