"""L&D's course templates in the admin, as snippets (Snippets → Course templates)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CourseTemplate


class CourseTemplateViewSet(SnippetViewSet):
    model = CourseTemplate
    icon = "form"
    menu_label = _("Course templates")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "estimated_minutes", "sort_order"]
    search_fields = ["name", "when_to_use"]
