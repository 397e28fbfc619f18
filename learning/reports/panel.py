"""The moderators' panel on the admin home: this month's figures and completions over
the last 12 months as a bar chart drawn by the server (an SVG with attributes only, no
script or inline style), with the same figures in a table for screen readers."""

from django.forms import Media
from django.urls import reverse
from django.utils.formats import date_format
from wagtail.admin.ui.components import Component

from . import figures

CHART_MONTHS = 12
# The SVG's coordinate system; the browser scales it to the panel's width.
CHART_WIDTH, CHART_HEIGHT = 600, 200
BAR_AREA_TOP, BAR_AREA_BOTTOM = 24, 172
SLOT = CHART_WIDTH // CHART_MONTHS
BAR_WIDTH = 32


def chart_bars(rows):
    """Bars (x, y, height and label positions) for the completions in ``rows``."""
    highest = max((row["completions"] for row in rows), default=0)
    area = BAR_AREA_BOTTOM - BAR_AREA_TOP
    bars = []
    for index, row in enumerate(rows):
        height = round(area * row["completions"] / highest) if highest else 0
        x = index * SLOT + (SLOT - BAR_WIDTH) // 2
        bars.append(
            {
                "x": x,
                "y": BAR_AREA_BOTTOM - height,
                "width": BAR_WIDTH,
                "height": height,
                "centre": x + BAR_WIDTH // 2,
                "value_y": BAR_AREA_BOTTOM - height - 6,
                "value": row["completions"],
                "short_label": date_format(row["month"], "M"),
                "label": date_format(row["month"], "YEAR_MONTH_FORMAT"),
            }
        )
    return bars


class LearningFiguresPanel(Component):
    name = "learning_figures"
    template_name = "learning/reports/panel.html"
    order = 80

    @property
    def media(self):
        return Media(css={"all": ["css/learning-admin.css"]})

    def get_context_data(self, parent_context):
        rows = figures.by_month(CHART_MONTHS)
        return {
            "figures": figures.this_month(),
            "bars": chart_bars(rows),
            "chart": {
                "width": CHART_WIDTH,
                "height": CHART_HEIGHT,
                "baseline": BAR_AREA_BOTTOM,
                "label_y": BAR_AREA_BOTTOM + 18,
            },
            "reports_url": reverse("learning_report_by_month"),
            "flags_url": reverse("learning_report_flagged"),
        }
