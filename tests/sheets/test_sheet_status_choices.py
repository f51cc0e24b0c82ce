"""Office sheets offer the four statuses; lateness is read from the due date, never chosen."""

from __future__ import annotations

import openpyxl

from xa_planner.domain.statuses import ProgressStatus

from .conftest import JUNE, sheet_of
from .sheet_filling import fill, task_rows


def test_a_new_sheet_offers_exactly_the_four_statuses(exported):
    # Given the sheets of the month, as an office opens one
    ws = openpyxl.load_workbook(sheet_of(exported, "Kinh-te")).worksheets[0]

    # Then its drop-down and its instructions name the four statuses and no "chậm tiến độ"
    (validation,) = ws.data_validations.dataValidation
    choices = validation.formula1.strip('"').split(",")
    assert choices == ["Chưa triển khai", "Đang thực hiện", "Hoàn thành", "Không thực hiện"]
    assert "Chậm tiến độ" not in ws["A5"].value and "Không thực hiện" in ws["A5"].value


def test_an_old_sheets_late_choice_is_imported_as_under_way(workspace, exported):
    # Given a task reported done, and its office's sheet filled with the old fifth choice
    path = sheet_of(exported, "Kinh-te")
    first = next(iter(task_rows(openpyxl.load_workbook(path).worksheets[0])))
    workspace.tracking.set_progress(first, JUNE, ProgressStatus.DONE)
    fill(path, {first: {"tinh trang": "Chậm tiến độ/Quá hạn"}})

    # When it is previewed
    (sheet,) = workspace.sheets.preview_import([path]).sheets

    # Then it is accepted, the task under way (its lateness comes from its due date)
    assert not sheet.refused
    assert not any(p.kind == "unknown_status" for p in sheet.problems)
    (change,) = [c for c in sheet.changes if c.task_id == first]
    assert change.new_status is ProgressStatus.IN_PROGRESS
