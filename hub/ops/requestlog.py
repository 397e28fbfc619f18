"""One log line per request, and a request id on every log line.

The id comes from the ``X-Request-ID`` header when the load balancer or the caller sent
a sensible one (letters, digits and ``._:-``, up to 128), else a new one; the response
carries it back, so a person's "it went wrong at 10:14" can be found in every server's
logs. With ``LOG_FORMAT=json`` each line is one JSON object (settings ``LOGGING``).
"""

import contextvars
import logging
import re
import time
import uuid

from django.core.signals import request_finished
from django.dispatch import receiver

log = logging.getLogger("hub.request")

REQUEST_ID = contextvars.ContextVar("request_id", default="-")
SENSIBLE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request.request_id = given if SENSIBLE_ID.match(given) else uuid.uuid4().hex
        # Kept until the request is finished (below): Django logs a failed request's
        # line after the middleware returned.
        REQUEST_ID.set(request.request_id)
        started = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        user = getattr(request, "user", None)
        # The path without its query string: queries may name people.
        log.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": user.pk if user is not None and user.is_authenticated else None,
            },
        )
        return response


@receiver(request_finished, dispatch_uid="hub_request_id_finished")
def request_done(sender, **kwargs):
    REQUEST_ID.set("-")


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record (``-`` outside a request)."""

    def filter(self, record):
        record.request_id = REQUEST_ID.get()
        return True
