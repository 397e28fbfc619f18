"""Moderators hide thanks from the admin (a plain model: wagtail-modeladmin listing)."""

from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from .models import Kudos


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
