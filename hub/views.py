from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import run_checks


@login_not_required
@never_cache
@require_GET
def healthz(request):
    healthy, checks = run_checks()
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )


@login_not_required
@require_GET
def restricted(request):
    """Where Wagtail sends someone a page's or a document's view restriction turned
    away (``WAGTAIL_FRONTEND_LOGIN_URL``). Signing in again would not help a signed-in
    person, so they get the hub's "no access" page; anyone else signs in first."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.GET.get("next", "/"))
    return render(request, "403.html", status=403)


def contact(request):
    """How to reach the learning team; the details live in the hub settings."""
    return render(request, "hub/contact.html")


@login_not_required
def favicon(request):
    # Resolved per request: the hashed static name exists only after collectstatic.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
