"""The SCIM attributes the hub keeps, by their paths (RFC 7643), and how to read them.

Attribute names are case-insensitive in SCIM; Entra ID and Okta send the same attribute
with different case and as full or short paths. A path becomes a key of lower-case
(attribute, sub-attribute, schema); a filter in a path (``emails[type eq "work"]``) is
not looked at, as the hub keeps one address of each kind.
"""

from django_scim import exceptions

ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user"

# key -> the hub's name for it (hub.accounts.directory.Person, or these three).
USER_ATTRIBUTES = {
    ("username", None, None): "username",
    ("externalid", None, None): "directory_id",
    ("active", None, None): "active",
    ("name", "givenname", None): "given_name",
    ("name", "familyname", None): "family_name",
    ("emails", "value", None): "email",
    ("title", None, None): "job_title",
    ("preferredlanguage", None, None): "language",
    ("department", None, ENTERPRISE): "department",
    ("addresses", "region", None): "region",
}


def key(path):
    """The key of a django-scim2 ``AttrPath`` (from scim2-filter-parser)."""
    parts = list(path)
    last = parts[-1]
    return (
        last.attr_name.lower(),
        last.sub_attr.lower() if last.sub_attr else None,
        last.uri.lower() if last.uri else None,
    )


def boolean(value, name):
    """SCIM booleans; Entra ID has sent "True" and "False" as strings."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in {"true", "false"}:
        return value.lower() == "true"
    raise exceptions.BadRequestError(f'"{name}" must be true or false.', scim_type="invalidValue")


def text(value, name):
    if value is None:
        return ""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    raise exceptions.BadRequestError(f'"{name}" must be a string.', scim_type="invalidValue")


def mapping(value, name):
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise exceptions.BadRequestError(f'"{name}" must be an object.', scim_type="invalidValue")
    return value


def listing(value, name):
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise exceptions.BadRequestError(f'"{name}" must be a list of objects.', scim_type="invalidValue")
    return value


def preferred(items, field="value"):
    """From a multi-valued attribute, the primary item's ``field``, else the work one's,
    else the first's."""
    ranked = sorted(items, key=lambda item: (not item.get("primary"), item.get("type") != "work"))
    return ranked[0].get(field) if ranked else None


def insensitive(resource):
    """A resource's top-level attributes by lower-case name; an extension schema's
    attributes under its lower-case schema URI."""
    return {str(name).lower(): value for name, value in resource.items()}
