"""Reading sheets that came back edited, damaged or hostile (the corpus in tests/data/sheets)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.refusal_words import refused_saying
from xa_planner.domain.office_sheets import STATUS_LABELS, parse_status
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.importing.office_sheet_reader import read_office_sheet
from xa_planner.importing.sheet_cells import cell_date, cell_number
from xa_planner.services.sheet_problem_texts import sheet_problem_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "sheets"


def _read(name: str):
    path = CORPUS / name
    return read_office_sheet(path.read_bytes(), path.name)


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("hoan thanh", ProgressStatus.DONE),
        ("HT", ProgressStatus.DONE),
        ("đang thực hiện", ProgressStatus.IN_PROGRESS),
        ("Dang thuc hien", ProgressStatus.IN_PROGRESS),
        ("chậm tiến độ", ProgressStatus.IN_PROGRESS),  # lateness is timing, from the due date
        ("Quá hạn", ProgressStatus.IN_PROGRESS),
        ("Chậm tiến độ/Quá hạn", ProgressStatus.IN_PROGRESS),  # the old sheets' fifth choice
        ("chua trien khai", ProgressStatus.NOT_STARTED),
        ("KHÔNG THỰC HIỆN", ProgressStatus.DROPPED),
    ],
)
def test_statuses_typed_by_hand_with_or_without_accents_are_understood(typed, status):
    assert parse_status(typed) is status


def test_every_drop_down_word_reads_back_as_its_status():
    assert all(parse_status(label) is status for status, label in STATUS_LABELS.items())


def test_words_that_are_no_status_are_not_guessed():
    assert parse_status("làm gần xong") is None and parse_status("50%") is None


def test_a_sheet_with_hand_typed_statuses_reads_them_and_flags_the_unknown_one():
    sheet = _read("statuses_typed_by_hand.xlsx")
    assert {r.task_id: r.status for r in sheet.rows} == {
        101: ProgressStatus.DONE,
        102: ProgressStatus.DONE,
    }
    (problem,) = sheet.problems
    assert problem.kind == "unknown_status" and "làm gần xong" in sheet_problem_text(problem)


def test_dates_written_as_text_are_read_and_impossible_ones_flagged():
    sheet = _read("dates_as_text.xlsx")
    assert sheet.rows[0].completed_on == dt.date(2026, 6, 5)
    assert sheet.rows[1].completed_on is None
    assert [p.kind for p in sheet.problems] == ["bad_date"]


def test_a_macro_workbook_is_read_for_its_values_only():
    sheet = _read("with_macros.xlsm")
    assert [r.task_id for r in sheet.rows] == [101, 102]


def test_text_that_looks_like_a_formula_stays_text_in_the_written_sheet():
    import openpyxl

    ws = openpyxl.load_workbook(CORPUS / "original.xlsx").worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value == "Đang thực hiện\n=SUM(A1)"]
    assert cells and all(c.data_type == "s" for c in cells)


def test_a_filled_support_row_is_flagged_not_applied():
    sheet = _read("support_row_filled.xlsx")
    assert 104 not in {r.task_id for r in sheet.rows}
    assert [p.kind for p in sheet.problems] == ["support_row"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("truncated.xlsx", "hỏng"),
        ("zip_bomb.xlsx", "nén bất thường"),
        ("not_a_sheet.xlsx", "không phải bảng tính"),
        ("no_identification.xlsx", "phần nhận dạng"),
    ],
)
def test_damaged_and_hostile_files_give_one_clear_message(name, words):
    with refused_saying(words):
        _read(name)


def test_numbers_written_the_vietnamese_way_are_read():
    assert cell_number("81,5%") == 81.5 and cell_number("1.234") == 1234
    assert cell_number("1.234,5") == 1234.5 and cell_number("abc") is None
    assert cell_date("2026-06-05") == dt.date(2026, 6, 5) and cell_date(46178) is not None
