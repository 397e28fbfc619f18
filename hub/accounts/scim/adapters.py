"""django-scim2 adapters: what a SCIM User and Group are in the hub.

A User is an account with its details (hub.accounts.directory); its SCIM id is the
account's primary key. A Group is a DirectoryGroup, whose members get the hub roles that
``OIDC_ROLE_MAP`` names for it. Every attribute is checked before anything is saved, so
a malformed payload gets a 400 with a SCIM error body and changes nothing.
"""

import logging
import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django_scim import constants, exceptions
from django_scim.adapters import SCIMGroup, SCIMUser
from scim2_filter_parser.attr_paths import AttrPath

from ..directory import Person, apply_directory_roles, close_account, reopen_account, update_person
from ..models import UserDetails
from . import attributes as attr

log = logging.getLogger(__name__)

ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PERSON_FIELDS = {"given_name", "family_name", "email", "department", "region", "job_title", "language"}
MEMBER_FILTER = re.compile(r'^\s*members\s*\[\s*value\s+eq\s+"([^"]+)"\s*\]\s*$', re.IGNORECASE)
VALID_OPS = {"add", "replace", "remove"}


class Operations:
    """What PATCH and the checks around it share: a checked list of operations, and
    paths that give a 400 rather than a parser's exception. Changes are collected
    (``begin_changes``) and saved once, after every operation was read."""

    def __init__(self, obj, request=None):
        super().__init__(obj, request)
        self.begin_changes()

    def handle_operations(self, operations):
        if not isinstance(operations, list) or not all(isinstance(op, dict) for op in operations):
            raise exceptions.BadRequestError(
                '"Operations" must be a list of objects.', scim_type="invalidSyntax"
            )
        for operation in operations:
            if str(operation.get("op", "")).lower() not in VALID_OPS:
                raise exceptions.BadRequestError('Each operation needs an "op": add, replace or remove.')
            if operation.get("path") is not None and not isinstance(operation["path"], str):
                raise exceptions.BadRequestError('"path" must be a string.', scim_type="invalidPath")
        self.begin_changes()
        super().handle_operations(operations)
        self.save()

    def _default_validate_op(self, path, value, operation):
        """The values are checked where they are read (attributes.py)."""

    def split_path(self, path):
        try:
            parsed = AttrPath(f'{path} eq ""', self.ATTR_MAP)
            if list(parsed):
                return parsed
        except Exception as error:  # noqa: BLE001 - the parser raises several kinds
            log.debug("Unreadable SCIM path %r: %s", path, error)
        raise exceptions.BadRequestError(f'"{path}" is not an attribute path.', scim_type="invalidPath")

    def parse_path_and_values(self, path, value):
        if path:
            return [(self.split_path(path), value)]
        if not isinstance(value, dict):
            raise exceptions.BadRequestError("An operation without a path needs an object as its value.")
        pairs = []
        for name, item in value.items():
            if str(name).lower() == attr.ENTERPRISE and isinstance(item, dict):
                pairs += [(self.split_path(f"{name}:{sub}"), subvalue) for sub, subvalue in item.items()]
            else:
                pairs.append((self.split_path(str(name)), item))
        return pairs


class PersonAdapter(Operations, SCIMUser):
    id_field = "id"

    def begin_changes(self):
        self.changes = {}

    @property
    def details(self):
        if not hasattr(self, "_details"):
            self._details = (
                self.obj.pk and UserDetails.objects.filter(user=self.obj).first()
            ) or UserDetails()
        return self._details

    @property
    def groups(self):
        return [
            {"value": str(group.pk), "display": group.display_name}
            for group in self.obj.directory_groups.all()
        ]

    @property
    def meta(self):
        return {
            "resourceType": self.resource_type,
            "created": self.obj.date_joined.isoformat(),
            "location": self.location,
        }

    def to_dict(self):
        details = self.details
        return {
            "schemas": [constants.SchemaURI.USER, ENTERPRISE_SCHEMA],
            "id": self.id,
            "externalId": details.directory_id,
            "userName": self.obj.username,
            "name": {
                "givenName": self.obj.first_name,
                "familyName": self.obj.last_name,
                "formatted": self.obj.get_full_name(),
            },
            "displayName": self.display_name,
            "emails": [{"value": self.obj.email, "type": "work", "primary": True}] if self.obj.email else [],
            "active": self.obj.is_active,
            "title": details.job_title,
            "preferredLanguage": details.language,
            "addresses": [{"type": "work", "region": details.region}] if details.region else [],
            ENTERPRISE_SCHEMA: {"department": details.department},
            "groups": self.groups,
            "meta": self.meta,
        }

    def from_dict(self, d):
        """A whole User (POST, PUT): what it leaves out is cleared."""
        self.begin_changes()
        resource = attr.insensitive(d)
        for name in ("username", "externalid", "title", "preferredlanguage", "emails", "addresses"):
            self.set_attribute((name, None, None), resource.get(name))
        self.set_attribute(("name", None, None), resource.get("name"))
        enterprise = attr.insensitive(attr.mapping(resource.get(attr.ENTERPRISE), ENTERPRISE_SCHEMA))
        self.set_attribute(("department", None, attr.ENTERPRISE), enterprise.get("department"))
        if "active" in resource:
            self.set_attribute(("active", None, None), resource["active"])
        if not self.changes.get("username"):
            raise exceptions.BadRequestError('"userName" is required.', scim_type="invalidValue")

    def validate_dict(self, d):
        """Checked in ``from_dict``."""

    def set_attribute(self, key, value):
        name, sub, _ = key
        if key == ("name", None, None):
            name_parts = attr.insensitive(attr.mapping(value, "name"))
            self.set_attribute(("name", "givenname", None), name_parts.get("givenname"))
            self.set_attribute(("name", "familyname", None), name_parts.get("familyname"))
        elif key == ("emails", None, None):
            self.set_attribute(("emails", "value", None), attr.preferred(attr.listing(value, "emails")))
        elif key == ("addresses", None, None):
            region = attr.preferred(attr.listing(value, "addresses"), "region")
            self.set_attribute(("addresses", "region", None), region)
        elif key not in attr.USER_ATTRIBUTES:
            log.debug("SCIM attribute %s ignored: the hub does not keep it.", key)
        elif attr.USER_ATTRIBUTES[key] == "active":
            self.changes["active"] = attr.boolean(value, "active")
        else:
            field = attr.USER_ATTRIBUTES[key]
            self.changes[field] = attr.text(value, field)
            if field == "email" and self.changes[field]:
                try:
                    validate_email(self.changes[field])
                except ValidationError as error:
                    raise exceptions.BadRequestError(
                        "That is not an e-mail address.", scim_type="invalidValue"
                    ) from error

    def handle_replace(self, path, value, operation):
        self.set_attribute(attr.key(path), value)

    handle_add = handle_replace

    def handle_remove(self, path, value, operation):
        key = attr.key(path)
        if attr.USER_ATTRIBUTES.get(key) in {"active", "username"}:
            raise exceptions.BadRequestError(
                f'"{operation["path"]}" cannot be removed.', scim_type="mutability"
            )
        self.set_attribute(key, None)

    def save(self):
        changes, user = self.changes, self.obj
        User = get_user_model()
        with transaction.atomic():
            if "username" in changes:
                username = changes["username"][:150]
                taken = User.objects.filter(username__iexact=username).exclude(pk=user.pk).first()
                if taken is not None and user.pk is None and _removed(taken):
                    # Someone the directory removed comes back: their old account, history and all.
                    self.obj = user = taken
                    UserDetails.objects.filter(user=user).update(removed_from_directory=None)
                    self.__dict__.pop("_details", None)
                elif taken is not None:
                    raise exceptions.IntegrityError(
                        f'The userName "{username}" is taken.', scim_type="uniqueness"
                    )
                user.username = username
            if user.pk is None:
                user.set_unusable_password()
            user.save()
            person = Person(**{name: value for name, value in changes.items() if name in PERSON_FIELDS})
            update_person(user, person, directory_id=changes.get("directory_id"))
            self.__dict__.pop("_details", None)
            if changes.get("active") is False and user.is_active:
                close_account(user)
            elif changes.get("active") is True and not user.is_active:
                reopen_account(user)
        self.begin_changes()

    def delete(self):
        """The directory deleted the person: the account is closed and kept, so what they
        wrote keeps its credits; provisioning no longer finds it."""
        with transaction.atomic():
            close_account(self.obj)
            UserDetails.objects.update_or_create(
                user=self.obj, defaults={"removed_from_directory": timezone.now()}
            )
            self.obj.directory_groups.clear()
            apply_directory_roles(self.obj, settings.OIDC_ROLE_MAP)


def _removed(user):
    return UserDetails.objects.filter(user=user, removed_from_directory__isnull=False).exists()


class DirectoryGroupAdapter(Operations, SCIMGroup):
    id_field = "id"

    def begin_changes(self):
        self.new_members = None  # None: unchanged; else the new set of member ids
        self.fields = {}

    @property
    def display_name(self):
        return self.obj.display_name

    @property
    def members_dicts(self):
        return [
            {"value": str(user.pk), "display": user.get_full_name() or user.username}
            for user in self.obj.members.all()
        ]

    def to_dict(self):
        return {
            "schemas": [constants.SchemaURI.GROUP],
            "id": self.id,
            "externalId": self.obj.directory_id,
            "displayName": self.obj.display_name,
            "members": self.members_dicts if self.obj.pk else [],
            "meta": {"resourceType": self.resource_type, "location": self.location},
        }

    def validate_dict(self, d):
        """Checked in ``from_dict``."""

    def from_dict(self, d):
        self.begin_changes()
        resource = attr.insensitive(d)
        self.fields["display_name"] = attr.text(resource.get("displayname"), "displayName")
        self.fields["directory_id"] = attr.text(resource.get("externalid"), "externalId")
        if not self.fields["display_name"]:
            raise exceptions.BadRequestError('"displayName" is required.', scim_type="invalidValue")
        self.new_members = self.member_ids(resource.get("members"))

    @staticmethod
    def member_ids(value):
        ids = set()
        for member in attr.listing(value, "members"):
            member_id = attr.text(member.get("value"), "members.value")
            if not member_id.isdigit() or len(member_id) > 18:
                raise exceptions.BadRequestError(
                    f'No user has the id "{member_id}".', scim_type="invalidValue"
                )
            ids.add(int(member_id))
        return ids

    def current_members(self):
        if self.new_members is None:
            self.new_members = set(self.obj.members.values_list("pk", flat=True)) if self.obj.pk else set()
        return self.new_members

    def handle_add(self, path, value, operation):
        name = attr.key(path)[0]
        if name == "members":
            self.current_members().update(self.member_ids(value))
        else:
            self.handle_replace(path, value, operation)

    def handle_replace(self, path, value, operation):
        name = attr.key(path)[0]
        if name == "members":
            self.new_members = self.member_ids(value)
        elif name == "displayname":
            self.fields["display_name"] = attr.text(value, "displayName")
            if not self.fields["display_name"]:
                raise exceptions.BadRequestError('"displayName" cannot be empty.', scim_type="invalidValue")
        elif name == "externalid":
            self.fields["directory_id"] = attr.text(value, "externalId")

    def handle_remove(self, path, value, operation):
        filtered = MEMBER_FILTER.match(operation.get("path") or "")
        if filtered:
            self.current_members().discard(int(filtered.group(1)) if filtered.group(1).isdigit() else None)
        elif attr.key(path)[0] == "members":
            if value is None:
                self.new_members = set()
            else:
                self.current_members().difference_update(self.member_ids(value))
        else:
            raise exceptions.BadRequestError(
                f'"{operation.get("path")}" cannot be removed.', scim_type="mutability"
            )

    def save(self):
        group = self.obj
        User = get_user_model()
        with transaction.atomic():
            for field, value in self.fields.items():
                setattr(group, field, value[:255])
            group.save()
            before = set(group.members.values_list("pk", flat=True))
            after = before
            if self.new_members is not None:
                after = set(User.objects.filter(pk__in=self.new_members).values_list("pk", flat=True))
                if after != self.new_members:
                    missing = ", ".join(str(pk) for pk in sorted(self.new_members - after))
                    raise exceptions.BadRequestError(
                        f"No user has the id {missing}.", scim_type="invalidValue"
                    )
                group.members.set(after)
            # A renamed group may give other roles: then everyone in it is looked at again.
            _reapply_roles(before | after if self.fields else before ^ after)
        self.begin_changes()

    def delete(self):
        with transaction.atomic():
            members = set(self.obj.members.values_list("pk", flat=True))
            self.obj.delete()
            _reapply_roles(members)


def _reapply_roles(user_ids):
    if not settings.OIDC_ROLE_MAP:
        return
    for user in get_user_model().objects.filter(pk__in=user_ids):
        apply_directory_roles(user, settings.OIDC_ROLE_MAP)
