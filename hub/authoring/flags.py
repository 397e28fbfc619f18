"""Readers flag a course or guidance page as outdated or wrong; its authors hear of it.

Works on any page with an owner and co-authors (``AuthoredPage``) without importing
the apps that define them.
"""

from django.conf import settings
from django.db import IntegrityError, transaction

from hub.accounts.permissions import moderators
from hub.ops.mail import send_personal_mail

from .models import ContentFlag


def authors_to_notify(page):
    """Owner and co-authors who can be reached; the moderators when nobody can."""
    people = [person for person in page.credited_users if person is not None]
    reachable = [person for person in people if person.is_active and person.email]
    if reachable:
        return reachable
    return list(moderators().exclude(email=""))


def flag_page(page, user, reason):
    """Record ``user``'s flag on ``page`` and tell its authors. Returns the flag, or
    ``None`` when this reader already has an open flag on the page."""
    try:
        with transaction.atomic():
            flag = ContentFlag.objects.create(page=page, reported_by=user, reason=reason)
    except IntegrityError:
        return None
    for person in authors_to_notify(page):
        notify(person, page, flag)
    return flag


def notify(person, page, flag):
    context = {
        "page": page,
        "person": person,
        "flag": flag,
        "edit_url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{page.pk}/edit/",
        "page_url": page.get_full_url() or "",
    }
    send_personal_mail(
        person, "hub/authoring/email/flag_subject.txt", "hub/authoring/email/flag.txt", context
    )
