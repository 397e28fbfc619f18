from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils.cache import add_never_cache_headers

from .health import UNAVAILABLE, run_checks


class HealthProbeMiddleware:
    """Answers load balancers' and monitors' probes before anything else runs, so a
    probe works as probes are sent: over plain HTTP to a server's own address (no
    redirect to HTTPS, no check of the Host header against ALLOWED_HOSTS), with no
    session or sign-in. Nothing it answers names a host or an error.

    - ``/healthz/live``: the process answers (for restarts); touches nothing.
    - ``/healthz/ready`` (and the older ``/healthz``): whether to send it traffic
      (hub/ops/health.py); 503 only when the database is down.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path_info.rstrip("/"))
        if probe is None:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        response = probe()
        add_never_cache_headers(response)
        return response


def live():
    return JsonResponse({"status": "ok"})


def ready():
    status, checks = run_checks()
    return JsonResponse({"status": status, "checks": checks}, status=503 if status == UNAVAILABLE else 200)


PROBES = {"/healthz/live": live, "/healthz/ready": ready, "/healthz": ready}

# Wagtail's admin still relies on inline scripts and styles in places; the hub's own
# pages do not, so only the admin gets them.
ADMIN_RELAXATIONS = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}


class HubCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        update = dict(parts.update or {})
        if request.path_info.startswith("/admin/"):
            update = {**ADMIN_RELAXATIONS, **update}
        # A page with an embedded video (hub.blocks.VideoBlock): its player's frames.
        if getattr(request, "embeds_video", False) and settings.HUB_VIDEO_HOSTS:
            update["frame-src"] = [*update.get("frame-src", []), *settings.HUB_VIDEO_HOSTS]
        parts.update = update or None
        return parts
