"""Template tags of the page chrome: thin wrappers, the work is in the feature packages."""

from django import template

from hub.content import languages
from hub.contributions.experts import credit_lines
from hub.home import panels
from hub.navigation.menus import account_menu, chrome_version, current_section, section_links

register = template.Library()


@register.simple_tag(takes_context=True)
def hub_sections(context, navigation_only=False):
    """The sections other apps registered, with their URLs resolved; missing ones left
    out. Cached per site and language (hub/navigation/menus.py)."""
    return section_links(context.get("request"), navigation_only=navigation_only)


@register.simple_tag(takes_context=True)
def hub_navigation(context):
    """The main menu: ``{"sections": [...], "current": URL}``, the sections shown in
    the navigation and the one the page is in (see hub.navigation.menus.current_section)."""
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
    whether to link the admin; see hub.navigation.menus.account_menu."""
    return account_menu(context.get("request"))


@register.simple_tag(takes_context=True)
def home_panels_html(context):
    """Every registered home-page panel, rendered and cached (hub/home/panels.py)."""
    return panels.home_panels_html(context["request"])


@register.simple_tag
def home_panel_stylesheets():
    """The static paths of the registered panels' stylesheets, for the home page's head."""
    return panels.home_panel_stylesheets()


@register.simple_tag
def credits(users):
    """Credit lines for ``users`` (owner first): name, profile URL and photo."""
    return credit_lines(users)


@register.simple_tag
def other_versions(page):
    """The page's live translations, for the "Also in <language>" links."""
    return languages.other_versions(page)
