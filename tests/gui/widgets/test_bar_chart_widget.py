"""The painted bar chart: values labelled, long Vietnamese names elided with the whole name in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from xa_planner.gui.widgets.bar_chart_widget import Bar, BarChartWidget

LONG_NAME = "Tỷ lệ công dân từ đủ 14 tuổi có tài khoản định danh điện tử mức độ 2 được kích hoạt"


def _chart(qtbot, width: int) -> BarChartWidget:
    chart = BarChartWidget()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("Công an xã", 0.5, "6/12 (50%)", QColor("#1e7b34")),
                    Bar(LONG_NAME, 1.0, "82% / mức giao ≥ 80%", QColor("#b00020"), "Đạt")])
    chart.resize(width, chart.sizeHint().height())
    return chart


def test_the_chart_paints_its_bars(qtbot):
    chart = _chart(qtbot, 500)
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() == 500
    colours = {image.pixelColor(x, y).name() for x in range(0, 500, 3) for y in range(0, image.height(), 3)}
    assert "#1e7b34" in colours and "#b00020" in colours


def test_a_long_name_is_elided_and_whole_in_its_tooltip(qtbot):
    chart = _chart(qtbot, 420)
    assert chart.label_text(0) == "Công an xã"
    assert chart.label_text(1) != LONG_NAME and chart.label_text(1).endswith("…")
    centre = chart._row_rect(1).center()
    index = chart.row_at(centre)
    assert index == 1
    assert chart.tooltip_text(index) == f"{LONG_NAME}: 82% / mức giao ≥ 80%\nĐạt"


def test_labels_above_their_bars_use_the_whole_width(qtbot):
    chart = _chart(qtbot, 900)
    chart.set_labels_above(True)
    assert chart.label_text(1) == LONG_NAME
    assert chart.sizeHint().height() > _chart(qtbot, 900).sizeHint().height()


def test_an_empty_chart_says_why(qtbot):
    chart = BarChartWidget()
    qtbot.addWidget(chart)
    chart.set_empty_text("Chưa có chỉ tiêu")
    chart.resize(300, 80)
    assert not chart.grab().toImage().isNull()
    assert chart.row_at(QPoint(10, 10)) is None
