"""The officer picks the workbook's sheet and columns once; applying fills the indicator tab."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from xa_planner.domain.periods import Period
from xa_planner.gui.indicators.indicator_panel import IndicatorPanel
from xa_planner.gui.indicators.indicator_workbook_dialog import (
    DENOMINATOR_COLUMN,
    FOUND_COLUMN,
    NUMERATOR_COLUMN,
    VALUE_COLUMN,
    IndicatorWorkbookDialog,
)
from xa_planner.gui.widgets import prompts

JULY = Period(2026, 7)
HEADER = ["STT", "Xã, phường", "Đã có tài khoản", "Tổng số công dân", "Kích hoạt VNeID trong tháng"]


@pytest.fixture
def workbook_path(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet.append(HEADER)
    sheet.append([1, "Phường An Hòa", 10, 20, 5])
    sheet.append([2, "Xã Vĩnh Thủy", "3.005", "4.200", 117])
    book.create_sheet("Trống")
    book.save(tmp_path / "chi_tieu.xlsx")
    return tmp_path / "chi_tieu.xlsx"


def _stored(workspace):
    rows = workspace.indicators.indicator_rows(workspace.plans.current_plan().id, JULY)
    return {row.indicator.id: row.value for row in rows}


def _dialog(qtbot, workspace, path):
    service = workspace.indicator_workbook
    indicators = [r.indicator for r in workspace.indicators.indicator_rows(workspace.plans.current_plan().id, JULY)]
    dialog = IndicatorWorkbookDialog(service, path, service.preview(path), indicators, JULY,
                                     workspace.plans.current_plan().id)
    qtbot.addWidget(dialog)
    return dialog, indicators


def test_choosing_columns_and_applying_stores_the_communes_figures(qtbot, translator, demo_workspace, workbook_path):
    dialog, indicators = _dialog(qtbot, demo_workspace, workbook_path)
    assert dialog._ui.commune_column_combo.currentText() == "Xã, phường"
    assert "Vĩnh Thủy" in dialog._ui.commune_row_label.text()
    ratio = next(i for i, ind in enumerate(indicators) if ind.kind == "ratio")
    number = next(i for i, ind in enumerate(indicators) if ind.kind == "number")
    dialog._combo(ratio, NUMERATOR_COLUMN).setCurrentText("Đã có tài khoản")
    dialog._combo(ratio, DENOMINATOR_COLUMN).setCurrentText("Tổng số công dân")
    dialog._combo(number, VALUE_COLUMN).setCurrentText("Kích hoạt VNeID trong tháng")
    assert dialog._ui.column_table.item(ratio, FOUND_COLUMN).text() == "3.005 / 4.200"
    qtbot.mouseClick(dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.summary() is not None and dialog.result() == IndicatorWorkbookDialog.DialogCode.Accepted
    stored = _stored(demo_workspace)
    assert (stored[indicators[ratio].id].numerator, stored[indicators[ratio].id].denominator) == (3005, 4200)
    assert stored[indicators[number].id].value == 117
    assert demo_workspace.indicator_workbook.remembered_mapping() == dialog.mapping()


def test_a_column_without_the_commune_disables_apply(qtbot, translator, demo_workspace, workbook_path):
    dialog, _indicators = _dialog(qtbot, demo_workspace, workbook_path)
    dialog._ui.commune_column_combo.setCurrentText("STT")
    assert not dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "Không tìm thấy" in dialog._ui.commune_row_label.text()


def test_the_panel_button_applies_the_workbook_and_refreshes(qtbot, translator, demo_workspace, workbook_path,
                                                            monkeypatch):
    panel = IndicatorPanel()
    qtbot.addWidget(panel)
    panel.attach(demo_workspace.indicators, lambda: demo_workspace.indicator_workbook)
    panel.show_month(demo_workspace.plans.current_plan().id, JULY, read_only=False)
    monkeypatch.setattr(prompts, "choose_indicator_workbook", lambda *args: workbook_path)

    def choose_and_apply(parent, service, path, workbook, indicators, period, plan_id):
        dialog = IndicatorWorkbookDialog(service, path, workbook, indicators, period, plan_id, parent)
        number = next(i for i, ind in enumerate(indicators) if ind.kind == "number")
        dialog._combo(number, VALUE_COLUMN).setCurrentText("Kích hoạt VNeID trong tháng")
        dialog._on_button_box_accepted()
        return dialog.summary()

    monkeypatch.setattr(IndicatorWorkbookDialog, "ask", choose_and_apply)
    with qtbot.waitSignal(panel.indicators_changed):
        qtbot.mouseClick(panel._ui.workbook_button, Qt.MouseButton.LeftButton)
    assert any(row.value is not None and row.value.value == 117 for row in panel.model.rows())
