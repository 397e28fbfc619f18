"""The moderators' panel on the admin home: this month's figures and completions over
the last 12 months as a bar chart drawn by the server (an SVG with attributes only, no
script or inline style), with the same figures in a table for screen readers."""

from django.forms import Media
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from hub.insights.charts import bar_chart, month_points

from . import figures

CHART_MONTHS = 12


class LearningFiguresPanel(Component):
    name = "learning_figures"
    template_name = "learning/reports/panel.html"
    order = 80

    @property
    def media(self):
        return Media(css={"all": ["css/hub-charts.css", "css/learning-admin.css"]})

    def get_context_data(self, parent_context):
        rows = figures.by_month(CHART_MONTHS)
        return {
            "figures": figures.this_month(),
            "chart": bar_chart(
                "learning-chart",
                _("Completions over the last 12 months"),
                month_points([row["month"] for row in rows], [row["completions"] for row in rows]),
            ),
            "reports_url": reverse("learning_report_by_month"),
            "flags_url": reverse("learning_report_flagged"),
        }
