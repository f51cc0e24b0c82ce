"""Cell values of a returned sheet as plain text, numbers and dates, whatever program saved it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from xa_planner.domain.text import nfc
from xa_planner.domain.timeframes import parse_date
from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import ImportLimits

_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+")


@dataclass
class SheetGrid:
    """The cells of one worksheet: values by (row, column), and where formulas are."""

    max_row: int
    max_column: int
    values: dict[tuple[int, int], object] = field(default_factory=dict)
    formulas: set[tuple[int, int]] = field(default_factory=set)

    def value(self, row: int, column: int | None) -> object:
        return None if column is None else self.values.get((row, column))

    def formula_columns(self, row: int) -> set[int]:
        return {c for r, c in self.formulas if r == row}

    @staticmethod
    def coordinate(row: int, column: int) -> str:
        return f"{get_column_letter(column)}{row}"


def load_grid(ws, limits: ImportLimits) -> SheetGrid:
    """Read a worksheet within the limits; a vertically merged cell counts in every row it covers."""
    if ws.max_row > limits.max_rows:
        raise ImportRejected(ImportRefusal.TOO_MANY_SHEET_ROWS, limit=limits.max_rows)
    grid = SheetGrid(ws.max_row, min(ws.max_column, limits.max_cells_per_row))
    for row in ws.iter_rows(min_row=1, max_row=grid.max_row, max_col=grid.max_column):
        for cell in row:
            if cell.value is None or not hasattr(cell, "column"):
                continue
            if cell.data_type == "f" or not isinstance(
                cell.value, str | int | float | dt.date | dt.datetime
            ):
                grid.formulas.add((cell.row, cell.column))
                continue
            grid.values[(cell.row, cell.column)] = cell.value
    for merged in ws.merged_cells.ranges:
        top = grid.values.get((merged.min_row, merged.min_col))
        for row in range(merged.min_row + 1, merged.max_row + 1):
            grid.values[(row, merged.min_col)] = top  # a status merged over two tasks: both
    return grid


def cell_text(value: object) -> str:
    """A cell as trimmed NFC text: 12.0 → "12", a date → "dd/mm/yyyy"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    return nfc(str(value)).strip()


def cell_number(value: object) -> float | None:
    """A number from a numeric cell or text written the Vietnamese way ("81,5", "1.234", "82%")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        return None
    text = value.strip().replace("%", "").replace(" ", "").replace("\u00a0", "")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".")
    elif _THOUSANDS.fullmatch(text):
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None


def cell_date(value: object) -> dt.date | None:
    """A date from a date cell, an Excel serial number, or text like "15/6/2026"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_excel(value).date() if 20_000 < value < 80_000 else None
    return parse_date(value) if isinstance(value, str) else None
