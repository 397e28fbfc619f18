"""The L&D reports: Wagtail ``ReportView``s, so each has the admin's listing, sorting,
pagination and CSV/XLSX export. Rows are aggregates: either dicts computed in Python
from a couple of grouped queries (by month, by department or region) or annotated querysets that
the listing can sort and page (by course, ratings, flags, contributors)."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from hub.ops.exports import SafeCsvExportMixin

from . import figures
from .access import can_view_reports

ESTIMATED_HOURS = _("Estimated hours (course estimates of completions)")
MEASURED_HOURS = _("Measured hours (time on course pages)")


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def to_hours(unit):
    convert = figures.hours_from_minutes if unit == "minutes" else figures.hours_from_seconds
    return {ReportView.FORMAT_CSV: convert, ReportView.FORMAT_XLSX: convert}


class HoursColumn(NumberColumn):
    """A total stored in minutes or seconds, shown in hours with one decimal."""

    def __init__(self, name, unit, **kwargs):
        super().__init__(name, **kwargs)
        self.convert = figures.hours_from_minutes if unit == "minutes" else figures.hours_from_seconds

    def get_value(self, instance):
        return self.convert(super().get_value(instance))


class RatingColumn(NumberColumn):
    def get_value(self, instance):
        return round(super().get_value(instance), 1)


class MonthColumn(Column):
    def get_value(self, instance):
        return date_format(super().get_value(instance), "YEAR_MONTH_FORMAT")


class LearningReportView(SafeCsvExportMixin, ReportView):
    """Only L&D moderators and administrators, on every URL (listing, results, export)."""

    results_template_name = "learning/reports/report_results.html"
    description = ""
    # Aggregated rows are few; the exports name them after the report.
    export_filename = "learning-report"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["description"] = self.description
        return context


class RowsReportView(LearningReportView):
    """A report of precomputed rows (dicts) in a fixed order."""

    def rows(self):
        raise NotImplementedError

    def get_queryset(self):
        return self.rows()


class AnnotatedReportView(LearningReportView):
    """A report over an annotated queryset; sorting by a column keeps a stable order."""

    def order_queryset(self, queryset):
        return super().order_queryset(queryset).order_by(*queryset_ordering(self.ordering))


def queryset_ordering(ordering):
    return [ordering, "pk"] if ordering else ["pk"]


# -- reports ------------------------------------------------------------------------------
class ByMonthReportView(RowsReportView):
    page_title = _("Learning by month")
    header_icon = "date"
    index_url_name = "learning_report_by_month"
    index_results_url_name = "learning_report_by_month_results"
    export_filename = "learning-by-month"
    description = _(
        "The last 12 months, newest first. Completions and estimated hours count the month a "
        "course was completed; measured hours and active learners count the days someone "
        "had a course page open."
    )
    columns = [
        MonthColumn("month", label=_("Month")),
        NumberColumn("completions", label=_("Completions")),
        NumberColumn("estimated_hours", label=ESTIMATED_HOURS),
        NumberColumn("active_learners", label=_("Active learners")),
        NumberColumn("measured_hours", label=MEASURED_HOURS),
    ]
    list_export = ["month", "completions", "estimated_hours", "active_learners", "measured_hours"]
    export_headings = {
        "month": _("Month"),
        "completions": _("Completions"),
        "estimated_hours": ESTIMATED_HOURS,
        "active_learners": _("Active learners"),
        "measured_hours": MEASURED_HOURS,
    }
    custom_field_preprocess = {
        "month": {
            ReportView.FORMAT_CSV: lambda month: month.strftime("%Y-%m"),
            ReportView.FORMAT_XLSX: lambda month: month.strftime("%Y-%m"),
        }
    }

    def rows(self):
        return figures.by_month()[::-1]


class ByPersonDetailReportView(RowsReportView):
    """Learning grouped by a detail of each learner (``detail``), as company sign-in and
    provisioning keep it (hub.accounts.directory)."""

    detail = None
    detail_label = None
    no_results_message = _("Nobody has completed a course or spent time on one yet.")

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.columns = [
            Column(cls.detail, label=cls.detail_label),
            NumberColumn("completions", label=_("Completions")),
            NumberColumn("learners_completed", label=_("Learners who completed a course")),
            NumberColumn("estimated_hours", label=ESTIMATED_HOURS),
            NumberColumn("active_learners", label=_("Active learners")),
            NumberColumn("measured_hours", label=MEASURED_HOURS),
        ]
        cls.list_export = [column.name for column in cls.columns]
        cls.export_headings = {column.name: column.label for column in cls.columns}

    def rows(self):
        not_set = str(_("Not set"))
        return [
            {**row, self.detail: row[self.detail] or not_set} for row in figures.by_person_detail(self.detail)
        ]


class ByDepartmentReportView(ByPersonDetailReportView):
    page_title = _("Learning by department")
    header_icon = "group"
    index_url_name = "learning_report_by_department"
    index_results_url_name = "learning_report_by_department_results"
    export_filename = "learning-by-department"
    description = _(
        "All time, by the department in each learner's details. People without a department "
        "are counted under “Not set”."
    )
    detail, detail_label = "department", _("Department")


class ByRegionReportView(ByPersonDetailReportView):
    page_title = _("Learning by region")
    header_icon = "site"
    index_url_name = "learning_report_by_region"
    index_results_url_name = "learning_report_by_region_results"
    export_filename = "learning-by-region"
    description = _(
        "All time, by the region in each learner's details. People without a region are "
        "counted under “Not set”."
    )
    detail, detail_label = "region", _("Region")


class ByCourseReportView(AnnotatedReportView):
    page_title = _("Learning by course")
    header_icon = "doc-full"
    index_url_name = "learning_report_by_course"
    index_results_url_name = "learning_report_by_course_results"
    export_filename = "learning-by-course"
    no_results_message = _("There are no courses yet. Figures appear here once experts publish courses.")
    description = _(
        "All time, every course including unpublished ones. Learners counts everyone who started the course."
    )
    default_ordering = "-completions"
    columns = [
        TitleColumn("title", label=_("Course"), get_url=page_edit_url, sort_key="title"),
        NumberColumn("learners_started", label=_("Learners"), sort_key="learners_started"),
        NumberColumn("completions", label=_("Completions"), sort_key="completions"),
        HoursColumn(
            "estimated_minutes_total", "minutes", label=ESTIMATED_HOURS, sort_key="estimated_minutes_total"
        ),
        HoursColumn("measured_seconds", "seconds", label=MEASURED_HOURS, sort_key="measured_seconds"),
    ]
    list_export = ["title", "learners_started", "completions", "estimated_minutes_total", "measured_seconds"]
    export_headings = {column.name: column.label for column in columns}
    custom_field_preprocess = {
        "estimated_minutes_total": to_hours("minutes"),
        "measured_seconds": to_hours("seconds"),
    }

    def get_base_queryset(self):
        return figures.courses_with_figures()


class RatingsReportView(AnnotatedReportView):
    page_title = _("Course ratings")
    header_icon = "pick"
    index_url_name = "learning_report_ratings"
    index_results_url_name = "learning_report_ratings_results"
    export_filename = "course-ratings"
    no_results_message = _("No course has been rated yet. Learners can rate a course at the end of its page.")
    description = _(
        "Courses with at least one rating, best rated first; sort by average rating again to "
        "see the worst rated first. Hidden comments still count towards the rating."
    )
    default_ordering = "-average_rating"
    columns = [
        TitleColumn("title", label=_("Course"), get_url=page_edit_url, sort_key="title"),
        RatingColumn("average_rating", label=_("Average rating (1–5)"), sort_key="average_rating"),
        NumberColumn("rating_count", label=_("Ratings"), sort_key="rating_count"),
        NumberColumn("comment_count", label=_("Comments")),
        NumberColumn("hidden_comment_count", label=_("Hidden comments")),
    ]
    list_export = ["title", "average_rating", "rating_count", "comment_count", "hidden_comment_count"]
    export_headings = {column.name: column.label for column in columns}
    custom_field_preprocess = {
        "average_rating": {
            ReportView.FORMAT_CSV: lambda value: round(value, 2),
            ReportView.FORMAT_XLSX: lambda value: round(value, 2),
        }
    }

    def get_base_queryset(self):
        return figures.courses_with_ratings()


class FlaggedCoursesReportView(AnnotatedReportView):
    page_title = _("Flagged courses")
    header_icon = "warning"
    index_url_name = "learning_report_flagged"
    index_results_url_name = "learning_report_flagged_results"
    export_filename = "flagged-courses"
    no_results_message = _("No course is flagged as outdated or wrong. Nothing to check.")
    description = _(
        "Courses that readers reported as outdated or wrong and nobody has checked since, "
        "the longest waiting first."
    )
    default_ordering = "oldest_open_flag"
    columns = [
        TitleColumn("title", label=_("Course"), get_url=page_edit_url, sort_key="title"),
        NumberColumn("open_flags", label=_("Open flags"), sort_key="open_flags"),
        DateColumn("oldest_open_flag", label=_("Oldest open flag"), sort_key="oldest_open_flag"),
        Column("owner", label=_("Owner")),
    ]
    list_export = ["title", "open_flags", "oldest_open_flag", "owner"]
    export_headings = {column.name: column.label for column in columns}

    def get_base_queryset(self):
        return figures.flagged_courses()


class ContributorsReportView(AnnotatedReportView):
    page_title = _("Contributors")
    header_icon = "user"
    index_url_name = "learning_report_contributors"
    index_results_url_name = "learning_report_contributors_results"
    export_filename = "contributors"
    no_results_message = _(
        "No expert is credited on a course yet. Experts appear here once they own or co-author one."
    )
    description = _(
        "Experts credited on courses as owner or co-author. Learners reached counts each "
        "learner once, however many of the expert's courses they completed."
    )
    default_ordering = "-learners_reached"
    columns = [
        Column("name", label=_("Expert"), accessor="get_full_name"),
        Column("username", label=_("Username"), sort_key="username"),
        NumberColumn("published_courses", label=_("Published courses"), sort_key="published_courses"),
        NumberColumn("all_courses", label=_("All courses incl. drafts"), sort_key="all_courses"),
        NumberColumn("learners_reached", label=_("Learners reached"), sort_key="learners_reached"),
    ]
    list_export = ["get_full_name", "username", "published_courses", "all_courses", "learners_reached"]
    export_headings = {
        "get_full_name": _("Expert"),
        "username": _("Username"),
        "published_courses": _("Published courses"),
        "all_courses": _("All courses incl. drafts"),
        "learners_reached": _("Learners reached"),
    }

    def get_base_queryset(self):
        return figures.contributors()


REPORTS = [
    ("by-month", ByMonthReportView, "learning_report_by_month"),
    ("by-course", ByCourseReportView, "learning_report_by_course"),
    ("by-department", ByDepartmentReportView, "learning_report_by_department"),
    ("by-region", ByRegionReportView, "learning_report_by_region"),
    ("ratings", RatingsReportView, "learning_report_ratings"),
    ("flagged", FlaggedCoursesReportView, "learning_report_flagged"),
    ("contributors", ContributorsReportView, "learning_report_contributors"),
]
