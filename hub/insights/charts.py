"""Bar charts drawn by the server: an SVG with attributes only (no script, no inline
style, no library), which the browser scales to the width it has. Every chart comes
with its figures as a table, so screen-reader and phone users get the numbers; the
template is ``hub/insights/bar_chart.html``.

Apps may use it (``learning``'s panel on the admin home does); it knows nothing of
what is counted.
"""

from dataclasses import dataclass, field

from django.utils.formats import date_format

# The SVG's coordinate system; the browser scales it to the space it has.
WIDTH, HEIGHT = 600, 200
AREA_TOP, AREA_BOTTOM = 24, 172
LABEL_GAP = 18
VALUE_GAP = 6
# Value labels above bars stop being readable past this many bars; the table has them.
MAX_VALUE_LABELS = 12


@dataclass
class Bar:
    x: int
    y: int
    width: int
    height: int
    centre: int
    value_y: int
    value: object  # a number, or None where there is no figure
    label: str  # full label, for the tooltip and the table
    short_label: str  # under the bar


@dataclass
class BarChart:
    """What ``hub/insights/bar_chart.html`` draws. ``dom_id`` must be unique on the page:
    the SVG's ``aria-labelledby`` points at its title and description."""

    dom_id: str
    title: str
    description: str
    value_heading: str
    label_heading: str
    bars: list = field(default_factory=list)
    show_values: bool = True
    width: int = WIDTH
    height: int = HEIGHT
    baseline: int = AREA_BOTTOM
    label_y: int = AREA_BOTTOM + LABEL_GAP


def bar_chart(dom_id, title, points, *, description="", value_heading="", label_heading=""):
    """A chart of ``points``: ``(label, short_label, value)`` in order. ``None`` values
    draw no bar (no figure that month) and bars scale to the highest value."""
    points = list(points)
    highest = max((value for _label, _short, value in points if value), default=0)
    slot = WIDTH // max(len(points), 1)
    bar_width = max(4, round(slot * 0.6))
    area = AREA_BOTTOM - AREA_TOP
    bars = []
    for index, (label, short_label, value) in enumerate(points):
        height = round(area * value / highest) if highest and value else 0
        x = index * slot + (slot - bar_width) // 2
        bars.append(
            Bar(
                x=x,
                y=AREA_BOTTOM - height,
                width=bar_width,
                height=height,
                centre=x + bar_width // 2,
                value_y=AREA_BOTTOM - height - VALUE_GAP,
                value=value,
                label=label,
                short_label=short_label,
            )
        )
    return BarChart(
        dom_id=dom_id,
        title=title,
        description=description,
        value_heading=value_heading,
        label_heading=label_heading,
        bars=bars,
        show_values=len(bars) <= MAX_VALUE_LABELS,
    )


def month_points(months, values):
    """``(label, short_label, value)`` per month: "January 2026", "Jan"."""
    return [
        (date_format(month, "YEAR_MONTH_FORMAT"), date_format(month, "M"), value)
        for month, value in zip(months, values, strict=True)
    ]
