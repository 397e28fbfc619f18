"""The company's OpenID provider, as its discovery document describes it.

Only ``OIDC_ISSUER`` is configured; the endpoints and signing keys are read from
``<issuer>/.well-known/openid-configuration`` when someone signs in, and kept for an
hour, so the hub starts, and password sign-in works, while the provider is down.
"""

import requests
from django.conf import settings
from django.core.cache import cache

DISCOVERY_PATH = "/.well-known/openid-configuration"
KEPT_FOR = 60 * 60
REQUIRED = ("authorization_endpoint", "token_endpoint", "jwks_uri")


class ProviderUnavailable(Exception):
    """The provider could not be reached or described itself wrongly."""


def configured():
    return bool(settings.OIDC_ISSUER and settings.OIDC_RP_CLIENT_ID)


def metadata():
    """The provider's discovery document, checked: it names our issuer and the endpoints
    the code flow needs."""
    issuer = settings.OIDC_ISSUER
    key = f"oidc-discovery:{issuer}"
    document = cache.get(key)
    if document is None:
        try:
            response = requests.get(issuer + DISCOVERY_PATH, timeout=settings.OIDC_TIMEOUT)
            response.raise_for_status()
            document = response.json()
        except (requests.RequestException, ValueError) as error:
            raise ProviderUnavailable(f"{issuer}{DISCOVERY_PATH}: {error}") from error
        if not isinstance(document, dict) or str(document.get("issuer", "")).rstrip("/") != issuer:
            raise ProviderUnavailable(f"{issuer}{DISCOVERY_PATH} describes another issuer")
        missing = [name for name in REQUIRED if not document.get(name)]
        if missing:
            raise ProviderUnavailable(f"{issuer}{DISCOVERY_PATH} lacks {', '.join(missing)}")
        cache.set(key, document, KEPT_FOR)
    return document


def endpoint(name):
    return metadata().get(name)
