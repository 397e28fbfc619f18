"""Where a form sends people back to once it has done its work."""

from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_back(request, fallback, *args):
    """To the posted ``next`` (the list or page the button was on) when it is on this
    site, never elsewhere; otherwise to ``fallback`` (anything ``redirect`` takes)."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback, *args)
