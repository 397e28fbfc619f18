"""The authentication backend of company sign-in: mozilla-django-oidc's code flow, with
the provider read from discovery, the ID token's issuer and audience checked (the
library checks its signature, expiry and nonce), and people matched by the provider's
stable id before their e-mail address."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from ..directory import apply_roles, update_person
from . import claims as read
from . import provider


class CompanySignInBackend(OIDCAuthenticationBackend):
    def __init__(self, *args, **kwargs):
        # Not the library's __init__: it reads the endpoints, and Django builds a backend
        # for every sign-in, password ones too, which must not wait for the provider.
        self.UserModel = get_user_model()
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        self.OIDC_RP_CLIENT_SECRET = settings.OIDC_RP_CLIENT_SECRET
        self.OIDC_RP_SIGN_ALGO = settings.OIDC_RP_SIGN_ALGO
        self.OIDC_RP_IDP_SIGN_KEY = None

    OIDC_OP_TOKEN_ENDPOINT = property(lambda self: provider.endpoint("token_endpoint"))
    OIDC_OP_USER_ENDPOINT = property(lambda self: provider.endpoint("userinfo_endpoint"))
    OIDC_OP_JWKS_ENDPOINT = property(lambda self: provider.endpoint("jwks_uri"))

    def authenticate(self, request, **kwargs):
        # Only the callback view passes a nonce: a password form posted with ?code=&state=
        # in its address must not start a token exchange.
        if not provider.configured() or "nonce" not in kwargs:
            return None
        return super().authenticate(request, **kwargs)

    def verify_token(self, token, **kwargs):
        payload = super().verify_token(token, **kwargs)
        if str(payload.get("iss", "")).rstrip("/") != settings.OIDC_ISSUER:
            raise SuspiciousOperation("The ID token was issued by another provider.")
        audience = payload.get("aud")
        audiences = [audience] if isinstance(audience, str) else list(audience or [])
        if self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("The ID token was issued for another application.")
        if len(audiences) > 1 and payload.get("azp") != self.OIDC_RP_CLIENT_ID:
            raise SuspiciousOperation("The ID token names another authorised party.")
        return payload

    def get_userinfo(self, access_token, id_token, payload):
        """The ID token's claims, completed by the userinfo endpoint where there is one:
        Entra ID puts department and job title in the ID token, Keycloak in both."""
        if not self.OIDC_OP_USER_ENDPOINT:
            return payload
        userinfo = super().get_userinfo(access_token, id_token, payload)
        if userinfo.get("sub") != payload.get("sub"):
            raise SuspiciousOperation("The userinfo endpoint describes someone else.")
        return {**payload, **userinfo}

    def get_user(self, user_id):
        # Django's rule, not the library's: a closed account's sessions end.
        return ModelBackend.get_user(self, user_id)

    def verify_claims(self, claims):
        return bool(claims.get("sub"))

    def filter_users_by_claims(self, claims):
        """The account this provider id signed in with before; else one with the same
        e-mail address that no provider id claimed yet (an account made before company
        sign-in, such as an administrator's)."""
        known = self.UserModel.objects.filter(details__identity_subject=claims["sub"])
        if known.exists():
            return known
        email = read.text(claims, "email")
        if not email:
            return self.UserModel.objects.none()
        return self.UserModel.objects.filter(email__iexact=email, details__identity_subject__isnull=True)

    def create_user(self, claims):
        user = self.UserModel.objects.create_user(self.unique_username(claims))
        return self.update_user(user, claims)

    def unique_username(self, claims):
        """The provider's username (or e-mail's local part), made unique with a number."""
        email = read.text(claims, "email") or ""
        wanted = (read.text(claims, "username") or email.split("@")[0] or claims["sub"])[:140]
        username, number = wanted, 1
        while self.UserModel.objects.filter(username__iexact=username).exists():
            number += 1
            username = f"{wanted}-{number}"
        return username

    def update_user(self, user, claims):
        update_person(user, read.person(claims), subject=claims["sub"])
        groups = read.groups(claims)
        if settings.OIDC_ROLE_MAP and groups is not None:
            apply_roles(user, groups, settings.OIDC_ROLE_MAP)
        return user
