"""The appendix workbook: print-ready setup, merged title rows, and text that never becomes a formula."""

from __future__ import annotations

import dataclasses
import zipfile

import openpyxl
import pytest

from xa_planner.exporting.appendix_xlsx_writer import write_appendix_xlsx
from xa_planner.exporting.plan_document import AppendixRow, AppendixSection


@pytest.fixture
def sheet(appendix, tmp_path):
    path = write_appendix_xlsx(appendix, tmp_path / "PL.xlsx")
    return openpyxl.load_workbook(path).active


def test_print_setup_is_landscape_a4_one_page_wide_with_print_titles(sheet):
    setup = sheet.page_setup
    assert setup.orientation == "landscape"
    assert int(setup.paperSize) == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)
    assert sheet.print_title_rows == "$5:$5"
    assert sheet.freeze_panes == "A6"


def test_title_rows_are_merged_like_the_paper_form(sheet):
    assert sheet["A1"].value == "Phụ lục"
    assert sheet["A2"].value == "CÁC NHIỆM VỤ CỦA ĐỀ ÁN 06 TRÊN ĐỊA BÀN XÃ NĂM 2026"
    assert sheet["A3"].font.italic
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:G1", "A2:G2", "A3:G3", "B6:G6"} <= merged


def test_values_are_written_in_times_new_roman_with_wrapped_heighted_rows(sheet, appendix):
    assert [" ".join(c.value.split()) for c in sheet[5]] == list(appendix.column_titles)
    first_task = appendix.sections[0].rows[0]
    assert sheet["B7"].value == first_task.task
    assert sheet["D7"].value == "Công an xã"
    assert sheet["B7"].font.name == "Times New Roman"
    assert sheet["B7"].alignment.wrap_text
    assert sheet.row_dimensions[7].height > 3 * 15  # a long task gets several lines


def test_text_that_looks_like_a_formula_stays_text(appendix, tmp_path):
    hostile = AppendixSection(
        "III",
        '=HYPERLINK("x")',
        (AppendixRow("1", "=SUM(A1)", "+1+2", "-cmd", "@SUM(A1)", "=1/0", "\t=2"),),
    )
    path = write_appendix_xlsx(
        dataclasses.replace(appendix, sections=appendix.sections + (hostile,)), tmp_path / "PL.xlsx"
    )

    workbook = openpyxl.load_workbook(path)
    cells = [c for row in workbook.active.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type == "s" for c in cells)
    assert any(c.value == "=SUM(A1)" for c in cells)
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
