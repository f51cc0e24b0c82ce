"""Báo cáo → Gửi phiếu / Nhập phiếu: sheets out through the dialog, filled sheets previewed and confirmed."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from tests.sheets.sheet_filling import fill, set_identification, task_rows
from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.tracking.sheets_export_dialog import SheetsExportDialog
from xa_planner.gui.tracking.sheets_import_dialog import SheetsImportDialog
from xa_planner.gui.tracking.sheets_import_model import SheetsImportTableModel
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work

MAY = Period(2026, 5)


@pytest.fixture
def sheets(demo_workspace, tmp_path):
    return demo_workspace.sheets.export_month(MAY, tmp_path / "out")


def _lead_ids(path):
    return list(task_rows(openpyxl.load_workbook(path).worksheets[0]))


def _filled(path, tmp_path, name="filled.xlsx"):
    first, second = _lead_ids(path)[:2]
    fill(path, {first: {"tinh trang": "Hoàn thành", "ket qua": "Đã xong 120 hồ sơ"},
                second: {"tinh trang": "gần xong rồi"}}, save_as=tmp_path / name)
    return tmp_path / name, first, second


def _status(workspace, task_id):
    plan = workspace.plans.current_plan()
    rows = workspace.tracking.tracking_rows(plan.id, MAY, MAY.last_day())
    return next(r for r in rows if r.task_id == task_id)


def test_the_export_dialog_writes_one_sheet_per_office_it_lists(qtbot, translator, demo_workspace, tmp_path,
                                                                today):
    dialog = SheetsExportDialog(demo_workspace.sheets, demo_workspace.tracking, demo_workspace.plans, demo_workspace.commune, tmp_path / "phieu", today)
    qtbot.addWidget(dialog)
    listed = [dialog._ui.items_list.item(i).text() for i in range(dialog._ui.items_list.count())]
    assert dialog._ui.period_combo.currentText() == "Tháng 05/2026 – hạn báo cáo 12/06/2026"

    dialog._ui.export_button.click()
    qtbot.waitUntil(lambda: not has_background_work(), timeout=30000)

    written = dialog.written_files()
    assert len(written) == len(listed) > 3
    assert sorted(p.name for p in (tmp_path / "phieu").iterdir()) == sorted(p.name for p in written)
    assert dialog._ui.open_folder_button.isVisibleTo(dialog)
    assert dialog._ui.items_list.item(0).text() == written[0].name


def test_the_preview_shows_each_change_and_a_problem(qtbot, translator, demo_workspace, sheets, tmp_path):
    path, first, _second = _filled(sheets[2], tmp_path)
    preview = demo_workspace.sheets.preview_import([path])

    dialog = SheetsImportDialog(preview)
    qtbot.addWidget(dialog)

    texts = [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount()) for c in range(3)]
    assert any(t.startswith("Phiếu filled.xlsx: ") and "05/2026" in t for t in texts)
    assert any("Hoàn thành" in t and "Đã xong 120 hồ sơ" in t for t in texts)
    assert any(t.startswith("⚠") for t in texts)  # the unknown status text
    assert dialog.confirmed().tasks == {c.task_id for c in preview.sheets[0].changes}
    assert first in dialog.confirmed().tasks


def test_unchecking_one_change_applies_only_the_others(qtbot, translator, demo_workspace, sheets, tmp_path,
                                                       monkeypatch, today):
    sheet = sheets[2]
    # three tasks not yet finished, so that "Hoàn thành" is a change for each of them
    unfinished = [t for t in _lead_ids(sheet) if _status(demo_workspace, t).status is not ProgressStatus.DONE]
    first, second, third = unfinished[:3]
    path = fill(sheet, {first: {"tinh trang": "Hoàn thành"}, second: {"tinh trang": "Hoàn thành"},
                        third: {"tinh trang": "Hoàn thành"}}, save_as=tmp_path / "back.xlsx")
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    monkeypatch.setattr(prompts, "choose_sheet_files", lambda parent, start: [path])

    def uncheck_second(parent, preview):
        dialog = SheetsImportDialog(preview, parent)
        model = dialog.model
        row = next(r for r in range(model.rowCount()) if model.row_at(r).key == ("task", second))
        model.setData(model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        return dialog.confirmed()

    monkeypatch.setattr(SheetsImportDialog, "ask", uncheck_second)
    before = _status(demo_workspace, second).status
    window.report_documents.import_sheets()
    qtbot.waitUntil(lambda: not has_background_work() and "Đã nhập" in window.statusBar().currentMessage(),
                    timeout=30000)

    assert _status(demo_workspace, first).status is ProgressStatus.DONE
    assert _status(demo_workspace, third).status is ProgressStatus.DONE
    assert _status(demo_workspace, second).status == before


def test_a_refused_sheet_shows_its_reason_and_nothing_is_applied(qtbot, translator, demo_workspace, sheets,
                                                                 tmp_path, monkeypatch, today):
    path, first, _second = _filled(sheets[2], tmp_path)
    set_identification(path, "commune", "Xã khác")
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    monkeypatch.setattr(prompts, "choose_sheet_files", lambda parent, start: [path])
    shown = {}

    def look(parent, preview):
        dialog = SheetsImportDialog(preview, parent)
        shown["heading"] = dialog.model.index(0, 0).data()
        shown["colour"] = dialog.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
        shown["apply"] = dialog._ui.apply_button.isEnabled()
        return dialog.confirmed()

    monkeypatch.setattr(SheetsImportDialog, "ask", look)
    before = _status(demo_workspace, first).status
    window.report_documents.import_sheets()
    qtbot.waitUntil(lambda: "heading" in shown and not has_background_work(), timeout=30000)

    assert "KHÔNG NHẬP" in shown["heading"] and "Xã khác" in shown["heading"]
    assert shown["heading"].count(path.name) == 1  # the sheet is named once, not twice
    assert shown["colour"].name() == "#b00020" and not shown["apply"]
    assert _status(demo_workspace, first).status == before


def test_the_preview_model_passes_the_model_tester(qtmodeltester, translator, demo_workspace, sheets, tmp_path):
    path, _first, _second = _filled(sheets[2], tmp_path)
    preview = demo_workspace.sheets.preview_import([path, sheets[3]])

    qtmodeltester.check(SheetsImportTableModel(preview))
