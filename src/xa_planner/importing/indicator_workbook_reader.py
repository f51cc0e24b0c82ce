"""Read a provincial indicator workbook (untrusted .xlsx, one row per commune) into plain sheets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.ooxml_archive import SafeArchive, xml_error
from xa_planner.importing.xlsx_cells import S, cell_value, column_index, shared_strings, sheet_paths
from xa_planner.localization import _

_HEADER_SEARCH_ROWS = 15  # title lines above the header row are skipped
_PERCENT_FORMATS = {9, 10}  # Excel's built-in "0%" and "0.00%"
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


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
    return ImportRejected(
        _(
            "Tệp {name} không phải bảng tính Excel (.xlsx) đọc được; hãy mở bằng Excel, lưu dạng .xlsx rồi chọn lại."
        ).format(name=filename)
    )


def read_workbook(
    data: bytes, filename: str, limits: ImportLimits | None = None
) -> IndicatorWorkbook:
    """Every sheet with a header row; ImportRejected (one sentence) for anything else."""
    limits = limits or ImportLimits()
    if len(data) > limits.max_file_bytes:
        raise ImportRejected(_("Tệp quá lớn để là một bảng chỉ tiêu."))
    if not data.startswith(b"PK"):
        raise _foreign(filename)
    archive = SafeArchive(data, limits)
    if not archive.has("xl/workbook.xml"):
        raise _foreign(filename)
    shared, percent_styles = shared_strings(archive), _percent_styles(archive)
    deadline, sheets, budget = Deadline(limits.time_budget_seconds), [], limits.max_rows
    for name, path in sheet_paths(archive):
        rows = _sheet_rows(
            archive, path, _CellReader(shared, percent_styles, limits), budget, deadline
        )
        budget -= len(rows)
        sheet = _sheet(name, rows)
        if sheet is not None:
            sheets.append(sheet)
    if not sheets:
        raise ImportRejected(
            _("Bảng tính {name} không có trang nào có dòng tiêu đề và số liệu.").format(
                name=filename
            )
        )
    return IndicatorWorkbook(sheets)


class _CellReader:
    """Cells as text the way an officer reads them: numbers written Vietnamese-style ("87,5")."""

    def __init__(self, shared: list[str], percent_styles: set[int], limits: ImportLimits) -> None:
        self._shared, self._percent, self._max = shared, percent_styles, limits.max_cells_per_row

    def row(self, row: Element) -> list[str]:
        cells: list[str] = []
        for position, cell in enumerate(row.findall(f"{S}c")):
            index = column_index(cell.get("r", ""))
            index = position if index < 0 else index
            if index >= self._max:
                break
            cells.extend([""] * (index - len(cells)))
            if index == len(cells):
                cells.append(self._text(cell))
        return cells

    def _text(self, cell: Element) -> str:
        text = cell_value(cell, self._shared).strip()
        if cell.get("t", "n") != "n" or not _NUMBER.match(text):
            return text
        number = float(text)
        if int(cell.get("s", "0") or 0) in self._percent:
            return _vietnamese(number * 100) + "%"
        return _vietnamese(number)


def _vietnamese(number: float) -> str:
    """A number with a decimal comma and no grouping: 87.5 → "87,5"; 1234.0 → "1234"."""
    text = f"{round(number, 9):.9f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _percent_styles(archive: SafeArchive) -> set[int]:
    """Indexes of the cell styles whose number format shows a percentage."""
    if not archive.has("xl/styles.xml"):
        return set()
    root = archive.xml("xl/styles.xml")
    percent_formats = set(_PERCENT_FORMATS)
    for fmt in root.iter(f"{S}numFmt"):
        if "%" in fmt.get("formatCode", "") and fmt.get("numFmtId", "").isdigit():
            percent_formats.add(int(fmt.get("numFmtId")))
    cell_xfs = root.find(f"{S}cellXfs")
    if cell_xfs is None:
        return set()
    return {
        i
        for i, xf in enumerate(cell_xfs.findall(f"{S}xf"))
        if xf.get("numFmtId", "0").isdigit() and int(xf.get("numFmtId", "0")) in percent_formats
    }


def _sheet_rows(
    archive: SafeArchive, path: str, cells: _CellReader, budget: int, deadline: Deadline
):
    rows: list[list[str]] = []
    try:
        for _event, element in archive.iterparse(path):
            if element.tag != f"{S}row":
                continue
            if len(rows) >= budget:
                raise ImportRejected(
                    _("Bảng tính có quá nhiều dòng (tối đa {limit}).").format(limit=budget)
                )
            if len(rows) % 256 == 0:
                deadline.check()
            rows.append(cells.row(element))
            element.clear()
    except (DefusedXmlException, ParseError) as err:
        raise xml_error(err) from err
    return rows


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
        name = " ".join(cell.split()) or column_letter(index)
        if name in seen:  # duplicate headings stay distinct by their column letter
            name = f"{name} ({column_letter(index)})"
        seen.add(name)
        names.append(name)
    return names


def column_letter(index: int) -> str:
    """0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
