from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permissions import register_permission_policy

from . import admin_views, queue_views
from .account_settings import WeeklyDigestSettingsPanel
from .content import VERIFY_ACTION, AuthoredPage
from .flag_admin import ContentFlagViewSet, flag_policy
from .insights import can_view_insights
from .insights_views import InsightsView
from .models import ContentFlag
from .panels import MyQueuePanel, QueuePanel, is_moderator


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("hub/verify/<int:page_id>/", admin_views.verify, name="hub_verify"),
        path("hub/queue/", queue_views.queue_view, name="hub_queue"),
        path("hub/queue/handled/", queue_views.handle, name="hub_queue_handle"),
    ]


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    # Shown to everyone with admin access: moderators get the whole queue, experts their slice.
    return MenuItem(_("L&D queue"), reverse("hub_queue"), name="ld-queue", icon_name="tasks", order=150)


class StillCorrectMenuItem(PageMenuItem):
    label = _("Still correct")
    icon_name = "tick"
    url_name = "hub_verify"
    priority = 25

    def is_shown(self, user):
        page = self.page.specific_deferred
        return isinstance(page, AuthoredPage) and page.live and page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def still_correct_button(page, user, view_name, next_url=None):
    yield StillCorrectMenuItem(page=page)


@hooks.register("construct_homepage_panels")
def queue_panels(request, panels):
    panels.append(QueuePanel() if is_moderator(request.user) else MyQueuePanel())


@hooks.register("after_edit_page")
def save_new_owner(request, page):
    """Wagtail keeps ``owner`` out of revisions, so a moderator's change of owner in the
    editor is written to the page itself (the field is only shown to those allowed)."""
    if isinstance(page, AuthoredPage) and request.user.has_perm("hub.assign_content_owner"):
        type(page).objects.filter(pk=page.pk).exclude(owner_id=page.owner_id).update(owner_id=page.owner_id)


# -- readers' flags in the admin --------------------------------------------------------
# Wagtail 8 takes a model's permission policy from its registry, not from the viewset.
register_permission_policy(ContentFlag, flag_policy)


@hooks.register("register_admin_viewset")
def register_flag_viewset():
    return ContentFlagViewSet()


@hooks.register("register_account_settings_panel")
def weekly_digest_settings(request, user, profile):
    return WeeklyDigestSettingsPanel(request, user, profile)


# -- the L&D insights --------------------------------------------------------------------
@hooks.register("register_log_actions")
def register_verify_action(actions):
    actions.register_action(VERIFY_ACTION, _("Still correct"), _("Checked: still correct"))


@hooks.register("register_admin_urls")
def register_insights_url():
    return [path("insights/", InsightsView.as_view(), name="hub_insights")]


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_insights(request.user)


@hooks.register("register_reports_menu_item")
def register_insights_menu_item():
    return InsightsMenuItem(_("Insights"), reverse("hub_insights"), icon_name="view", order=90)
