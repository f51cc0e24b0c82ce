"""Read a provincial indicator workbook (untrusted .xlsx, one row per commune) into plain sheets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.ooxml_archive import WORKBOOK, SafeArchive
from xa_planner.importing.sheet_cells import cell_text
from xa_planner.importing.xlsx_workbook import open_workbook, present_cells, sheet_rows

_HEADER_SEARCH_ROWS = 15  # title lines above the header row are skipped


@dataclass(frozen=True)
class WorkbookSheet:
    """One sheet: its header row (never blank: a blank header reads as its column letter) and rows."""

    name: str
    header: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class IndicatorWorkbook:
    sheets: list[WorkbookSheet]

    def sheet(self, name: str) -> WorkbookSheet | None:
        return next((sheet for sheet in self.sheets if sheet.name == name), None)


def _foreign(filename: str) -> ImportRejected:
    return ImportRejected(ImportRefusal.WORKBOOK_FOREIGN, name=filename)


def read_workbook(
    data: bytes, filename: str, limits: ImportLimits | None = None
) -> IndicatorWorkbook:
    """Every sheet with a header row; ImportRejected (a refusal code) for anything else."""
    limits = limits or ImportLimits()
    if len(data) > limits.max_file_bytes:
        raise ImportRejected(ImportRefusal.WORKBOOK_TOO_BIG)
    if not data.startswith(b"PK"):
        raise _foreign(filename)
    archive = SafeArchive(data, limits)
    if not archive.has(WORKBOOK):
        raise _foreign(filename)
    workbook = open_workbook(archive)
    try:
        sheets = _sheets(workbook.worksheets, limits)
    finally:
        workbook.close()
    if not sheets:
        raise ImportRejected(ImportRefusal.WORKBOOK_WITHOUT_SHEET, name=filename)
    return IndicatorWorkbook(sheets)


def _sheets(worksheets: list[Any], limits: ImportLimits) -> list[WorkbookSheet]:
    deadline, sheets, budget = Deadline(limits.time_budget_seconds), [], limits.max_rows
    for worksheet in worksheets:
        rows = [
            [_text(cell) for cell in present_cells(row)]
            for row in sheet_rows(worksheet, limits, deadline, budget)
        ]
        budget -= len(rows)
        sheet = _sheet(worksheet.title, rows)
        if sheet is not None:
            sheets.append(sheet)
    return sheets


def _text(cell: Any) -> str:
    """A cell as an officer reads it: numbers Vietnamese-style ("87,5"), percentages as "87,5%"."""
    value = cell.value
    if not isinstance(value, int | float) or isinstance(value, bool):
        return cell_text(value)
    if "%" in (cell.number_format or ""):
        return _vietnamese(value * 100) + "%"
    return _vietnamese(value)


def _vietnamese(number: float) -> str:
    """A number with a decimal comma and no grouping: 87.5 → "87,5"; 1234.0 → "1234"."""
    text = f"{round(number, 9):.9f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _sheet(name: str, rows: list[list[str]]) -> WorkbookSheet | None:
    """The first row with two or more filled cells is the header; blank rows below are dropped."""
    for position, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if sum(1 for cell in row if cell) >= 2:
            header = _header(row)
            body = [r + [""] * (len(header) - len(r)) for r in rows[position + 1 :] if any(r)]
            return WorkbookSheet(name, header, [r[: len(header)] for r in body])
    return None


def _header(row: list[str]) -> list[str]:
    last = max(i for i, cell in enumerate(row) if cell)
    names, seen = [], set()
    for index, cell in enumerate(row[: last + 1]):
        name = " ".join(cell.split()) or get_column_letter(index + 1)
        if name in seen:  # duplicate headings stay distinct by their column letter
            name = f"{name} ({get_column_letter(index + 1)})"
        seen.add(name)
        names.append(name)
    return names
