"""Readers flag a course or guidance page as outdated or wrong.

Works on any page with an owner and co-authors (``AuthoredPage``) without importing
the apps that define them. Its authors hear of it through the ``page_flagged`` signal
(hub/authoring/notifications.py), so a page's own route can flag it without importing
anything that sends mail.
"""

from django.db import IntegrityError, transaction
from django.dispatch import Signal

from .models import ContentFlag

# Sent with ``page`` and ``flag`` once a reader's flag is saved.
page_flagged = Signal()


def flag_page(page, user, reason):
    """Record ``user``'s flag on ``page``. Returns the flag, or ``None`` when this
    reader already has an open flag on the page."""
    try:
        with transaction.atomic():
            flag = ContentFlag.objects.create(page=page, reported_by=user, reason=reason)
    except IntegrityError:
        return None
    page_flagged.send(sender=ContentFlag, page=page, flag=flag)
    return flag
