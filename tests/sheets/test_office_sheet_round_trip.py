"""The monthly round trip as the officer meets it: export, offices fill, import, preview, apply."""

from __future__ import annotations

import openpyxl
import pytest

from xa_planner.domain.office_sheets import STATUS_LABELS
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.services.errors import ConflictError, InvalidInput
from xa_planner.services.sheet_problem_texts import sheet_problem_text, sheet_refusal_text

from .conftest import JUNE, MAY, TODAY, dump, sheet_of
from .sheet_filling import column, fill, header_row, set_identification, task_rows


def _refusal(sheet) -> str:
    """The sentence the officer reads for a refused sheet."""
    return sheet_refusal_text(sheet.refused)


def _rows(workspace, period):
    plan = workspace.plans.current_plan()
    return {r.task_id: r for r in workspace.tracking.tracking_rows(plan.id, period, TODAY)}


def _lead_ids(path):
    return list(task_rows(openpyxl.load_workbook(path).worksheets[0]))


def test_export_writes_one_locked_printable_sheet_per_office_with_a_status_list(exported):
    assert [f.name for f in exported][:3] == [
        "PHIEU_DA06_2026-06_Cong-an-xa.xlsx",
        "PHIEU_DA06_2026-06_Van-phong-HDND-va-UBND-xa.xlsx",
        "PHIEU_DA06_2026-06_Phong-Kinh-te.xlsx",
    ]
    workbook = openpyxl.load_workbook(sheet_of(exported, "Kinh-te"))
    ws = workbook.worksheets[0]
    assert workbook["_xa_id"].sheet_state == "veryHidden"
    assert ws.protection.sheet and not ws.protection.password
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert "Hướng dẫn" in ws["A5"].value
    (validation,) = ws.data_validations.dataValidation
    assert all(label in validation.formula1 for label in STATUS_LABELS.values())
    header, names = header_row(ws)
    status_cell = ws.cell(row=header + 1, column=column(names, "tinh trang"))
    task_cell = ws.cell(row=header + 1, column=column(names, "nhiem vu"))
    assert not status_cell.protection.locked and task_cell.protection.locked
    assert task_cell.font.name == "Times New Roman"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_a_filled_sheet_previews_each_change_and_flags_what_it_cannot_use(
    workspace, exported, tmp_path
):
    path = sheet_of(exported, "Kinh-te")
    first, second, third = _lead_ids(path)[:3]
    renamed = fill(
        path,
        {
            first: {"tinh trang": "hoan thanh", "ket qua": "Đã xong, 120 hồ sơ"},
            second: {"tinh trang": "ĐANG THỰC HIỆN"},
            third: {"tinh trang": "gần xong rồi"},
        },
        save_as=tmp_path / "phieu KT da dien (1).xlsx",
    )
    workbook = openpyxl.load_workbook(renamed)
    ws = workbook.worksheets[0]
    ws.protection.sheet = False  # an office removed the protection
    ws.cell(row=task_rows(ws)[second], column=14).value = "=1+1"  # a formula in a spare cell
    workbook.save(renamed)

    (sheet,) = workspace.sheets.preview_import([renamed]).sheets

    before = _rows(workspace, JUNE)
    changes = {c.task_id: c for c in sheet.changes}
    assert sheet.refused is None and sheet.office_name == "Phòng Kinh tế"
    assert changes[first].new_status is ProgressStatus.DONE
    assert changes[first].old_status is before[first].status
    assert changes[first].new_note == "Đã xong, 120 hồ sơ"
    if before[second].status is not ProgressStatus.IN_PROGRESS:
        assert changes[second].new_status is ProgressStatus.IN_PROGRESS
    assert third not in changes
    kinds = {p.kind for p in sheet.problems}
    assert {"unknown_status", "formula"} <= kinds
    assert any("gần xong rồi" in sheet_problem_text(p) for p in sheet.problems)


def test_moved_columns_and_merged_cells_are_read_by_meaning(workspace, exported):
    path = sheet_of(exported, "Kinh-te")
    first, second = _lead_ids(path)[:2]
    for task_id in (first, second):  # so that reading "under way" is a change for both rows
        workspace.tracking.set_progress(task_id, JUNE, ProgressStatus.DONE)
    workbook = openpyxl.load_workbook(path)
    ws = workbook.worksheets[0]
    header, names = header_row(ws)
    result, hard = column(names, "ket qua"), column(names, "kho khan")
    rows = task_rows(ws)
    for row in range(header, ws.max_row + 1):  # swap two columns, headers and all
        a, b = ws.cell(row=row, column=result), ws.cell(row=row, column=hard)
        a.value, b.value = b.value, a.value
    status = column(names, "tinh trang")
    ws.cell(row=rows[first], column=status).value = "Chậm tiến độ/Quá hạn"
    ws.cell(row=rows[first], column=hard).value = "Thiếu máy"  # the result column, moved here
    ws.merge_cells(
        start_row=rows[first], end_row=rows[second], start_column=status, end_column=status
    )
    workbook.save(path)

    (sheet,) = workspace.sheets.preview_import([path]).sheets

    changes = {c.task_id: c for c in sheet.changes}
    assert changes[first].new_status is ProgressStatus.IN_PROGRESS  # an old sheet's choice
    assert changes[first].new_note == "Thiếu máy"
    assert changes[second].new_status is ProgressStatus.IN_PROGRESS  # merged over both rows


def test_applying_changes_this_month_only_and_a_second_import_changes_nothing(workspace, exported):
    path = sheet_of(exported, "Kinh-te")
    first, second = _lead_ids(path)[:2]
    fill(
        path,
        {
            first: {"tinh trang": "Hoàn thành", "ngay hoan thanh": "15/6/2026"},
            second: {"tinh trang": "khong thuc hien", "de xuat": "Xin lùi hạn"},
        },
    )
    may_before = _rows(workspace, MAY)

    summary = workspace.sheets.apply_import(workspace.sheets.preview_import([path]))

    june = _rows(workspace, JUNE)
    assert summary.tasks_changed >= 1 and summary.sheets_applied == 1
    assert june[first].status is ProgressStatus.DONE
    assert june[second].status is ProgressStatus.DROPPED and june[second].proposals == "Xin lùi hạn"
    assert _rows(workspace, MAY) == may_before
    snapshot = dump(workspace.path)
    again = workspace.sheets.preview_import([path])
    assert again.sheets[0].changes == () and again.sheets[0].indicator_changes == ()
    workspace.sheets.apply_import(again)
    assert dump(workspace.path) == snapshot


def test_only_the_changes_the_officer_confirms_are_applied(workspace, exported):
    path = sheet_of(exported, "Kinh-te")
    first, second = _lead_ids(path)[:2]
    fill(
        path, {first: {"tinh trang": "Không thực hiện"}, second: {"tinh trang": "Không thực hiện"}}
    )
    workspace.sheets.apply_import(workspace.sheets.preview_import([path]), confirmed_tasks={first})
    june = _rows(workspace, JUNE)
    assert june[first].status is ProgressStatus.DROPPED
    assert june[second].status is not ProgressStatus.DROPPED


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("commune", "Gio Linh", "Gio Linh"),
        ("month", "2026-05", "05/2026"),
        ("office_id", "4", "Phòng Kinh tế"),
        ("checksum", "0" * 64, "mã kiểm tra"),
    ],
)
def test_a_sheet_edited_to_say_something_else_is_refused_naming_it(
    workspace, exported, key, value, named
):
    path = sheet_of(exported, "Kinh-te")
    fill(path, {_lead_ids(path)[0]: {"tinh trang": "Không thực hiện"}})
    set_identification(path, key, value)
    before = dump(workspace.path)

    preview = workspace.sheets.preview_import([path])
    workspace.sheets.apply_import(preview)

    assert named in _refusal(preview.sheets[0])
    assert dump(workspace.path) == before


def test_a_sheet_of_another_month_than_the_one_being_imported_is_refused(workspace, exported):
    preview = workspace.sheets.preview_import([exported[0]], expected_period=MAY)
    said = _refusal(preview.sheets[0])
    assert "06/2026" in said and "05/2026" in said


def test_a_locked_month_refuses_its_sheets(workspace, exported):
    workspace.tracking.lock_period(JUNE)
    before = dump(workspace.path)
    preview = workspace.sheets.preview_import([exported[0]])
    assert "đã chốt" in _refusal(preview.sheets[0])
    assert dump(workspace.path) == before


def test_a_month_locked_after_the_preview_refuses_the_apply(workspace, exported):
    path = sheet_of(exported, "Kinh-te")
    fill(path, {_lead_ids(path)[0]: {"tinh trang": "Không thực hiện"}})
    preview = workspace.sheets.preview_import([path])
    workspace.tracking.lock_period(JUNE)
    with pytest.raises(InvalidInput, match="đã chốt"):
        workspace.sheets.apply_import(preview)


def test_a_row_changed_since_the_preview_refuses_the_whole_apply(workspace, exported):
    path = sheet_of(exported, "Kinh-te")
    first, second = _lead_ids(path)[:2]
    fill(
        path, {first: {"tinh trang": "Không thực hiện"}, second: {"tinh trang": "Không thực hiện"}}
    )
    preview = workspace.sheets.preview_import([path])
    row = _rows(workspace, JUNE)[first]
    workspace.tracking.set_progress(first, JUNE, ProgressStatus.DONE, seen_revision=row.revision)
    before = dump(workspace.path)
    with pytest.raises(ConflictError):
        workspace.sheets.apply_import(preview)
    assert dump(workspace.path) == before


def test_the_same_office_twice_in_one_batch_is_taken_once(workspace, exported, tmp_path):
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes(exported[0].read_bytes())
    preview = workspace.sheets.preview_import([exported[0], copy])
    assert preview.sheets[0].refused is None and "copy.xlsx" in _refusal(preview.sheets[1])


def test_offices_whose_sheets_have_not_come_back_are_listed(workspace, exported):
    missing = {m.office_name for m in workspace.sheets.missing_sheets(JUNE)}
    assert "Phòng Kinh tế" in missing
    workspace.sheets.apply_import(workspace.sheets.preview_import([sheet_of(exported, "Kinh-te")]))
    assert "Phòng Kinh tế" not in {m.office_name for m in workspace.sheets.missing_sheets(JUNE)}
