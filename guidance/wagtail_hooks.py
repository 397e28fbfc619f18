"""Admin: the wizard's questions and outcomes (with how often each outcome is reached),
and a "New guidance page" shortcut for the people who may write one."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import GuidanceIndexPage, WizardOutcome, WizardOutcomeCount, WizardQuestion
from .views import admin as admin_views
from .views.requests_admin import LearningRequestViewSet


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


class NewGuidanceMenuItem(MenuItem):
    def is_shown(self, request):
        index = GuidanceIndexPage.objects.first()
        return index is not None and index.permissions_for_user(request.user).can_add_subpage()


@hooks.register("register_admin_menu_item")
def register_new_guidance_menu_item():
    return NewGuidanceMenuItem(
        _("New guidance page"), reverse("guidance_new_page"), icon_name="doc-full-inverse", order=160
    )


@hooks.register("register_admin_viewset")
def register_learning_request_viewset():
    return LearningRequestViewSet("learning_requests")
