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
        wanted = Group.objects.filter(name__in=spec.groups)
        missing = wanted.exclude(user=user)
        if missing.exists():
            user.groups.add(*missing)
    password_set = password_for_new if (created_names or password) else None
    return created_names, password_set
