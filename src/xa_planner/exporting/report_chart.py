"""Bar charts of the monthly report (progress by office, indicators against their level), drawn with reportlab."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from xa_planner.domain.monthly_report import MonthlyReport
from xa_planner.exporting.fonts import pdf_fonts

BAR_HEIGHT = 16  # points per bar group
LABEL_WIDTH_SHARE = 0.38
_DONE = colors.HexColor("#1e7b34")
_LEVEL = colors.HexColor("#9aa5b1")
_MEASURED = colors.HexColor("#1f5fa8")


def office_progress(report: MonthlyReport) -> list[tuple[str, float]]:
    """(office, % of its led tasks done), for offices that lead at least one task."""
    return [(o.office, round(o.done_percent, 1)) for o in report.offices if o.led]


def indicator_progress(report: MonthlyReport) -> list[tuple[str, float, float]]:
    """(indicator, measured %, assigned %) for the ratio indicators that have both figures."""
    return [
        (i.name, round(i.measured, 1), round(i.assigned_level, 1))
        for i in report.indicators
        if i.kind == "ratio" and i.measured is not None and i.assigned_level is not None
    ]


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _bar_drawing(title: str, labels: list[str], series: list[list[float]], fills, width: float):
    font = pdf_fonts().regular
    groups = len(labels)
    bars_height = groups * BAR_HEIGHT * max(1, len(series) * 0.8)
    drawing = Drawing(width, bars_height + 46)
    chart = HorizontalBarChart()
    chart.x, chart.y = width * LABEL_WIDTH_SHARE, 24
    chart.width, chart.height = width * (1 - LABEL_WIDTH_SHARE) - 10, bars_height
    chart.data = series
    chart.categoryAxis.categoryNames = [_short(label) for label in labels]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.reverseDirection = 1  # the first office on top, as in the table
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barSpacing, chart.groupSpacing = 1, 4
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    drawing.add(
        String(width / 2, bars_height + 34, title, fontName=font, fontSize=10, textAnchor="middle")
    )
    return drawing


def office_chart(report: MonthlyReport, width: float) -> Drawing | None:
    data = office_progress(report)
    if not data:
        return None
    return _bar_drawing(
        "Tỷ lệ nhiệm vụ hoàn thành theo đơn vị chủ trì (%)",
        [name for name, _value in data],
        [[value for _name, value in data]],
        [_DONE],
        width,
    )


def indicator_chart(report: MonthlyReport, width: float) -> Drawing | None:
    data = indicator_progress(report)
    if not data:
        return None
    return _bar_drawing(
        "Kết quả chỉ tiêu so với mức giao (%): xanh đậm là kết quả, xám là mức giao",
        [name for name, _m, _a in data],
        [[min(m, 100.0) for _n, m, _a in data], [min(a, 100.0) for _n, _m, a in data]],
        [_MEASURED, _LEVEL],
        width,
    )


def chart_png(drawing: Drawing, dpi: int = 150) -> bytes | None:
    """The drawing as PNG bytes when reportlab's renderPM works here, else None (use a table)."""
    try:
        from reportlab.graphics import renderPM

        return renderPM.drawToString(drawing, fmt="PNG", dpi=dpi)
    except Exception:  # renderPM needs an optional C or cairo backend; any failure means "no PNG"
        return None
