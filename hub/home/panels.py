"""Blocks of the home page that apps contribute (hook ``hub.hooks.HOME_PANELS``), and
the shared cache of their rendered HTML."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.html import format_html_join
from django.utils.translation import get_language

from hub import hooks
from hub.navigation.menus import chrome_version

# How long the home page's panels may show old counts (votes, completions, ratings).
HOME_PANELS_CACHE_SECONDS = 60


@dataclass(frozen=True)
class HomePanel:
    """A block of the home page rendered by ``template`` with ``get_context(request)``.

    A panel must read the same for everyone on a site in a language: live, public
    content and counts, nothing of the person looking and no forms (CSRF tokens). The
    rendered panels are cached and shared (:func:`home_panels_html`). ``stylesheets``
    are static paths the home page links in its head."""

    key: str
    template: str
    get_context: Callable = field(default=lambda request: {})
    order: int = 50
    stylesheets: tuple = ()


def home_panels():
    return hooks.collect(hooks.HOME_PANELS)


def home_panels_html(request):
    """Every registered home-page panel, rendered with its own template and context.

    Building them costs two dozen queries, so the HTML is shared through the cache:
    publishing or new settings rebuild it at once (a new chrome version), counts such
    as votes and completions follow within HOME_PANELS_CACHE_SECONDS."""
    key = f"hub:home-panels:{chrome_version(request)}:{request.get_host()}:{get_language() or ''}"
    html = cache.get(key)
    if html is None:
        html = format_html_join(
            "",
            "{}",
            (
                (render_to_string(panel.template, panel.get_context(request), request=request),)
                for panel in home_panels()
            ),
        )
        cache.set(key, html, HOME_PANELS_CACHE_SECONDS)
    return html


def home_panel_stylesheets():
    """The static paths of the registered panels' stylesheets, each once."""
    return list(dict.fromkeys(sheet for panel in home_panels() for sheet in panel.stylesheets))
