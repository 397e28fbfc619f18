"""E-mail about authored pages: a reader's flag goes to the page's authors (or the
moderators when none of them can be reached)."""

from django.conf import settings

from hub.accounts.permissions import moderators
from hub.ops.mail import send_personal_mail


def authors_to_notify(page):
    """Owner and co-authors who can be reached; the moderators when nobody can."""
    people = [person for person in page.credited_users if person is not None]
    reachable = [person for person in people if person.is_active and person.email]
    if reachable:
        return reachable
    return list(moderators().exclude(email=""))


def notify_flag(page, flag):
    context = {
        "page": page,
        "flag": flag,
        "edit_url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{page.pk}/edit/",
        "page_url": page.get_full_url() or "",
    }
    for person in authors_to_notify(page):
        send_personal_mail(
            person,
            "hub/authoring/email/flag_subject.txt",
            "hub/authoring/email/flag.txt",
            {**context, "person": person},
        )
