"""The appendix (Phụ lục) as a print-ready workbook: landscape A4, one page wide, titles on every page."""

from __future__ import annotations

import math
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from xa_planner.domain.text import nfc
from xa_planner.exporting import nd30
from xa_planner.exporting.atomic_output import save_zip_package
from xa_planner.exporting.plan_document import AppendixDocument

SHEET_TITLE = "Phụ lục"
HEADER_ROW = 5  # rows 1–3: "Phụ lục", title, reference line; row 4 is a gap
COLUMN_WIDTHS = (5, 48, 26, 18, 22, 18, 28)  # in Excel character units, TT … Kết quả/sản phẩm
TABLE_FONT_SIZE = 12
LINE_HEIGHT_PT = 15.75  # one line of 12 pt Times New Roman as Excel spaces it
MAX_ROW_HEIGHT_PT = 409  # Excel's limit for one row
CHARS_PER_WIDTH_UNIT = 1.1  # Times is narrower than the "0" of Calibri that defines a unit
_THIN = Side(style="thin", color="000000")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _font(bold: bool = False, italic: bool = False, size: float = TABLE_FONT_SIZE) -> Font:
    return Font(name=nd30.FONT_NAME, size=size, bold=bold, italic=italic)


_PLAIN, _BOLD = _font(), _font(bold=True)


def set_text(ws: Worksheet, row: int, column: int, text: str):
    """Write *text* as a string cell: never a formula, whatever it starts with."""
    cell = ws.cell(row=row, column=column)
    cell.value = nfc(text)
    cell.data_type = "s"  # openpyxl makes "=…" a formula; untrusted text stays text
    return cell


def estimated_lines(text: str, width_units: float) -> int:
    """Wrapped line count of *text* in a column *width_units* wide (Excel sets no heights)."""
    per_line = max(width_units * CHARS_PER_WIDTH_UNIT - 1, 1)
    return sum(max(1, math.ceil(len(line) / per_line)) for line in text.splitlines() or [""])


def _row_height(texts: list[str], widths: list[float]) -> float:
    lines = max(estimated_lines(text, width) for text, width in zip(texts, widths, strict=True))
    return min(lines * LINE_HEIGHT_PT + 4, MAX_ROW_HEIGHT_PT)


def _title_rows(ws: Worksheet, appendix: AppendixDocument, columns: int) -> None:
    """Merged, centred title rows like the paper form."""
    size = nd30.APPENDIX_HEADING_SIZE
    rows = (
        (appendix.heading, _font(True, size=size)),
        (appendix.title, _font(True, size=size)),
        (appendix.reference_line, _font(italic=True, size=size)),
    )
    total_width = sum(COLUMN_WIDTHS) * 0.9  # title text is larger than the table's
    for index, (text, font) in enumerate(rows, start=1):
        ws.merge_cells(start_row=index, start_column=1, end_row=index, end_column=columns)
        cell = set_text(ws, index, 1, text)
        cell.font, cell.alignment = font, _WRAP_CENTER
        ws.row_dimensions[index].height = estimated_lines(text, total_width) * 18.75 + 2


def _header_row(ws: Worksheet, titles: tuple[str, ...]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = set_text(ws, HEADER_ROW, column, title)
        cell.font, cell.alignment, cell.border = _BOLD, _WRAP_CENTER, _GRID
    ws.row_dimensions[HEADER_ROW].height = _row_height(list(titles), list(COLUMN_WIDTHS))


def _table_row(ws: Worksheet, row: int, texts: tuple[str, ...], bold: bool = False) -> None:
    for column, text in enumerate(texts, start=1):
        cell = set_text(ws, row, column, text)
        cell.font, cell.border = (_BOLD if bold else _PLAIN), _GRID
        cell.alignment = _WRAP_CENTER if column == 1 else _WRAP_TOP
    ws.row_dimensions[row].height = _row_height(list(texts), list(COLUMN_WIDTHS))


def _section_row(ws: Worksheet, row: int, numeral: str, title: str, columns: int) -> None:
    _table_row(ws, row, (numeral, title) + ("",) * (columns - 2), bold=True)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=columns)
    merged_width = sum(COLUMN_WIDTHS[1:columns])
    height = estimated_lines(title, merged_width) * LINE_HEIGHT_PT + 4
    ws.row_dimensions[row].height = min(height, MAX_ROW_HEIGHT_PT)


def _print_setup(ws: Worksheet, last_column: str) -> None:
    """Landscape A4, one page wide and as tall as needed, header row on every page."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # without it Excel ignores fitTo*
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    margins = nd30.LANDSCAPE_MARGINS
    inch = nd30.MM_PER_INCH
    ws.page_margins = PageMargins(
        left=margins.left / inch,
        right=margins.right / inch,
        top=margins.top / inch,
        bottom=margins.bottom / inch,
        header=margins.top / 2 / inch,
        footer=0.3,
    )
    ws.print_options.horizontalCentered = True
    ws.HeaderFooter.differentFirst = True  # ND 30: no number on the first page
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = nd30.FONT_NAME
    ws.oddHeader.center.size = nd30.PAGE_NUMBER_SIZE
    ws.print_area = f"A1:{last_column}{ws.max_row}"


def build_appendix_workbook(appendix: AppendixDocument) -> Workbook:
    workbook = Workbook()
    ws = workbook.active
    ws.title = SHEET_TITLE
    columns = len(appendix.column_titles)
    for index, width in enumerate(COLUMN_WIDTHS[:columns]):
        ws.column_dimensions[chr(ord("A") + index)].width = width
    _title_rows(ws, appendix, columns)
    _header_row(ws, appendix.column_titles)
    row = HEADER_ROW + 1
    for section in appendix.sections:
        _section_row(ws, row, section.numeral, section.title, columns)
        row += 1
        for task in section.rows:
            _table_row(ws, row, task.cells())
            row += 1
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    _print_setup(ws, chr(ord("A") + columns - 1))
    return workbook


def write_appendix_xlsx(appendix: AppendixDocument, path: str | os.PathLike[str]) -> Path:
    """Write the appendix as a print-ready .xlsx at *path* (atomically)."""
    workbook = build_appendix_workbook(appendix)
    return save_zip_package(workbook, path)
