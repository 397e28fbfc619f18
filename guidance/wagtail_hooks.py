"""How guidance plugs into the hub (hub/hooks.py) and into Wagtail's admin: the wizard's
questions and outcomes (with how often each outcome is reached), learning requests, and
a "New guidance page" shortcut for the people who may write one."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from hub import hooks as hub_hooks
from hub.authoring.menus import NewPageMenuItem
from hub.content.search import SearchType
from hub.contributions.sources import ContributionSource
from hub.demo.seeders import DemoSeeder
from hub.home.panels import HomePanel
from hub.navigation.menus import Section

from . import contributions, home
from .demo.seed import seed_guidance
from .pages import GuidanceIndexPage
from .requests.admin import LearningRequestViewSet, assign_request
from .requests.demo import seed_requests
from .requests.insights import ANSWER_TIME_CHART, REQUESTED_TOPICS_RANKING
from .requests.queue import REQUESTS_SOURCE
from .views import new_guidance_page
from .wizard.admin import WizardViewSetGroup


# -- the hub's extension points --------------------------------------------------------
@hooks.register(hub_hooks.SECTIONS)
def guidance_sections():
    return [
        Section(
            key="guidance",
            label=_("Guidance"),
            description=_("How to share what you know, the company's guidelines, and help choosing."),
            get_url=home.guidance_index_url,
            order=20,
        ),
        Section(
            key="requests",
            label=_("Learning requests"),
            description=_("Missing a course? Ask for it, or vote for what colleagues asked."),
            url_name="requests:index",
            order=40,
        ),
    ]


@hooks.register(hub_hooks.HOME_PANELS)
def top_requests_panel():
    return HomePanel(
        key="top_requests",
        template="guidance/requests/home_panel.html",
        get_context=home.top_open_requests,
        order=60,
        stylesheets=("css/requests.css",),
    )


@hooks.register(hub_hooks.CONTRIBUTIONS)
def guidance_contributions():
    return [
        ContributionSource(
            key="guidance", items=contributions.items, figures=contributions.figures, order=20
        ),
        ContributionSource(
            key="requests", items=home.contribution_items, figures=home.contribution_figures, order=40
        ),
    ]


@hooks.register(hub_hooks.QUEUE_SOURCES)
def request_queue_source():
    return REQUESTS_SOURCE


@hooks.register(hub_hooks.INSIGHTS)
def request_insights():
    return [ANSWER_TIME_CHART, REQUESTED_TOPICS_RANKING]


@hooks.register(hub_hooks.SEARCH_TYPES)
def guidance_search_type():
    return SearchType(
        key="guidance",
        model_label="guidance.GuidancePage",
        label=_("Guidance"),
        label_singular=pgettext_lazy("one guidance page", "Guidance"),
        icon="help",
        snippet_fields=("summary", "body"),
        facets=("language", "region"),
        order=20,
    )


@hooks.register(hub_hooks.DEMO_SEEDERS)
def guidance_demo_content():
    return [
        # After the courses (order 10): guidance links to course templates.
        DemoSeeder(key="guidance", seed=seed_guidance, order=20),
        DemoSeeder(key="requests", seed=seed_requests, order=40),
    ]


# -- Wagtail's admin ---------------------------------------------------------------------
# Snippets → Training wizard: the questions, and the outcomes with how often each is reached.
register_snippet(WizardViewSetGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("guidance/new/", new_guidance_page, name="guidance_new_page"),
        path("guidance/requests/<int:pk>/assign/", assign_request, name="guidance_assign_request"),
    ]


@hooks.register("register_admin_menu_item")
def register_new_guidance_menu_item():
    return NewPageMenuItem(
        _("New guidance page"),
        reverse("guidance_new_page"),
        GuidanceIndexPage,
        icon_name="doc-full-inverse",
        order=160,
    )


@hooks.register("register_admin_viewset")
def register_learning_request_viewset():
    return LearningRequestViewSet("learning_requests")
