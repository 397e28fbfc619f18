"""Ratings and comments in the admin, with Wagtail's own ModelViewSet: authors see those
of their courses, L&D moderators see all and hide abusive comments (the rating still
counts). Ownership rules: hub.authoring.listings."""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from hub.authoring.listings import (
    AuthoredObjectEditView,
    AuthoredObjectIndexView,
    AuthoredObjectInspectView,
    AuthoredObjectPolicy,
)

from .models import CourseRating

rating_policy = AuthoredObjectPolicy(CourseRating, page_field="course")


class CommentColumn(Column):
    def get_value(self, instance):
        return Truncator(instance.comment).chars(120)


class RatingIndexView(AuthoredObjectIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course")


class CourseRatingViewSet(ModelViewSet):
    model = CourseRating
    name = "course_ratings"
    url_prefix = "course-ratings"
    icon = "pick"
    menu_label = _("Ratings and comments")
    menu_order = 215
    add_to_admin_menu = True
    index_view_class = RatingIndexView
    edit_view_class = AuthoredObjectEditView
    inspect_view_class = AuthoredObjectInspectView
    inspect_view_enabled = True
    inspect_view_fields = ["course", "stars", "comment", "hidden", "created_at", "updated_at"]
    list_filter = ["hidden", "stars"]
    list_display = [
        "course",
        Column("stars", label=_("Rating"), sort_key="stars"),
        CommentColumn("comment", label=_("Comment")),
        BooleanColumn("hidden", label=_("Comment hidden")),
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]
    # Moderators change one thing: whether the comment is shown on the course page.
    panels = [
        FieldPanel("course", read_only=True),
        FieldPanel("stars", read_only=True),
        FieldPanel("comment", read_only=True),
        FieldPanel("hidden"),
    ]
