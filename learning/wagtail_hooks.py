from functools import partial

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .feedback_admin import CourseRatingViewSet, rating_policy
from .models import CourseIndexPage, CourseRating, CourseTemplate
from .reports.access import can_view_reports
from .reports.panel import LearningFiguresPanel
from .reports.views import REPORTS


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


# -- L&D reports and the moderators' figures on the admin home ----------------------------
@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for slug, view, name in REPORTS:
        urls.append(path(f"learning/reports/{slug}/", view.as_view(), name=name))
        urls.append(
            path(f"learning/reports/{slug}/results/", view.as_view(results_only=True), name=f"{name}_results")
        )
    return urls


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


def report_menu_item(view, url_name, order):
    return ReportMenuItem(
        view.page_title,
        reverse(url_name),
        name=url_name.replace("_", "-"),
        icon_name=view.header_icon,
        order=order,
    )


for _order, (_slug, _view, _url_name) in enumerate(REPORTS):
    hooks.register("register_reports_menu_item", partial(report_menu_item, _view, _url_name, 100 + _order))


@hooks.register("construct_homepage_panels")
def learning_figures_panel(request, panels):
    if can_view_reports(request.user):
        panels.append(LearningFiguresPanel())


# -- ratings and comments in the admin ----------------------------------------------------
# Wagtail 8 takes a model's permission policy from its registry, not from the viewset.
register_permission_policy(CourseRating, rating_policy)


@hooks.register("register_admin_viewset")
def register_rating_viewset():
    return CourseRatingViewSet()
