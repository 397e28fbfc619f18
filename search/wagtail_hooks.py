from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import TopQueriesView, ZeroResultQueriesView


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
