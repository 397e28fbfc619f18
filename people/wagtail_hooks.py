"""How people plug into the hub (hub/hooks.py) and into Wagtail's admin, where
moderators hide thanks (a plain model: wagtail-modeladmin listing)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from hub import hooks as hub_hooks
from hub.content.search import SearchType
from hub.contributions.weekly import RecognitionSource
from hub.demo.seeders import DemoSeeder
from hub.home.panels import HomePanel
from hub.navigation.menus import AccountLink, Section

from .demo import seed_experts
from .home import expert_index_url, experts_for_topics, home_experts, my_profile_url, profile_urls
from .kudos.models import Kudos
from .recognition import thanks_received


# -- the hub's extension points --------------------------------------------------------
@hooks.register(hub_hooks.SECTIONS)
def experts_section():
    return Section(
        key="experts",
        label=_("Experts"),
        description=_("Find the colleague who knows, and thank the people who share."),
        get_url=expert_index_url,
        order=30,
    )


@hooks.register(hub_hooks.HOME_PANELS)
def experts_panel():
    return HomePanel(
        key="experts", template="people/includes/home_experts.html", get_context=home_experts, order=60
    )


@hooks.register(hub_hooks.ACCOUNT_LINKS)
def my_profile_link():
    return AccountLink(key="my_profile", label=_("My profile"), get_url=my_profile_url, order=20)


hooks.register(hub_hooks.PROFILE_LINKS, profile_urls)
hooks.register(hub_hooks.EXPERT_FINDER, experts_for_topics)


@hooks.register(hub_hooks.WEEKLY_RECOGNITION)
def thanks_recognition():
    return RecognitionSource(key="thanks", label=_("Thanks received"), counts=thanks_received, order=30)


@hooks.register(hub_hooks.SEARCH_TYPES)
def expert_search_type():
    return SearchType(
        key="experts",
        model_label="people.ExpertProfilePage",
        label=_("Experts"),
        label_singular=_("Expert"),
        icon="user",
        snippet_fields=("job_title", "ask_me_about", "bio"),
        facets=("topic", "region"),
        topics_relation="expertise_items",
        order=30,
    )


@hooks.register(hub_hooks.DEMO_SEEDERS)
def experts_demo_content():
    # After courses (order 10), so the demo experts have something to show.
    return DemoSeeder(key="experts", seed=seed_experts, order=40)


# -- Wagtail's admin ---------------------------------------------------------------------


class KudosAdmin(ModelAdmin):
    model = Kudos
    menu_label = _("Thanks")
    menu_icon = "pick"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["message", "sender", "recipient", "page", "created_at", "hidden"]
    list_filter = ["hidden", "created_at"]
    search_fields = ["message", "recipient__first_name", "recipient__last_name", "recipient__username"]
    # Moderators may hide a message, never rewrite what someone said.
    form_fields_exclude = ["sender", "recipient", "page", "message", "created_at"]
    inspect_view_enabled = True


modeladmin_register(KudosAdmin)
