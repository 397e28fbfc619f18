"""Thanking an expert: the rules, and saving the thanks.

Nobody thanks themselves, and nobody sends more than ``KUDOS_PER_HOUR`` thanks an
hour. A saved thanks is announced with the ``kudos_sent`` signal; the e-mail to the
expert leaves from its receiver (people/signals.py), so the profile page that calls
this never imports anything that sends mail.
"""

from django.dispatch import Signal
from django.utils.translation import gettext as _

from .models import Kudos

KUDOS_PER_HOUR = 5
KUDOS_SHOWN = 20

# Sent with ``kudos`` once a colleague's thanks is saved.
kudos_sent = Signal()


class ThanksRefused(Exception):
    """The thanks was not sent; the reason is on the form. ``too_many`` when the
    sender reached the hourly limit (try again later) rather than being refused."""

    def __init__(self, too_many=False):
        super().__init__()
        self.too_many = too_many


def visible_thanks(user):
    """The latest thanks ``user`` received that a moderator did not hide."""
    return Kudos.objects.visible().filter(recipient=user).select_related("sender", "page")[:KUDOS_SHOWN]


def send_thanks(sender, recipient, form):
    """Save the thanks in the bound ``form`` from ``sender`` to ``recipient``, or
    raise :class:`ThanksRefused`. A refused form keeps the typed message."""
    if sender.pk == recipient.pk:
        raise _refuse(form, _("You cannot thank yourself, but it is good to see you proud of your work."))
    if Kudos.objects.sent_recently_by(sender).count() >= KUDOS_PER_HOUR:
        reason = _(
            "You have sent %(count)s thanks in the last hour. "
            "Please try again later; your message is kept below."
        ) % {"count": KUDOS_PER_HOUR}
        raise _refuse(form, reason, too_many=True)
    if not form.is_valid():
        raise ThanksRefused
    kudos = Kudos.objects.create(
        sender=sender,
        recipient=recipient,
        page=form.cleaned_data["page"],
        message=form.cleaned_data["message"],
    )
    kudos_sent.send(sender=Kudos, kudos=kudos)
    return kudos


def _refuse(form, reason, too_many=False):
    form.is_valid()  # the message's own errors show too
    form.add_error(None, reason)
    return ThanksRefused(too_many=too_many)
