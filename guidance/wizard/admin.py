"""The wizard in Wagtail's admin (Snippets → Training wizard): L&D keep the questions
and outcomes, and see how often each outcome is reached. Registered in
guidance/wagtail_hooks.py."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import WizardOutcome, WizardOutcomeCount, WizardQuestion


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
