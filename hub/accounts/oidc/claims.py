"""Reading people data out of an OpenID provider's claims, by the claim names of
``OIDC_CLAIMS`` (settings ``OIDC_CLAIM_<NAME>``). A name may be a dotted path into a
nested claim, as Keycloak's ``realm_access.roles``."""

from django.conf import settings

from ..directory import Person


def claim(claims, name):
    """The value at the claim path ``name``, or ``None``."""
    value = claims
    for part in name.split(".") if name else []:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def text(claims, field):
    """A claim as text; ``None`` when the provider did not send it."""
    value = claim(claims, settings.OIDC_CLAIMS[field])
    if value is None or isinstance(value, dict | list):
        return None
    return str(value).strip()


def person(claims):
    return Person(
        given_name=text(claims, "given_name"),
        family_name=text(claims, "family_name"),
        email=text(claims, "email"),
        department=text(claims, "department"),
        region=text(claims, "region"),
        job_title=text(claims, "job_title"),
        language=text(claims, "language"),
    )


def groups(claims):
    """The provider's groups (or roles) for this person: a list, or one string of names
    separated by commas or spaces; ``None`` when it sent no such claim (roles then come
    from provisioning, or from the admin)."""
    value = claim(claims, settings.OIDC_CLAIMS["groups"])
    if value is None:
        return None
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    if not isinstance(value, list):
        return []
    return [str(item) for item in value]
