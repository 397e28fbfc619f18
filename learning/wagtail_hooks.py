"""How learning plugs into the hub (hub/hooks.py) and into Wagtail's admin."""

from functools import partial

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from hub import hooks as hub_hooks
from hub.authoring.menus import NewPageMenuItem
from hub.content.search import SearchType
from hub.contributions.sources import ContributionSource
from hub.contributions.weekly import RecognitionSource
from hub.demo.seeders import DemoSeeder
from hub.home.panels import HomePanel
from hub.navigation.menus import AccountLink, Section

from . import contributions, recognition
from .courses import views as course_views
from .courses.models import CourseIndexPage
from .courses.viewsets import CourseTemplateViewSet
from .demo.courses import seed_courses
from .demo.records import seed_learner_records
from .feedback.models import CourseRating
from .feedback.viewsets import CourseRatingViewSet, rating_policy
from .home import course_index_url, latest_courses, my_learning_url
from .insights import LEARNING_CHART
from .reports.access import can_view_reports
from .reports.panel import LearningFiguresPanel
from .reports.views import REPORTS


# -- the hub's extension points --------------------------------------------------------
@hooks.register(hub_hooks.SECTIONS)
def courses_section():
    return Section(
        key="courses",
        label=_("Courses"),
        description=_("Short, practical courses by colleagues who know the work."),
        get_url=course_index_url,
        order=10,
    )


@hooks.register(hub_hooks.HOME_PANELS)
def latest_courses_panel():
    return HomePanel(
        key="latest_courses", template="learning/includes/home_latest.html", get_context=latest_courses
    )


@hooks.register(hub_hooks.ACCOUNT_LINKS)
def my_learning_link():
    return AccountLink(key="my_learning", label=_("My learning"), get_url=my_learning_url, order=10)


@hooks.register(hub_hooks.CONTRIBUTIONS)
def course_contributions():
    return ContributionSource(
        key="courses", items=contributions.items, figures=contributions.figures, order=10
    )


@hooks.register(hub_hooks.WEEKLY_RECOGNITION)
def course_recognition():
    return [
        RecognitionSource(
            key="learners_reached",
            label=_("Learners who completed your courses"),
            counts=recognition.learners_reached,
            order=10,
        ),
        RecognitionSource(
            key="helpful_marks",
            label=_("“This helped me” on your courses"),
            counts=recognition.helpful_marks,
            order=20,
        ),
    ]


@hooks.register(hub_hooks.INSIGHTS)
def learning_insights():
    return LEARNING_CHART


@hooks.register(hub_hooks.SEARCH_TYPES)
def course_search_type():
    return SearchType(
        key="courses",
        model_label="learning.CoursePage",
        label=_("Courses"),
        label_singular=_("Course"),
        icon="book",
        snippet_fields=("summary", "body"),
        facets=("topic", "language", "region"),
        topics_relation="topic_items",
        order=10,
    )


@hooks.register(hub_hooks.DEMO_SEEDERS)
def learning_demo_content():
    return [
        DemoSeeder(key="courses", seed=seed_courses, order=10),
        DemoSeeder(key="learner_records", seed=seed_learner_records, order=80),
    ]


# -- Wagtail's admin: course templates and new courses from them --------------------------
register_snippet(CourseTemplateViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("courses/new/", course_views.choose_template, name="learning_choose_template"),
        path(
            "courses/new/<int:template_id>/",
            course_views.start_from_template,
            name="learning_start_from_template",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_new_course_menu_item():
    return NewPageMenuItem(
        _("New course from template"),
        reverse("learning_choose_template"),
        CourseIndexPage,
        icon_name="plus",
        order=150,
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
