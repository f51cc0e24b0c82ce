"""Nhập phiếu: a problem previewed in Vietnamese reads in English once the officer switches."""

from __future__ import annotations

import openpyxl

from tests.sheets.sheet_filling import fill, task_rows
from xa_planner.domain.periods import Period
from xa_planner.gui.tracking.sheets_import_dialog import SheetsImportDialog
from xa_planner.gui.widgets.translator import install_language


def test_a_problem_in_the_import_preview_follows_a_language_switch(
    qtbot, qapp, translator, demo_workspace, tmp_path
):
    # Given a sheet with an unreadable status, previewed in the dialog while it speaks Vietnamese
    path = demo_workspace.sheets.export_month(Period(2026, 5), tmp_path / "out")[2]
    first = next(iter(task_rows(openpyxl.load_workbook(path).worksheets[0])))
    fill(path, {first: {"tinh trang": "gần xong rồi"}})
    dialog = SheetsImportDialog(demo_workspace.sheets.preview_import([path]))
    qtbot.addWidget(dialog)
    problems = [r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).kind == "problem"]
    assert "không hiểu tình trạng “gần xong rồi”" in dialog.model.index(problems[0], 0).data()

    # When the officer switches the application to English
    install_language(qapp, translator, "en")

    # Then the same row of the preview reads in English
    assert "the status “gần xong rồi” is not understood" in dialog.model.index(problems[0], 0).data()


def test_a_refused_sheet_in_the_import_preview_follows_a_language_switch(
    qtbot, qapp, translator, demo_workspace, tmp_path
):
    # Given the same office's sheet chosen twice, previewed in the dialog while it speaks Vietnamese
    path = demo_workspace.sheets.export_month(Period(2026, 5), tmp_path / "out")[2]
    copy = tmp_path / "ban-sao.xlsx"
    copy.write_bytes(path.read_bytes())
    dialog = SheetsImportDialog(demo_workspace.sheets.preview_import([path, copy]))
    qtbot.addWidget(dialog)
    [refused] = [r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).kind == "refused"]
    assert dialog.model.index(refused, 0).data().startswith("KHÔNG NHẬP — Phiếu ban-sao.xlsx trùng đơn vị")

    # When the officer switches the application to English
    install_language(qapp, translator, "en")

    # Then the refusal reads in English too
    assert dialog.model.index(refused, 0).data().startswith(
        "NOT IMPORTED — Sheet ban-sao.xlsx has the same office and month"
    )
