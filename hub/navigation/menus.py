"""The registered sections with their URLs, cached per site and language.

Every page's header lists the sections (courses, guidance, experts...), and finding a
section that is a page in the tree costs a query or two each. The list is the same for
everyone on a site in a language, so each worker keeps it (the "chrome" cache) under the
navigation version, which changes when a page is published, unpublished, moved, deleted
or restricted (an index page may have been among them). The version lives in the
default cache: shared by all workers with Redis, so a change takes effect at once; with
the in-process default cache of a single server, other workers follow within
NAVIGATION_CACHE_SECONDS.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import cache, caches
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language

from hub import hooks

NAVIGATION_CACHE_SECONDS = 300
VERSION_KEY = "hub:navigation:version"


@dataclass(frozen=True)
class Section:
    """A top-level part of the hub (hook ``hub.hooks.SECTIONS``), shown in the main
    navigation and on the home page.

    Give either ``url_name`` (a named URL) or ``get_url`` (a callable taking the request,
    for sections that are pages in the tree); a section whose URL cannot be found is
    left out rather than breaking the page.
    """

    key: str
    label: str
    description: str = ""
    order: int = 50
    url_name: str = ""
    get_url: Callable | None = None
    in_navigation: bool = True

    def url(self, request):
        if self.get_url is not None:
            return self.get_url(request)
        try:
            return reverse(self.url_name)
        except NoReverseMatch:
            return None


@dataclass(frozen=True)
class AccountLink:
    """A personal link in the header's account menu ("My learning", "My profile"),
    hook ``hub.hooks.ACCOUNT_LINKS``.

    ``get_url(request)`` returns the URL, or ``None`` to leave the link out for this
    user (for example "My profile" for someone who may not have one)."""

    key: str
    label: str
    get_url: Callable
    order: int = 50


def _version(request=None):
    """The current navigation version, read once per request: a page asks for it four
    times (menu, account links, header and footer fragments), each a round trip to a
    shared cache."""
    version = getattr(request, "_hub_navigation_version", None)
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            version = uuid.uuid4().hex
            cache.set(VERSION_KEY, version, None)
        if request is not None:
            request._hub_navigation_version = version
    return version


def forget_sections(**kwargs):
    """Signal receiver: the next request rebuilds every cached section list (and the
    cached footer, which shows the hub settings and links the accessibility page)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def chrome_version(request=None):
    """Part of the header's and footer's fragment-cache keys: changes whenever the
    links or the settings may have."""
    return _version(request)


def _build(request, navigation_only):
    found = []
    for section in hooks.collect(hooks.SECTIONS):
        if navigation_only and not section.in_navigation:
            continue
        url = section.url(request)
        if url:
            found.append(
                {
                    "key": section.key,
                    "label": str(section.label),
                    "description": str(section.description),
                    "url": url,
                }
            )
    return found


def section_links(request, navigation_only=False):
    """``[{key, label, description, url}]`` of the registered sections whose URL exists.

    The same for everyone on a site in a language, and cheap to rebuild, so each worker
    keeps its own copy ("chrome" cache): with Redis, a page then reads the shared cache
    only for the version, not for the links as well."""
    if request is None:
        return _build(request, navigation_only)
    key = ":".join(
        [
            "hub:navigation",
            _version(request),
            request.get_host(),
            get_language() or "",
            "nav" if navigation_only else "all",
        ]
    )
    chrome = caches["chrome"]
    found = chrome.get(key)
    if found is None:
        found = _build(request, navigation_only)
        chrome.set(key, found, NAVIGATION_CACHE_SECONDS)
    return found


def current_section(path, links):
    """Which main-menu entry the page at ``path`` is in: "/" on the home page, else the
    URL of the section whose URL starts ``path`` (the longest, should sections nest),
    or "" for none. One value per section, so the header's cached menu varies by it
    rather than by every page's path."""
    if path == "/":
        return "/"
    found = ""
    for link in links:
        url = link["url"]
        if url != "/" and path.startswith(url) and len(url) > len(found):
            found = url
    return found


def account_menu(request):
    """The signed-in person's own header links ("My learning", "My profile") and
    whether to offer the admin: ``{"links": [...], "admin": bool}``.

    Finding a profile and reading permissions costs four or five queries on every page,
    for an answer that rarely changes, so it is cached per person: one cache entry
    holding the menu per navigation version, site and language, so that a change to
    one person's groups forgets only their menu (``forget_account_menu``) and leaves
    everyone else's chrome cached. Publishing starts a new navigation version;
    otherwise the menu follows within NAVIGATION_CACHE_SECONDS. The header only links:
    every view checks access itself.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"links": [], "admin": False}
    version = _version(request)
    variant = f"{version}:{request.get_host()}:{get_language() or ''}"
    key = _account_key(user.pk)
    menus = cache.get(key) or {}
    menu = menus.get(variant)
    if menu is None:
        menu = {"links": _account_links(request), "admin": user.has_perm("wagtailadmin.access_admin")}
        # Menus of an older version are never read again.
        menus = {name: kept for name, kept in menus.items() if name.startswith(version)}
        menus[variant] = menu
        cache.set(key, menus, NAVIGATION_CACHE_SECONDS)
    return menu


def forget_account_menu(user_pk):
    """The next page this person opens rebuilds their header links (their groups or
    permissions changed); nobody else's cached chrome is touched."""
    cache.delete(_account_key(user_pk))


def _account_key(user_pk):
    return f"hub:account:{user_pk}"


def _account_links(request):
    found = []
    for link in hooks.collect(hooks.ACCOUNT_LINKS):
        url = link.get_url(request)
        if url:
            found.append({"key": link.key, "label": str(link.label), "url": url})
    return found
