"""What the route methods of routable pages share (courses, expert profiles)."""

from functools import wraps

from django.http import HttpResponseNotAllowed


def post_only(route):
    """A page's route that changes something answers anything but POST with a 405."""

    @wraps(route)
    def wrapped(page, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return route(page, request, *args, **kwargs)

    return wrapped
