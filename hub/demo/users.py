"""Demo accounts, one per role (DESIGN.md: employee, expert, moderator, admin)."""

import secrets
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    groups: tuple = field(default_factory=tuple)
    superuser: bool = False

    @property
    def email(self):
        return f"{self.username}@example.com"


DEMO_USERS = [
    DemoUser("employee", "Eva", "Jansen"),
    DemoUser("expert", "Sanne", "de Vries", groups=(EXPERT,)),
    DemoUser("moderator", "Mark", "Bakker", groups=(EXPERT, MODERATOR)),
    DemoUser("admin", "Ada", "Visser", groups=(ADMINISTRATOR,), superuser=True),
]
# Colleagues who wrote some of the demo courses and guidance; nobody signs in as them.
DEMO_AUTHORS = [
    DemoUser("lotte", "Lotte", "Smit", groups=(EXPERT,)),
    DemoUser("daan", "Daan", "Mulder", groups=(EXPERT,)),
]


def generate_password():
    return secrets.token_urlsafe(12)


def ensure_demo_users(password=None):
    """Create the demo accounts if missing. Returns ``(created, password_set)``.

    A password is set on new accounts, and on existing ones only when one is given,
    so a second run without --password changes nothing.
    """
    User = get_user_model()
    created_names = []
    password_for_new = password or generate_password()
    for spec in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=spec.username,
            defaults={
                "first_name": spec.first_name,
                "last_name": spec.last_name,
                "email": spec.email,
                "is_superuser": spec.superuser,
                "is_staff": spec.superuser,
            },
        )
        if created or password:
            user.set_password(password_for_new)
            user.save(update_fields=["password"])
        if created:
            created_names.append(spec.username)
        _join_groups(user, spec)
    password_set = password_for_new if (created_names or password) else None
    return created_names, password_set


def demo_authors():
    """``{username: user}`` of everyone who wrote demo content: the demo authors, made
    when missing without a usable password, and the demo accounts ``expert`` and
    ``moderator``."""
    User = get_user_model()
    authors = {}
    for spec in DEMO_AUTHORS:
        user, created = User.objects.get_or_create(
            username=spec.username,
            defaults={"first_name": spec.first_name, "last_name": spec.last_name, "email": spec.email},
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        _join_groups(user, spec)
        authors[spec.username] = user
    accounts = User.objects.filter(username__in=["expert", "moderator"])
    authors.update({user.username: user for user in accounts})
    return authors


def _join_groups(user, spec):
    # The roles' groups are made by data migrations under these names.
    missing = Group.objects.filter(name__in=spec.groups).exclude(user=user)
    if missing.exists():
        user.groups.add(*missing)
