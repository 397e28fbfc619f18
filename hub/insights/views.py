"""The L&D insights page in the admin (``/admin/insights/``): every registered chart
and ranking for the chosen period, each with its CSV export
(``?export=csv&series=<key>``). Moderators and administrators only."""

import csv
from dataclasses import dataclass

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from hub.ops.exports import safe_cell

from .base import (
    DEFAULT_PERIOD,
    PERIODS,
    RANKING_ROWS,
    UNIT_LABELS,
    InsightChart,
    can_view_insights,
    charts,
    month_starts,
    next_month,
    rankings,
)
from .charts import bar_chart, month_points


def period_choices():
    # A callable, so each request gets the labels in its own language.
    return [(count, _("Last %(count)s months") % {"count": count}) for count in PERIODS]


class PeriodForm(forms.Form):
    months = forms.TypedChoiceField(
        label=gettext_lazy("Period"),
        choices=period_choices,
        coerce=int,
        required=False,
        empty_value=DEFAULT_PERIOD,
        error_messages={"invalid_choice": gettext_lazy("Choose a period of 6, 12 or 24 months.")},
    )
    export = forms.ChoiceField(choices=[("", ""), ("csv", "CSV")], required=False)
    series = forms.SlugField(required=False)


@dataclass
class ChartView:
    """One chart as the template shows it: a bar chart per line and one table."""

    chart: object
    bar_charts: list
    headings: list
    rows: list  # [(month label, [values])]
    export_url: str


@dataclass
class RankingView:
    ranking: object
    rows: list
    export_url: str


def heading(line):
    return f"{line.label} ({UNIT_LABELS[line.unit]})"


def export_url(key, months):
    return f"?months={months}&export=csv&series={key}"


class InsightsView(WagtailAdminTemplateMixin, View):
    template_name = "hub/insights/insights.html"
    page_title = gettext_lazy("Insights")
    header_icon = "view"

    def dispatch(self, request, *args, **kwargs):
        # Every URL of the page, exports included; the admin shows a refusal as a redirect.
        if not can_view_insights(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request):
        form = PeriodForm(request.GET)
        if not form.is_valid():
            context = self.get_context_data(form=form, selected_months=DEFAULT_PERIOD)
            return self.render_to_response(context, status=400)
        count = form.cleaned_data["months"]
        months = month_starts(count)
        if form.cleaned_data["export"] == "csv":
            return self.export(form.cleaned_data["series"], months)
        context = self.get_context_data(
            form=form,
            selected_months=count,
            charts=[self.chart_view(chart, months, count) for chart in charts()],
            rankings=[self.ranking_view(ranking, months, count) for ranking in rankings()],
        )
        return self.render_to_response(context)

    def chart_view(self, chart, months, count):
        figures = chart.figures(months)
        bar_charts = [
            bar_chart(
                f"insight-{chart.key}-{line.key}",
                heading(line),
                month_points(months, figures[line.key]),
            )
            for line in chart.lines
        ]
        rows = [
            (date_format(month, "YEAR_MONTH_FORMAT"), [figures[line.key][index] for line in chart.lines])
            for index, month in enumerate(months)
        ]
        return ChartView(
            chart=chart,
            bar_charts=bar_charts,
            headings=[heading(line) for line in chart.lines],
            rows=rows,
            export_url=export_url(chart.key, count),
        )

    def ranking_view(self, ranking, months, count):
        rows = ranking.rows(months[0], next_month(months[-1]))[:RANKING_ROWS]
        return RankingView(ranking=ranking, rows=rows, export_url=export_url(ranking.key, count))

    # -- CSV ----------------------------------------------------------------------------------
    def export(self, key, months):
        found = {entry.key: entry for entry in [*charts(), *rankings()]}
        entry = found.get(key)
        if entry is None:
            raise Http404(_("There is no insight called “%(key)s”.") % {"key": key})
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"insights-{key}-{months[0]:%Y-%m}-to-{months[-1]:%Y-%m}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv.writer(response)
        if isinstance(entry, InsightChart):
            figures = entry.figures(months)
            writer.writerow([safe_cell(_("Month"))] + [safe_cell(heading(line)) for line in entry.lines])
            for index, month in enumerate(months):
                values = [figures[line.key][index] for line in entry.lines]
                writer.writerow(
                    [month.strftime("%Y-%m")] + ["" if value is None else value for value in values]
                )
        else:
            writer.writerow([safe_cell(str(entry.label_heading)), safe_cell(str(entry.count_heading))])
            for label, value in entry.rows(months[0], next_month(months[-1]))[:RANKING_ROWS]:
                writer.writerow([safe_cell(label), value])
        return response
