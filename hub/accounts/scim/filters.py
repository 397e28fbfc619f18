"""Which SCIM attributes a ``filter`` may name, as columns (django-scim2 filter parsers)."""

from django_scim.filters import GroupFilterQuery, UserFilterQuery


class PersonFilter(UserFilterQuery):
    attr_map = {
        ("userName", None, None): "username",
        ("name", "familyName", None): "last_name",
        ("name", "givenName", None): "first_name",
        ("emails", "value", None): "email",
        ("emails", None, None): "email",
        ("active", None, None): "is_active",
    }


class DirectoryGroupFilter(GroupFilterQuery):
    attr_map = {
        ("displayName", None, None): "display_name",
        ("externalId", None, None): "directory_id",
    }
