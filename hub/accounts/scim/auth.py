"""Who may call the SCIM endpoints, and where they are: settings of django-scim2
(AUTH_CHECK_MIDDLEWARE, BASE_LOCATION_GETTER). Apart from views.py, which django-scim2
imports only after reading these."""

import json

from django.conf import settings
from django.http import HttpResponse
from django.utils.crypto import constant_time_compare
from django_scim import constants, exceptions
from django_scim.middleware import SCIMAuthCheckMiddleware


def base_location(request=None, *args, **kwargs):
    """Where this hub is, for the ``location`` of each resource (BASE_LOCATION_GETTER)."""
    return request.build_absolute_uri("/") if request is not None else settings.WAGTAILADMIN_BASE_URL


class BearerToken(SCIMAuthCheckMiddleware):
    """Only the directory, with ``SCIM_TOKEN``, may call; without a token configured,
    nobody may (AUTH_CHECK_MIDDLEWARE)."""

    def process_request(self, request):
        token = settings.SCIM_TOKEN
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if token and scheme.lower() == "bearer" and constant_time_compare(given.strip(), token):
            return None
        error = exceptions.AuthorizationError("A valid bearer token is needed.")
        response = HttpResponse(
            json.dumps(error.to_dict()), content_type=constants.SCIM_CONTENT_TYPE, status=401
        )
        response["WWW-Authenticate"] = 'Bearer realm="scim"'
        return response
