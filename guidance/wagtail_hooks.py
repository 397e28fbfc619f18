"""How guidance plugs into the hub (hub/hooks.py) and into Wagtail's admin: the wizard's
questions and outcomes (with how often each outcome is reached), learning requests, and
a "New guidance page" shortcut for the people who may write one."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub import hooks as hub_hooks
from hub.authoring.menus import NewPageMenuItem
from hub.content.search import SearchType
from hub.contributions.sources import ContributionSource
from hub.demo.seeders import DemoSeeder
from hub.home.panels import HomePanel
from hub.navigation.menus import Section

from . import contributions, home
from .demo import seed_guidance
from .demo_requests import seed_requests
from .insights import ANSWER_TIME_CHART, REQUESTED_TOPICS_RANKING
from .models import GuidanceIndexPage, WizardOutcome, WizardOutcomeCount, WizardQuestion
from .queue import REQUESTS_SOURCE
from .views import admin as admin_views
from .views.requests_admin import LearningRequestViewSet


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


class WizardQuestionViewSet(SnippetViewSet):
    model = WizardQuestion
    icon = "help"
    menu_label = _("Questions")
    list_display = ["text", "is_start"]
    search_fields = ["text"]


class WizardOutcomeViewSet(SnippetViewSet):
    model = WizardOutcome
    icon = "flag"
    menu_label = _("Outcomes and counts")
    list_display = [
        "title",
        "kind",
        Column("this_month", label=_("Reached this month"), sort_key="this_month"),
        Column("last_month", label=_("Last month"), sort_key="last_month"),
        Column("all_time", label=_("All time"), sort_key="all_time"),
    ]
    search_fields = ["title"]

    def get_queryset(self, request):
        # The counts are anonymous monthly totals (WizardOutcomeCount), summed in one query.
        return WizardOutcomeCount.annotate(WizardOutcome.objects.all())


class WizardViewSetGroup(SnippetViewSetGroup):
    items = (WizardQuestionViewSet, WizardOutcomeViewSet)
    menu_icon = "help"
    menu_label = _("Training wizard")
    menu_name = "training-wizard"
    menu_order = 220


register_snippet(WizardViewSetGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("guidance/new/", admin_views.new_guidance_page, name="guidance_new_page"),
        path(
            "guidance/requests/<int:pk>/assign/", admin_views.assign_request, name="guidance_assign_request"
        ),
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
