"""The layout test's eye: each kind of cut-off text, stray button and toolbar overflow is reported."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tests.gui.layout_checks import offenders

SCREEN = QRect(0, 0, 1366, 728)
LONG = "Phiếu chưa nhận lại của các đơn vị trong tháng"


def _shown(qtbot, qapp, *widgets, width=400) -> QWidget:
    window = QWidget()
    window.setObjectName("window")
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.setMinimumSize(1, 1)
    window.resize(width, 300)
    window.show()
    qapp.processEvents()
    return window


def _faults(window: QWidget) -> list[str]:
    return offenders(window, QRect(0, 0, window.width(), window.height()), SCREEN)


def test_a_label_button_and_combo_narrower_than_their_text_are_reported(qtbot, qapp):
    label, button, combo = QLabel(LONG), QPushButton(LONG), QComboBox()
    label.setObjectName("long_label")
    button.setObjectName("long_button")
    combo.setObjectName("long_combo")
    combo.addItem(LONG)
    for widget in (label, button, combo):
        widget.setMaximumWidth(90)
    window = _shown(qtbot, qapp, label, button, combo)

    found = "\n".join(_faults(window))

    assert "long_label" in found and "long_button" in found and "long_combo" in found, found


def test_the_same_widgets_with_room_are_not_reported(qtbot, qapp):
    combo = QComboBox()
    combo.addItem(LONG)
    window = _shown(qtbot, qapp, QLabel(LONG), QPushButton(LONG), combo, width=700)

    assert _faults(window) == []


def test_a_cut_column_header_and_a_toolbar_overflow_are_reported(qtbot, qapp):
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels([LONG, "TT"])
    table = QTableView()
    table.setObjectName("tasks_table")
    table.setModel(model)
    table.setColumnWidth(0, 60)
    toolbar = QToolBar()
    toolbar.setObjectName("actions_toolbar")
    for number in range(12):
        toolbar.addAction(f"{LONG} {number}")
    window = _shown(qtbot, qapp, table, toolbar)

    found = "\n".join(_faults(window))

    assert f"tasks_table “{LONG}”" in found and "toolbar actions_toolbar hides" in found, found


def test_a_window_taller_than_the_screen_is_reported(qtbot, qapp):
    window = _shown(qtbot, qapp, QLabel("Lưu"))

    found = offenders(window, QRect(0, 0, 1360, 851), SCREEN)

    assert found and "1360×851" in found[0]


def test_a_button_below_the_bottom_of_its_window_is_reported(qtbot, qapp):
    window = _shown(qtbot, qapp, QLabel("Lưu"))
    save = QPushButton("Lưu", window)
    save.setObjectName("save_button")
    save.move(10, window.height() - 5)
    save.show()
    qapp.processEvents()

    assert any("save_button “Lưu” lies outside window" in fault for fault in _faults(window)), _faults(window)


def test_a_wrapped_label_cut_at_the_bottom_is_reported(qtbot, qapp):
    label = QLabel(" ".join([LONG] * 6))
    label.setObjectName("wrapped_label")
    label.setWordWrap(True)
    label.setFixedHeight(20)
    window = _shown(qtbot, qapp, label, width=300)

    assert any("wrapped_label" in fault and "wraps to" in fault for fault in _faults(window)), _faults(window)
