"""Sign-in throttling on top of django-axes: per account and per address.

Axes counts failed password sign-ins. Two locks apply, each for ``AXES_COOLOFF_TIME``:

- one account from one address after ``AXES_FAILURE_LIMIT`` failures (a colleague who
  forgot their password; the same account from elsewhere still works, so nobody can
  lock a colleague out from their own desk);
- one address after ``HUB_ADDRESS_FAILURE_LIMIT`` failures across any accounts
  (password spraying: a few guesses at each of many accounts).

The address is the client's, read behind ``HUB_TRUSTED_PROXIES`` proxies. Without that
setting behind a load balancer everyone would share the balancer's address.
"""

import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render

# AXES_LOCKOUT_PARAMETERS, in this order: the account from an address, then the address.
LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]


def client_address(request):
    """The address the request came from (``AXES_CLIENT_IP_CALLABLE``).

    Each of ``HUB_TRUSTED_PROXIES`` proxies appends the address it was reached from to
    X-Forwarded-For, so the client's is the N-th from the right: anything to its left
    was written by the client and may be made up. A request with fewer entries did not
    pass every proxy, and one whose entry is not an address is not believed: both
    count under the address that connected.
    """
    connected = request.META.get("REMOTE_ADDR", "")
    proxies = settings.HUB_TRUSTED_PROXIES
    if proxies < 1:
        return connected
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        return connected
    try:
        return str(ipaddress.ip_address(forwarded[-proxies]))
    except ValueError:
        return connected


def _failures(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class ThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with a separate, higher limit per address."""

    def get_failures(self, request, credentials=None):
        by_account, by_address = self.get_user_attempts(request, credentials)
        account_failures = _failures(by_account)
        if _failures(by_address) >= settings.HUB_ADDRESS_FAILURE_LIMIT:
            # Axes compares one figure with one limit: an address over its own limit
            # counts as over the account's.
            return max(account_failures, get_failure_limit(request, credentials))
        return account_failures

    def reset_user_attempts(self, request, credentials=None):
        """A successful sign-in clears that account's failures from that address only:
        a sprayer who knows one password must not wipe the address's count with it."""
        by_account = self.filter_user_attempts(request, credentials)[0]
        deleted, _ = by_account.delete()
        return deleted


def locked_out(request, original_response=None, credentials=None):
    """The page a locked-out person sees (``AXES_LOCKOUT_CALLABLE``), saying when they
    can try again: the cool-off after the last failure of the lock that holds."""
    by_account, by_address = ThrottleHandler().get_user_attempts(request, credentials)
    holding = by_account if _failures(by_account) >= get_failure_limit(request, credentials) else by_address
    last = holding.aggregate(last=Max("attempt_time"))["last"]
    cool_off = get_cool_off(request)
    context = {
        "retry_at": last + cool_off if last else None,
        "cool_off_minutes": int(cool_off.total_seconds() // 60),
        "password_reset": settings.HUB_PASSWORD_LOGIN,
    }
    return render(request, "registration/locked_out.html", context, status=429)
