"""Charts drawn as vector lines and rectangles on a document's page: a line chart (values over
categories, such as months) and a grouped bar chart (series side by side per category).

No plotting library: the charts a report needs are axes, gridlines, lines, bars and a legend,
drawn with fpdf2's primitives in the document's own font, so they are as sharp and as
reproducible as the text.
"""

from __future__ import annotations

import math

from fpdf import FPDF

from app.documents.blocks import BarChart, LineChart

PALETTE = (
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (127, 127, 127),
    (188, 189, 34),
    (23, 190, 207),
)
CHART_HEIGHT_MM = 62
# Below this width a category's name cannot be wrapped into its slot (fpdf2 refuses a slot narrower
# than one character); the categories are then numbered, one number every NUMBER_SLOT_MM.
MIN_NAME_SLOT_MM = 6.0
NUMBER_SLOT_MM = 5.0


def _nice_top(value: float) -> float:
    """The axis' top: 1, 2, 2.5 or 5 times a power of ten at or above ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def _number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:.3g}"


def draw(pdf: FPDF, chart: LineChart | BarChart, font: str) -> None:
    legend_rows = math.ceil(len(chart.series) / 3)
    height = CHART_HEIGHT_MM + 6 * legend_rows + 12
    if pdf.will_page_break(height):
        pdf.add_page()
    top = pdf.get_y()
    pdf.set_font(font, size=10)
    pdf.cell(0, 7, chart.title + (f"（{chart.unit}）" if chart.unit else ""), align="C")
    values = [v for _, vs in chart.series for v in vs if v is not None]
    y_top = _nice_top(max(values, default=0.0))
    left, right = pdf.l_margin + 12, pdf.w - pdf.r_margin - 2
    plot_top, plot_bottom = top + 9, top + 9 + CHART_HEIGHT_MM - 14
    pdf.set_font(font, size=7)
    pdf.set_draw_color(210, 210, 210)
    pdf.set_line_width(0.15)
    for step in range(5):  # gridlines and the value axis' labels
        value = y_top * step / 4
        y = plot_bottom - (plot_bottom - plot_top) * step / 4
        pdf.line(left, y, right, y)
        pdf.set_xy(pdf.l_margin, y - 2)
        pdf.cell(11, 4, _number(value), align="R")
    slot = (right - left) / max(len(chart.categories), 1)
    pdf.set_font(font, size=7 if slot > 16 else 6)
    if slot >= MIN_NAME_SLOT_MM:
        for n, category in enumerate(chart.categories):  # long names wrap within their slot
            pdf.set_xy(left + n * slot, plot_bottom + 1)
            pdf.multi_cell(slot, 3, category, align="C", max_line_height=3)
    else:  # too many to name (a district's hundred communities): their numbers, in the table's order
        every = math.ceil(NUMBER_SLOT_MM / slot)
        for n in range(0, len(chart.categories), every):
            pdf.set_xy(left + (n + 0.5) * slot - NUMBER_SLOT_MM / 2, plot_bottom + 1)
            pdf.cell(NUMBER_SLOT_MM, 3, str(n + 1), align="C")

    def y_of(value: float) -> float:
        return plot_bottom - (plot_bottom - plot_top) * (value / y_top)

    if isinstance(chart, LineChart):
        _lines(pdf, chart, left, slot, y_of)
    else:
        _bars(pdf, chart, left, slot, y_of)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(left, plot_bottom, right, plot_bottom)
    _legend(pdf, chart, font, plot_bottom + 9)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_y(top + height)


def _lines(pdf: FPDF, chart: LineChart, left: float, slot: float, y_of: object) -> None:
    assert callable(y_of)
    pdf.set_line_width(0.5)
    for index, (_, values) in enumerate(chart.series):
        colour = PALETTE[index % len(PALETTE)]
        pdf.set_draw_color(*colour)
        pdf.set_fill_color(*colour)
        points = [(left + (n + 0.5) * slot, y_of(v)) for n, v in enumerate(values) if v is not None]
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            pdf.line(x1, y1, x2, y2)
        for x, y in points:
            pdf.circle(x, y, 0.7, style="F")


def _bars(pdf: FPDF, chart: BarChart, left: float, slot: float, y_of: object) -> None:
    assert callable(y_of)
    count = max(len(chart.series), 1)
    width = min(slot * 0.7 / count, 14.0)  # a lone category keeps bars of a readable width
    offset = (slot - width * count) / 2
    for index, (_, values) in enumerate(chart.series):
        pdf.set_fill_color(*PALETTE[index % len(PALETTE)])
        for n, value in enumerate(values):
            if value is None or value <= 0:
                continue
            x = left + n * slot + offset + index * width
            y = y_of(value)
            pdf.rect(x, y, width, y_of(0) - y, style="F")


def _legend(pdf: FPDF, chart: LineChart | BarChart, font: str, top: float) -> None:
    pdf.set_font(font, size=8)
    column = (pdf.w - pdf.l_margin - pdf.r_margin) / 3
    for index, (name, _) in enumerate(chart.series):
        x = pdf.l_margin + (index % 3) * column
        y = top + (index // 3) * 6
        pdf.set_fill_color(*PALETTE[index % len(PALETTE)])
        pdf.rect(x, y + 1, 4, 3, style="F")
        pdf.set_xy(x + 5, y)
        pdf.cell(column - 6, 5, name)
