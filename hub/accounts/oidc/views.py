"""The two ends of company sign-in: off to the provider, and back. Whatever goes wrong
on the way ends on a page that says what happened and how to try again, never on a
bare error: a refused token, a replayed or stale link, a provider that is down."""

import logging

import requests
from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from . import provider

log = logging.getLogger(__name__)

REASONS = {
    "refused": _("The answer from the company sign-in could not be trusted, so you were not signed in."),
    "cancelled": _("The company sign-in did not sign you in. It may have been cancelled."),
    "closed": _("Your account here is closed. Ask your manager or the service desk if this is a mistake."),
    "stale": _("This sign-in link was already used or has expired."),
    "unavailable": _("The company sign-in cannot be reached just now. Try again in a few minutes."),
}


def sign_in_failed(request, reason, status):
    return render(request, "registration/sign_in_failed.html", {"reason": REASONS[reason]}, status=status)


class StartSignIn(OIDCAuthenticationRequestView):
    """Sends the browser to the provider with state, nonce and a PKCE challenge."""

    def __init__(self, *args, **kwargs):
        # The library reads the endpoint here; discovery waits until someone signs in.
        super(OIDCAuthenticationRequestView, self).__init__(*args, **kwargs)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID

    def get(self, request):
        if not provider.configured():
            raise Http404(_("Company sign-in is not set up here."))
        try:
            self.OIDC_OP_AUTH_ENDPOINT = provider.endpoint("authorization_endpoint")
        except provider.ProviderUnavailable as error:
            log.error("Company sign-in unavailable: %s", error)
            return sign_in_failed(request, "unavailable", 503)
        return super().get(request)


class FinishSignIn(OIDCAuthenticationCallbackView):
    """Where the provider sends the browser back with a code, exchanged for tokens."""

    def get(self, request):
        if not provider.configured():
            raise Http404(_("Company sign-in is not set up here."))
        self.user = None
        try:
            return super().get(request)
        except SuspiciousOperation as error:
            log.warning("Company sign-in refused: %s", error)
            reason = "stale" if "state" in str(error).lower() else "refused"
            return sign_in_failed(request, reason, 400)
        except requests.HTTPError as error:
            # The provider refused the code: used twice, or too old.
            if error.response is not None and error.response.status_code < 500:
                log.warning("Company sign-in refused by the provider: %s", error)
                return sign_in_failed(request, "stale", 400)
            log.error("Company sign-in unavailable: %s", error)
            return sign_in_failed(request, "unavailable", 503)
        except (provider.ProviderUnavailable, requests.RequestException) as error:
            log.error("Company sign-in unavailable: %s", error)
            return sign_in_failed(request, "unavailable", 503)

    def login_failure(self):
        if self.user is not None and not self.user.is_active:
            return sign_in_failed(self.request, "closed", 403)
        if self.request.GET.get("error") or "oidc_states" not in self.request.session:
            reason = "cancelled" if self.request.GET.get("error") else "stale"
            return sign_in_failed(self.request, reason, 400)
        return sign_in_failed(self.request, "refused", 400)

    def login_success(self):
        response = super().login_success()
        # The language the directory gives, unless the person chose one here before.
        language = getattr(getattr(self.user, "details", None), "language", "")
        if language and settings.LANGUAGE_COOKIE_NAME not in self.request.COOKIES:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            )
        return response
