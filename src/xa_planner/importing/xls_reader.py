"""Read the sheets of an Excel 97-2003 (.xls) workbook into table rows with xlrd."""

from __future__ import annotations

import xlrd

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_cell, clean_line
from xa_planner.importing.source_document import SourceDocument


def _cell_text(cell: xlrd.sheet.Cell, datemode: int) -> str:
    """A cell as the officer sees it: whole numbers without ".0", dates as dd/mm/yyyy."""
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = float(cell.value)
        return str(int(value)) if value.is_integer() else str(value)
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode).strftime("%d/%m/%Y")
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return ""
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return str(cell.value)
    return ""


def _open(data: bytes) -> xlrd.book.Book:
    try:
        return xlrd.open_workbook(file_contents=data, on_demand=True, logfile=_Silent())
    except (xlrd.XLRDError, xlrd.compdoc.CompDocError, ValueError, IndexError) as err:
        raise ImportRejected(ImportRefusal.XLS_BROKEN) from err


class _Silent:
    """xlrd writes warnings about odd records to a log file; an import has no use for them."""

    def write(self, _text: str) -> None:
        return None


def _too_many_rows(limits: ImportLimits) -> ImportRejected:
    return ImportRejected(ImportRefusal.TOO_MANY_SHEET_ROWS, limit=limits.max_rows)


def read_xls(data: bytes, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    """Every non-empty row of every sheet, each sheet introduced by its name."""
    book = _open(data)
    document = SourceDocument()
    rows = 0
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        document.add_text(clean_line(sheet.name))
        rows += sheet.nrows
        if rows > limits.max_rows:
            raise _too_many_rows(limits)
        for number in range(sheet.nrows):
            if number % 256 == 0:
                deadline.check()
            cells = sheet.row(number)[: limits.max_cells_per_row]
            values = [clean_cell(_cell_text(cell, book.datemode)) for cell in cells]
            if any(values):
                document.add_row(values)
        book.unload_sheet(index)
    return document

