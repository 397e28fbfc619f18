"""Which language a request is in: two questions with two answers.

- **The reader's language** is the interface's: the language switch's choice (a
  cookie), otherwise the browser's ``Accept-Language``. It is the same on every page,
  so a Dutch reader keeps a Dutch interface while reading an English course.
- **The address's language** says which version of a page is asked for: English pages
  have today's addresses (``/courses/...``), other languages live in their own tree
  under a prefix (``/nl/courses/...``), as Wagtail's i18n lays them out.

The hub's home and section pages follow the reader: a Dutch reader who opens ``/`` is
sent to ``/nl/``. A course or guidance page is what the address names, whoever reads it;
it links its other languages ("Also in Nederlands"). An address that names a page in
another language's tree (an old link to a page that moved into ``/nl/``) is redirected
to it. docs/languages.md has the whole scheme.
"""

from django.conf import settings
from django.http import Http404
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site


def address_language(request):
    """The language the address names: its prefix, or the default language."""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


class ReaderLanguageMiddleware(LocaleMiddleware):
    """Django's ``LocaleMiddleware`` takes the language from the address whenever
    ``i18n_patterns`` are used, so every unprefixed page would be English. Here the
    address's language is active only while Django resolves the address (its
    ``i18n_patterns`` match the active language's prefix); the view, and so the whole
    interface, runs in the reader's language."""

    def process_request(self, request):
        translation.activate(address_language(request))

    def process_view(self, request, view_func, view_args, view_kwargs):
        translation.activate(translation.get_language_from_request(request, check_path=False))
        request.LANGUAGE_CODE = translation.get_language()


def serve(request, path):
    """Wagtail's ``serve``, routing in the tree of the address's language."""
    with translation.override(address_language(request)):
        route = Page.route_for_request(request, path)
    if route is None:
        moved = page_in_another_language(request, path)
        if moved is None:
            raise Http404
        return redirect(moved, permanent=True)
    return wagtail_views.serve(request, path)


def page_in_another_language(request, path):
    """The address of the page ``path`` names in another language's tree (the
    reader's version of it when there is one), or ``None``. Only 404s come here."""
    if request.method not in ("GET", "HEAD"):
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    asked = address_language(request)
    for root in site.root_page.get_translations(inclusive=True).select_related("locale"):
        if root.locale.language_code == asked:
            continue
        try:
            page = root.specific.route(request, components)[0]
        except Http404:
            continue
        url = page.localized.get_url(request)
        if url and url != request.path:
            return url
    return None


def send_to_reader_version(page, request, args, kwargs):
    """``before_serve_page``: a page that follows the reader (the home page, section
    pages) sends them to its version in their language when that one is live."""
    if request.method not in ("GET", "HEAD") or not getattr(page, "follows_reader_language", False):
        return None
    version = page.localized
    # Only the page itself: a sub-address of a routable page stays where it is.
    if version.pk == page.pk or request.path != page.get_url(request):
        return None
    url = version.get_url(request)
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{url}?{query}" if query else url)
