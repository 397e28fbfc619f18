import posixpath

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.static import serve


def media(request, path):
    """An uploaded file from MEDIA_ROOT (development only, see urls.py), except
    documents: they are served by Wagtail's view (/documents/<id>/<name>), which checks
    sign-in and the collection's view restrictions. The path is normalised first, so
    ``./documents/`` or ``//documents/`` cannot get round that."""
    path = posixpath.normpath(path).lstrip("/")
    if path.split("/", 1)[0] == "documents":
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@login_not_required
def favicon(request):
    # Resolved per request: the hashed static name exists only after collectstatic.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
