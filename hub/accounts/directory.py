"""People data from the company's directory: who someone is, where they work and which
roles the identity provider gives them. Company sign-in (``hub/accounts/oidc/``) calls
this at every sign-in, so the hub follows the directory without anyone typing it in."""

import logging
from dataclasses import dataclass, fields

from django.contrib.auth.models import Group
from django.utils.translation import get_supported_language_variant

from .models import UserDetails
from .roles import EMPLOYEE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Person:
    """What the directory says of someone. ``None``: it said nothing, keep what is there."""

    given_name: str | None = None
    family_name: str | None = None
    email: str | None = None
    department: str | None = None
    region: str | None = None
    job_title: str | None = None
    language: str | None = None


ACCOUNT_FIELDS = {"given_name": "first_name", "family_name": "last_name", "email": "email"}


def hub_language(value):
    """The hub's language for a directory's locale ("nl-NL", "en_GB"), or "" for one the
    hub does not speak."""
    try:
        return get_supported_language_variant(value.replace("_", "-").lower())
    except LookupError:
        return ""


def update_person(user, person, subject=None, directory_id=None):
    """Copy what the directory said onto ``user`` and their details; fields longer than the
    hub keeps are cut, not refused, so a long job title never stops a sign-in."""
    changed = []
    for name, field in ACCOUNT_FIELDS.items():
        value = getattr(person, name)
        if value is not None:
            value = value[: user._meta.get_field(field).max_length]
            if getattr(user, field) != value:
                setattr(user, field, value)
                changed.append(field)
    if changed:
        user.save(update_fields=changed)

    details = UserDetails.objects.filter(user=user).first() or UserDetails(user=user)
    for field in fields(Person):
        if field.name in ACCOUNT_FIELDS or getattr(person, field.name) is None:
            continue
        value = getattr(person, field.name)
        if field.name == "language":
            value = hub_language(value)
        setattr(details, field.name, value[: UserDetails._meta.get_field(field.name).max_length])
    if subject is not None:
        details.identity_subject = subject
    if directory_id is not None:
        details.directory_id = directory_id[: UserDetails._meta.get_field("directory_id").max_length]
    details.save()
    return user


def close_account(user):
    """The person left, or the directory paused them: the account is closed and every
    session of theirs ends at its next request, since Django checks each session against
    the password hash this replaces. Content, credits and records stay; the people app
    takes the profile offline (people.signals), and review reminders pass to the next in
    line (hub.authoring.review)."""
    user.is_active = False
    user.set_unusable_password()
    user.save(update_fields=["is_active", "password"])


def reopen_account(user):
    user.is_active = True
    user.save(update_fields=["is_active"])


def apply_directory_roles(user, role_map):
    """Roles from the directory groups provisioning put ``user`` in, matched by their name
    or the directory's id for them."""
    names = []
    for name, directory_id in user.directory_groups.values_list("display_name", "directory_id"):
        names += [name, directory_id]
    apply_roles(user, [name for name in names if name], role_map)


def apply_roles(user, provider_groups, role_map):
    """Give ``user`` the hub roles ``role_map`` ({provider group: role}) grants for
    ``provider_groups``, and take away the mapped roles it no longer grants. Roles the map
    does not name stay as an administrator set them; everyone stays an employee."""
    named = set(role_map.values())
    granted = {role_map[group] for group in provider_groups if group in role_map}
    roles = {group.name: group for group in Group.objects.filter(name__in=named | {EMPLOYEE})}
    for missing in sorted(named - set(roles)):
        log.warning("OIDC_ROLE_MAP names the role %r, which no group is called.", missing)
    user.groups.add(*[roles[name] for name in granted | {EMPLOYEE} if name in roles])
    user.groups.remove(*[roles[name] for name in named - granted - {EMPLOYEE} if name in roles])
