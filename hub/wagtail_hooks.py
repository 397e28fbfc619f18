"""How the hub's own features plug into Wagtail's admin and into the hub's extension
points (hub/hooks.py). Every app has one file like this."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permissions import register_permission_policy

from hub import hooks as hub_hooks
from hub.accounts.passwords import password_change_url
from hub.accounts.permissions import is_moderator
from hub.authoring import views as authoring_views
from hub.authoring.flag_admin import ContentFlagViewSet, flag_policy
from hub.authoring.models import VERIFY_ACTION, AuthoredPage, ContentFlag
from hub.authoring.translation import LINK_ACTION
from hub.content.search import SearchType
from hub.demo.content import seed_hub
from hub.demo.seeders import DemoSeeder
from hub.digest.settings_panel import WeeklyDigestSettingsPanel
from hub.insights.base import can_view_insights
from hub.insights.content import CONTRIBUTORS_CHART, VERIFIED_ON_TIME_CHART
from hub.insights.views import InsightsView
from hub.navigation import languages
from hub.navigation.menus import AccountLink, Section
from hub.ops.mail_report import MailReportView, may_see_mail
from hub.queue import sources as queue_sources
from hub.queue import views as queue_views
from hub.queue.panels import MyQueuePanel, QueuePanel


# -- the hub's own section, account link, search types and demo content ---------------
@hooks.register(hub_hooks.ACCOUNT_LINKS)
def change_password_link():
    return AccountLink(key="password", label=_("Change password"), get_url=password_change_url, order=90)


@hooks.register(hub_hooks.SECTIONS)
def contact_section():
    return Section(
        key="contact",
        label=_("Contact the learning team"),
        description=_("Questions, ideas or help with sharing what you know."),
        url_name="contact",
        order=100,
    )


@hooks.register(hub_hooks.SEARCH_TYPES)
def info_page_and_document_search_types():
    return [
        SearchType(
            key="pages",
            model_label="hub.InfoPage",
            label=_("Information pages"),
            label_singular=_("Information page"),
            icon="doc-full",
            snippet_fields=("search_description", "body"),
            order=40,
        ),
        SearchType(
            key="documents",
            model_label="wagtaildocs.Document",
            label=_("Documents"),
            label_singular=_("Document"),
            icon="doc-full-inverse",
            snippet_fields=(),
            order=50,
        ),
    ]


@hooks.register(hub_hooks.DEMO_SEEDERS)
def hub_demo_content():
    # First: the team's contact and the home page's featured items.
    return DemoSeeder(key="hub", seed=seed_hub, order=0)


# -- keeping content current: "Still correct", owners, readers' flags ------------------
@hooks.register("register_admin_urls")
def register_verify_url():
    return [path("hub/verify/<int:page_id>/", authoring_views.verify, name="hub_verify")]


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


@hooks.register("register_admin_urls")
def register_translation_url():
    return [
        path("hub/translate/<int:page_id>/", authoring_views.add_translation, name="hub_add_translation"),
        path(
            "hub/translate/<int:page_id>/link/", authoring_views.link_translation, name="hub_link_translation"
        ),
    ]


class AddTranslationMenuItem(PageMenuItem):
    label = _("Add translation")
    icon_name = "globe"
    url_name = "hub_add_translation"
    priority = 26

    def is_shown(self, user):
        page = self.page.specific_deferred
        return isinstance(page, AuthoredPage) and page.permissions_for_user(user).can_edit()


class LinkTranslationMenuItem(AddTranslationMenuItem):
    label = _("Link a translation")
    icon_name = "link"
    url_name = "hub_link_translation"
    priority = 27


@hooks.register("register_page_header_buttons")
def add_translation_button(page, user, view_name, next_url=None):
    yield AddTranslationMenuItem(page=page)
    yield LinkTranslationMenuItem(page=page)


@hooks.register("register_log_actions")
def register_verify_action(actions):
    actions.register_action(VERIFY_ACTION, _("Still correct"), _("Checked: still correct"))
    actions.register_action(LINK_ACTION, _("Linked as a translation"), _("Linked as a translation"))


@hooks.register("after_edit_page")
def save_new_owner(request, page):
    """Wagtail keeps ``owner`` out of revisions, so a moderator's change of owner in the
    editor is written to the page itself (the field is only shown to those allowed)."""
    if isinstance(page, AuthoredPage) and request.user.has_perm("hub.assign_content_owner"):
        type(page).objects.filter(pk=page.pk).exclude(owner_id=page.owner_id).update(owner_id=page.owner_id)


# Wagtail 8 takes a model's permission policy from its registry, not from the viewset.
register_permission_policy(ContentFlag, flag_policy)


@hooks.register("register_admin_viewset")
def register_flag_viewset():
    return ContentFlagViewSet()


# -- the L&D queue -------------------------------------------------------------------------
@hooks.register(hub_hooks.QUEUE_SOURCES)
def authored_page_queue_sources():
    return [
        queue_sources.FLAGGED_SOURCE,
        queue_sources.TRANSLATION_SOURCE,
        queue_sources.OVERDUE_SOURCE,
        queue_sources.WAITING_SOURCE,
    ]


@hooks.register("register_admin_urls")
def register_queue_urls():
    return [
        path("hub/queue/", queue_views.queue_view, name="hub_queue"),
        path("hub/queue/handled/", queue_views.handle, name="hub_queue_handle"),
    ]


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    # Shown to everyone with admin access: moderators get the whole queue, experts their slice.
    return MenuItem(_("L&D queue"), reverse("hub_queue"), name="ld-queue", icon_name="tasks", order=150)


@hooks.register("construct_homepage_panels")
def queue_panels(request, panels):
    panels.append(QueuePanel() if is_moderator(request.user) else MyQueuePanel())


# -- the weekly digest ---------------------------------------------------------------------
@hooks.register("register_account_settings_panel")
def weekly_digest_settings(request, user, profile):
    return WeeklyDigestSettingsPanel(request, user, profile)


# -- the L&D insights ----------------------------------------------------------------------
@hooks.register(hub_hooks.INSIGHTS)
def content_insights():
    return [CONTRIBUTORS_CHART, VERIFIED_ON_TIME_CHART]


@hooks.register("register_admin_urls")
def register_insights_url():
    return [path("insights/", InsightsView.as_view(), name="hub_insights")]


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_insights(request.user)


@hooks.register("register_reports_menu_item")
def register_insights_menu_item():
    return InsightsMenuItem(_("Insights"), reverse("hub_insights"), icon_name="view", order=90)


# -- Reports → Outgoing e-mail, for administrators -----------------------------------------
@hooks.register("register_admin_urls")
def register_mail_report_urls():
    return [
        path("reports/e-mail/", MailReportView.as_view(), name="hub_mail_report"),
        path(
            "reports/e-mail/results/",
            MailReportView.as_view(results_only=True),
            name="hub_mail_report_results",
        ),
    ]


class MailReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_mail(request.user)


@hooks.register("register_reports_menu_item")
def mail_report_menu_item():
    return MailReportMenuItem(
        _("Outgoing e-mail"), reverse("hub_mail_report"), name="outgoing-e-mail", icon_name="mail", order=900
    )


# -- languages ------------------------------------------------------------------------------
hooks.register("before_serve_page", languages.send_to_reader_version)
