"""Fill an exported sheet the way a person at an office would: openpyxl, by header, by hand."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from xa_planner.domain.text import fold

TASK_HEADER_WORD = "ma nv"


def header_row(ws) -> tuple[int, dict[str, int]]:
    for row in ws.iter_rows(min_row=1, max_row=60):
        names = {fold(str(c.value)): c.column for c in row if isinstance(c.value, str)}
        if TASK_HEADER_WORD in names:
            return row[0].row, names
    raise AssertionError("no task header")


def column(names: dict[str, int], word: str) -> int:
    return next(c for n, c in names.items() if word in n and "thang truoc" not in n)


def task_rows(ws) -> dict[int, int]:
    """task id → row number of the lead rows (the ones with an editable status cell)."""
    header, names = header_row(ws)
    id_column, status_column = column(names, TASK_HEADER_WORD), column(names, "tinh trang")
    rows = {}
    for row in range(header + 1, ws.max_row + 1):
        value = ws.cell(row=row, column=id_column).value
        status_cell = ws.cell(row=row, column=status_column)
        if value and str(value).isdigit() and not status_cell.protection.locked:
            rows[int(value)] = row
    return rows


def fill(path: Path, entries: dict[int, dict[str, str]], save_as: Path | None = None) -> Path:
    """Write *entries* ({task id: {header word: text}}) into the sheet and save it."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook.worksheets[0]
    _, names = header_row(ws)
    rows = task_rows(ws)
    for task_id, values in entries.items():
        for word, text in values.items():
            ws.cell(row=rows[task_id], column=column(names, word)).value = text
    target = save_as or path
    workbook.save(target)
    return target


def set_identification(path: Path, key: str, value: str) -> None:
    workbook = openpyxl.load_workbook(path)
    ws = workbook["_xa_id"]
    for row in ws.iter_rows(max_col=2):
        if row[0].value == key:
            row[1].value = value
            break
    workbook.save(path)
