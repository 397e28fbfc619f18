"""How search plugs into the hub (hub/hooks.py) and into Wagtail's admin reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hub import hooks as hub_hooks
from hub.navigation.menus import Section

from .insights import SEARCHES_WITHOUT_RESULTS_CHART
from .queue import FAILED_SEARCHES_SOURCE
from .reports import TopQueriesView, ZeroResultQueriesView


# -- the hub's extension points --------------------------------------------------------
@hooks.register(hub_hooks.SECTIONS)
def search_section():
    return Section(
        key="search",
        label=_("Search"),
        description=_("Find courses, guidance and experts in one search."),
        url_name="search",
        order=60,
    )


@hooks.register(hub_hooks.QUEUE_SOURCES)
def failed_searches_queue_source():
    return FAILED_SEARCHES_SOURCE


@hooks.register(hub_hooks.INSIGHTS)
def search_insights():
    return SEARCHES_WITHOUT_RESULTS_CHART


# -- Wagtail's admin reports ---------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/search/top/", TopQueriesView.as_view(), name="search_top_queries"),
        path(
            "reports/search/top/results/",
            TopQueriesView.as_view(results_only=True),
            name="search_top_queries_results",
        ),
        path("reports/search/nothing-found/", ZeroResultQueriesView.as_view(), name="search_zero_results"),
        path(
            "reports/search/nothing-found/results/",
            ZeroResultQueriesView.as_view(results_only=True),
            name="search_zero_results_results",
        ),
    ]


class QueryLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_querylog")


@hooks.register("register_reports_menu_item")
def register_top_queries_menu_item():
    return QueryLogMenuItem(_("Top searches"), reverse("search_top_queries"), icon_name="search", order=1310)


@hooks.register("register_reports_menu_item")
def register_zero_results_menu_item():
    return QueryLogMenuItem(
        _("Searches that found nothing"), reverse("search_zero_results"), icon_name="warning", order=1320
    )
