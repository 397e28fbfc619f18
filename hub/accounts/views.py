from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.views.decorators.http import require_GET


@login_not_required
@require_GET
def restricted(request):
    """Where Wagtail sends someone a page's or a document's view restriction turned
    away (``WAGTAIL_FRONTEND_LOGIN_URL``). Signing in again would not help a signed-in
    person, so they get the hub's "no access" page; anyone else signs in first."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.GET.get("next", "/"))
    return render(request, "403.html", status=403)
