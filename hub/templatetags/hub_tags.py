from django import template
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.html import format_html_join
from django.utils.translation import get_language

from hub.navigation import account_menu, chrome_version, current_section, section_links
from hub.registry import home_panels

register = template.Library()

# How long the home page's panels may show old counts (votes, completions, ratings).
HOME_PANELS_CACHE_SECONDS = 60


@register.simple_tag(takes_context=True)
def hub_sections(context, navigation_only=False):
    """The sections other apps registered, with their URLs resolved; missing ones left
    out. Cached per site and language (hub/navigation.py)."""
    return section_links(context.get("request"), navigation_only=navigation_only)


@register.simple_tag(takes_context=True)
def hub_navigation(context):
    """The main menu: ``{"sections": [...], "current": URL}``, the sections shown in
    the navigation and the one the page is in (see hub.navigation.current_section)."""
    request = context.get("request")
    links = section_links(request, navigation_only=True)
    return {"sections": links, "current": current_section(getattr(request, "path", ""), links)}


@register.simple_tag(takes_context=True)
def hub_chrome_version(context):
    """For ``{% cache %}`` keys of page chrome that follows the tree and the settings."""
    return chrome_version(context.get("request"))


@register.simple_tag(takes_context=True)
def hub_account_menu(context):
    """The personal links other apps registered ("My learning", "My profile") and
    whether to link the admin; see hub.navigation.account_menu."""
    return account_menu(context.get("request"))


@register.simple_tag(takes_context=True)
def home_panels_html(context):
    """Every registered home-page panel, rendered with its own template and context.

    Panels read the same for everyone on a site in a language (see HomePanel), and
    building them costs two dozen queries, so the HTML is shared through the cache:
    publishing or new settings rebuild it at once (a new chrome version), counts such
    as votes and completions follow within HOME_PANELS_CACHE_SECONDS."""
    request = context["request"]
    key = f"hub:home-panels:{chrome_version(request)}:{request.get_host()}:{get_language() or ''}"
    html = cache.get(key)
    if html is None:
        html = format_html_join(
            "",
            "{}",
            (
                (render_to_string(panel.template, panel.get_context(request), request=request),)
                for panel in home_panels
            ),
        )
        cache.set(key, html, HOME_PANELS_CACHE_SECONDS)
    return html


@register.simple_tag
def home_panel_stylesheets():
    """The static paths of the registered panels' stylesheets, each once, for the
    home page's head."""
    return list(dict.fromkeys(sheet for panel in home_panels for sheet in panel.stylesheets))


@register.simple_tag
def credits(users):
    """Credit lines for ``users`` (owner first): name and, where one exists, profile URL.
    People whose account is closed stay credited, as a former colleague."""
    from django.utils.translation import gettext as _
    from wagtail.users.models import UserProfile

    from hub.registry import profile_links

    urls = profile_links.urls_for(users)
    # The photo people upload in their admin account settings, in one query.
    photos = {
        profile.user_id: profile.avatar.url
        for profile in UserProfile.objects.filter(user__in=[u for u in users if u is not None]).exclude(
            avatar=""
        )
    }
    lines = []
    for user in users:
        if user is None or not user.is_active:
            lines.append({"name": _("Former colleague"), "url": None, "photo": None})
        else:
            name = user.get_full_name() or user.get_username()
            lines.append({"name": name, "url": urls.get(user.pk), "photo": photos.get(user.pk)})
    return lines
