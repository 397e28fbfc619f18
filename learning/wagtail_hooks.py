from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import CourseIndexPage, CourseTemplate


class CourseTemplateViewSet(SnippetViewSet):
    model = CourseTemplate
    icon = "form"
    menu_label = _("Course templates")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "estimated_minutes", "sort_order"]
    search_fields = ["name", "when_to_use"]


register_snippet(CourseTemplateViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("courses/new/", views.choose_template, name="learning_choose_template"),
        path(
            "courses/new/<int:template_id>/", views.start_from_template, name="learning_start_from_template"
        ),
    ]


class NewCourseMenuItem(MenuItem):
    def is_shown(self, request):
        index = CourseIndexPage.objects.first()
        return index is not None and index.permissions_for_user(request.user).can_add_subpage()


@hooks.register("register_admin_menu_item")
def register_new_course_menu_item():
    return NewCourseMenuItem(
        _("New course from template"), reverse("learning_choose_template"), icon_name="plus", order=150
    )
