"""Find tables written as text: pipe-separated rows, and tables copied one cell per line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xa_planner.importing.label_recognizer import CONTENT, LEAD, TIME
from xa_planner.importing.markers import parse_marker
from xa_planner.importing.outline_builder import is_closing_line
from xa_planner.importing.table_extractor import REF, column_of

_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$|^\s*[-=_+|]{3,}\s*$")
_REF_CELL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,5})\.?$")
_MIN_PIPES = 2
_MIN_COLUMNS = 3
_MAX_HEADER_CELL = 60


def is_rule(line: str) -> bool:
    """A line drawn only to separate rows: "|---|---|", "-----", "=====", "+---+"."""
    return bool(_RULE.match(line))


def pipe_cells(line: str) -> list[str] | None:
    """The cells of "| 1 | Rà soát … | Sở Tư pháp |" (outer bars optional), or None for text."""
    if line.count("|") < _MIN_PIPES:
        return None
    cells = [cell.strip() for cell in line.strip().split("|")]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells if len(cells) >= _MIN_COLUMNS else None


def _header_field(line: str) -> str | None:
    text = line.strip()
    if not text or len(text) > _MAX_HEADER_CELL or parse_marker(text):
        return None
    found = column_of(text)
    return found[0] if found else None


def header_run(lines: list[str], start: int) -> int:
    """How many lines from *start* are the header cells of a one-cell-per-line table (0: none)."""
    fields: list[str] = []
    while start + len(fields) < len(lines):
        field = _header_field(lines[start + len(fields)])
        if field is None or field in fields:
            break
        fields.append(field)
    has_unit_or_time = LEAD in fields or TIME in fields
    return len(fields) if len(fields) >= _MIN_COLUMNS and CONTENT in fields and has_unit_or_time else 0


@dataclass
class CellTable:
    """A one-cell-per-line table: its header, its rows as cells, and the lines it spans."""

    header: list[str]
    rows: list[list[str]]
    end: int  # index of the first line after the table


def _ends_table(line: str) -> bool:
    marker = parse_marker(line.strip())
    heading = marker is not None and marker.kind == "roman" and len(marker.rest.split()) >= 1
    return heading or is_closing_line(line.strip())


def _groups(lines: list[str], start: int, by_number: bool) -> tuple[list[list[str]], int]:
    """Cell lines gathered row by row: a new row at each number (or after each blank/rule line)."""
    groups: list[list[str]] = []
    current: list[str] = []
    index = start
    while index < len(lines) and not _ends_table(lines[index]):
        text = lines[index].strip()
        index += 1
        if not text or is_rule(text):
            if not by_number and current:
                groups.append(current)
                current = []
            continue
        if by_number and _REF_CELL.match(text) and current:
            groups.append(current)
            current = []
        current.append(text)
    if current:
        groups.append(current)
    return groups, index


def _rows_in(group: list[str], width: int) -> list[list[str]]:
    """Rows run together with nothing between them: one row per *width* cells when they divide evenly."""
    if len(group) >= 2 * width and len(group) % width == 0:
        return [group[i : i + width] for i in range(0, len(group), width)]
    return [group]


def _cells(group: list[str], fields: list[str | None]) -> list[str]:
    """A row's cells in header order; extra lines belong to the task's content cell."""
    width = len(fields)
    if len(group) <= width:
        return group + [""] * (width - len(group))
    content = fields.index(CONTENT)
    extra = len(group) - width
    joined = " ".join(group[content : content + extra + 1])
    return group[:content] + [joined] + group[content + extra + 1 :]


def read_cell_table(lines: list[str], start: int) -> CellTable | None:
    """The one-cell-per-line table whose header starts at *start*, if one does."""
    size = header_run(lines, start)
    if not size:
        return None
    header = [line.strip() for line in lines[start : start + size]]
    fields = [_header_field(cell) for cell in header]
    groups, end = _groups(lines, start + size, fields[0] == REF)
    rows = [_cells(cells, fields) for group in groups for cells in _rows_in(group, len(fields))]
    return CellTable(header, rows, end) if rows else None
