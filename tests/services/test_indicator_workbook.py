"""Indicator figures taken from the provincial workbook: the commune's row only, in one step, remembered."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from xa_planner.domain.indicator_workbook_mapping import ColumnChoice, WorkbookMapping
from xa_planner.domain.periods import Period
from xa_planner.importing.errors import ImportRejected
from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import InvalidInput
from xa_planner.services.indicator_workbook_mapping import parse_number

TODAY = dt.date(2026, 6, 20)
JULY = Period(2026, 7)
HEADER = ["STT", "Tên đơn vị", "Số tài khoản định danh mức 2", "Số công dân từ 14 tuổi",
          "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình",
          "Số người dân được hướng dẫn kích hoạt VNeID"]


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "i.xaplan", tasks=20, months=2, today=TODAY) as opened:
        yield opened


def write_workbook(path, communes=("Xã Vĩnh Thủy", "Xã Vĩnh Thuỷ Bắc", "Phường An Hòa")):
    book = openpyxl.Workbook()
    book.active.title = "Hướng dẫn"
    sheet = book.create_sheet("Tháng 7")
    sheet.append(["KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐỀ ÁN 06"])
    sheet.append(HEADER)
    for number, commune in enumerate(communes, start=1):
        sheet.append([number, commune, f"{3000 + number}", "4.200", f"{80 + number},5%", 100 + number])
    book.save(path)
    return path


def _rows(workspace, period=JULY):
    rows = workspace.indicators.indicator_rows(workspace.plans.current_plan().id, period)
    return {row.indicator.id: row for row in rows}


def _indicators(workspace):
    return [row.indicator for row in _rows(workspace).values()]


def _mapping():
    return WorkbookMapping("Tháng 7", "Tên đơn vị", {
        1: ColumnChoice(numerator=HEADER[2], denominator=HEADER[3]),
        2: ColumnChoice(value=HEADER[4]),
        5: ColumnChoice(value=HEADER[5]),
    })


def test_numbers_written_the_vietnamese_way_are_read():
    assert parse_number("1.234") == 1234
    assert parse_number("87,5") == 87.5
    assert parse_number("87,5%") == 87.5
    assert parse_number("1.234,5") == 1234.5
    assert parse_number(" ") is None
    with pytest.raises(ValueError):
        parse_number("chưa báo cáo")


def test_the_suggestion_finds_the_commune_column_and_similar_headings(workspace, tmp_path):
    workbook = workspace.indicator_workbook.preview(write_workbook(tmp_path / "t.xlsx"))
    mapping = workspace.indicator_workbook.suggest_mapping(workbook, _indicators(workspace))
    assert (mapping.sheet, mapping.commune_column) == ("Tháng 7", "Tên đơn vị")
    assert mapping.indicators[2] == ColumnChoice(value=HEADER[4])
    assert mapping.indicators[5] == ColumnChoice(value=HEADER[5])
    assert 3 not in mapping.indicators  # "số hóa" has no column


def test_applying_stores_the_communes_row_only_and_remembers_the_choice(workspace, tmp_path):
    path = write_workbook(tmp_path / "t.xlsx")
    summary = workspace.indicator_workbook.apply(path, _mapping(), JULY)
    rows = _rows(workspace)
    assert (rows[1].value.numerator, rows[1].value.denominator) == (3001, 4200)
    assert rows[2].value.value == pytest.approx(81.5)
    assert rows[5].value.value == 101
    assert rows[3].value is None and len(summary.applied) == 3
    assert workspace.indicator_workbook.remembered_mapping() == _mapping()


def test_reapplying_with_the_remembered_choice_takes_the_new_figures(workspace, tmp_path):
    workspace.indicator_workbook.apply(write_workbook(tmp_path / "t.xlsx"), _mapping(), JULY)
    newer = write_workbook(tmp_path / "t2.xlsx", communes=("Phường An Hòa", "Xã Vĩnh Thủy"))
    workbook = workspace.indicator_workbook.preview(newer)
    remembered = workspace.indicator_workbook.suggest_mapping(workbook, _indicators(workspace))
    assert remembered == _mapping()
    workspace.indicator_workbook.apply(newer, remembered, JULY)
    assert _rows(workspace)[5].value.value == 102


def test_a_workbook_without_the_commune_is_refused_and_nothing_changes(workspace, tmp_path):
    before = _rows(workspace)
    path = write_workbook(tmp_path / "t.xlsx", communes=("Xã Vĩnh Thuỷ Bắc", "Phường An Hòa"))
    with pytest.raises(InvalidInput, match="Vĩnh Thủy"):
        workspace.indicator_workbook.apply(path, _mapping(), JULY)
    assert _rows(workspace) == before
    assert workspace.indicator_workbook.remembered_mapping() is None


def test_a_locked_month_is_refused_and_nothing_changes(workspace, tmp_path):
    may = Period(2026, 5)
    workspace.tracking.lock_period(may)
    before = _rows(workspace, may)
    with pytest.raises(InvalidInput):
        workspace.indicator_workbook.apply(write_workbook(tmp_path / "t.xlsx"), _mapping(), may)
    assert _rows(workspace, may) == before


def test_a_cell_that_is_not_a_figure_is_refused_and_nothing_changes(workspace, tmp_path):
    path = write_workbook(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    book["Tháng 7"]["F3"] = "chưa báo cáo"
    book.save(path)
    with pytest.raises(InvalidInput, match="chưa báo cáo"):
        workspace.indicator_workbook.apply(path, _mapping(), JULY)
    assert all(row.value is None for row in _rows(workspace).values())


def test_a_file_that_is_not_a_workbook_is_refused_with_one_sentence(workspace, tmp_path):
    path = tmp_path / "bang.xlsx"
    path.write_text("không phải bảng tính", encoding="utf-8")
    with pytest.raises(ImportRejected):
        workspace.indicator_workbook.preview(path)
