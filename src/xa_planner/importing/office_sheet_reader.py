"""Read an office's filled sheet back from untrusted bytes, however people edited it.

Columns are found by the meaning of their headers (folded, so accents and case do not
matter), statuses by the words people type; merged cells, moved columns, removed
protection and macros (.xlsm: values only, nothing is ever run) are all tolerated.
Anything doubtful becomes a ``SheetProblem`` (a code and data, worded where shown); a file that cannot be read at all raises one
``ImportRejected``, its refusal code also worded where shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.workbook.workbook import Workbook

from xa_planner.domain.office_sheets import LEAD, SheetIdentification, parse_status
from xa_planner.domain.sheet_problems import SheetProblem, SheetProblemKind
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.domain.text import fold
from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.file_sniffer import ZIP, sniff
from xa_planner.importing.limits import MB, ImportLimits
from xa_planner.importing.ooxml_archive import WORKBOOK, SafeArchive
from xa_planner.importing.sheet_cells import (
    SheetGrid,
    cell_date,
    cell_number,
    cell_text,
    load_grid,
)
from xa_planner.importing.xlsx_workbook import open_workbook

SHEET_LIMITS = ImportLimits(
    max_file_bytes=10 * MB,
    max_total_unzipped_bytes=80 * MB,
    max_rows=5_000,
    max_cells_per_row=40,
    time_budget_seconds=20.0,
)
MAX_WORKSHEET_XML = 8 * MB  # ≈ 150,000 cells; a real sheet of 300 tasks is under 1 MB
ID_SHEET = "_xa_id"
HEADER_SCAN_ROWS = 80

# Ordered: the first rule whose words all occur in a folded header names its column.
_TASK_HEADERS = (
    ("previous", ("thang truoc",)),
    ("task_id", ("ma nv",)),
    ("task_id", ("ma nhiem vu",)),
    ("ref", ("so hieu",)),
    ("status", ("tinh trang",)),
    ("status", ("trang thai",)),
    ("completed_on", ("ngay hoan thanh",)),
    ("result", ("ket qua",)),
    ("difficulties", ("kho khan",)),
    ("difficulties", ("vuong mac",)),
    ("proposals", ("de xuat",)),
    ("proposals", ("kien nghi",)),
)
_INDICATOR_HEADERS = (
    ("previous", ("thang truoc",)),
    ("indicator_id", ("ma ct",)),
    ("indicator_id", ("ma chi tieu",)),
    ("value", ("ket qua",)),
    ("assigned", ("muc giao",)),
)
_INPUTS = ("status", "completed_on", "result", "difficulties", "proposals")


@dataclass(frozen=True)
class FilledRow:
    """What a lead office wrote for one task; status None when it left the cell empty."""

    task_id: int
    row: int
    status: ProgressStatus | None
    status_text: str
    result_note: str
    difficulties: str
    proposals: str
    completed_on: object = None  # dt.date | None


@dataclass(frozen=True)
class FilledIndicator:
    indicator_id: int
    row: int
    value: float


@dataclass(frozen=True)
class FilledSheet:
    identification: SheetIdentification
    rows: tuple[FilledRow, ...]
    indicators: tuple[FilledIndicator, ...]
    problems: tuple[SheetProblem, ...]


def _not_a_sheet() -> ImportRejected:
    return ImportRejected(ImportRefusal.SHEET_NOT_XLSX)


def _check_archive(data: bytes, filename: str, limits: ImportLimits) -> SafeArchive:
    if len(data) > limits.max_file_bytes:
        raise ImportRejected(
            ImportRefusal.SHEET_TOO_BIG, size=len(data) // MB, limit=limits.max_file_bytes // MB
        )
    if sniff(data, filename) != ZIP:
        raise _not_a_sheet()
    archive = SafeArchive(data, limits)  # member count, sizes and ratios: zip bombs stop here
    if not archive.has(WORKBOOK):
        raise _not_a_sheet()
    if any(
        name.startswith("xl/worksheets/") and archive.size(name) > MAX_WORKSHEET_XML
        for name in archive.names()
    ):
        raise ImportRejected(ImportRefusal.SHEET_TOO_MANY_CELLS)
    return archive


def _damaged_sheet() -> ImportRejected:
    return ImportRejected(ImportRefusal.SHEET_DAMAGED)


def _load(archive: SafeArchive) -> Workbook:
    """The whole workbook: merged cells are needed, and formulas, to say a cell holds one."""
    return open_workbook(archive, read_only=False, formulas=True, damaged=_damaged_sheet)


def _damaged_identification() -> ImportRejected:
    return ImportRejected(ImportRefusal.SHEET_IDENTIFICATION_DAMAGED)


def _identification(workbook: Workbook) -> SheetIdentification:
    names = {name.casefold(): name for name in workbook.sheetnames}
    if ID_SHEET not in names:
        raise ImportRejected(ImportRefusal.SHEET_NOT_EXPORTED)
    ws = workbook[names[ID_SHEET]]
    values: dict[str, list[str]] = {}
    for key, value, *_rest in ws.iter_rows(
        min_row=1, max_row=min(ws.max_row, 20_000), max_col=2, values_only=True
    ):
        values.setdefault(cell_text(key), []).append(cell_text(value))
    try:

        def ids(key: str) -> tuple[int, ...]:
            return tuple(int(float(v)) for v in values.get(key, []))

        return SheetIdentification(
            commune=values["commune"][0],
            plan_id=ids("plan_id")[0],
            period_key=values["month"][0],
            office_id=ids("office_id")[0],
            office_name=values.get("office_name", [""])[0],
            lead_task_ids=ids("lead_task"),
            support_task_ids=ids("support_task"),
            indicator_ids=ids("indicator"),
            checksum=values.get("checksum", [""])[0],
            version=values.get("format", ["1"])[0],
        )
    except (KeyError, IndexError, ValueError) as err:
        raise _damaged_identification() from err


def _columns(grid: SheetGrid, row: int, rules) -> dict[str, int]:
    found: dict[str, int] = {}
    for column in range(1, grid.max_column + 1):
        header = " ".join(fold(cell_text(grid.value(row, column))).replace("\n", " ").split())
        for name, words in rules:
            if header and all(word in header for word in words):
                found.setdefault(name, column)
                break
    return found


def _find_header(grid: SheetGrid, rules, needed: tuple[str, ...], start: int = 1):
    for row in range(start, min(grid.max_row, start + HEADER_SCAN_ROWS) + 1):
        columns = _columns(grid, row, rules)
        if all(name in columns for name in needed):
            return row, columns
    return None, {}


def _task_table(workbook) -> tuple[SheetGrid, int, dict[str, int]]:
    for ws in workbook.worksheets:
        if ws.title.casefold() == ID_SHEET:
            continue
        grid = load_grid(ws, SHEET_LIMITS)
        row, columns = _find_header(grid, _TASK_HEADERS, ("task_id", "status"))
        if row is not None:
            return grid, row, columns
    raise ImportRejected(ImportRefusal.SHEET_NO_TASK_TABLE)


def read_office_sheet(
    data: bytes, filename: str = "", limits: ImportLimits = SHEET_LIMITS
) -> FilledSheet:
    """The identification, rows and indicator values of a returned sheet, with its problems."""
    workbook = _load(_check_archive(data, filename, limits))
    identification = _identification(workbook)
    grid, header, columns = _task_table(workbook)
    ind_header, ind_columns = _find_header(
        grid, _INDICATOR_HEADERS, ("indicator_id", "value"), header + 1
    )
    end = ind_header - 1 if ind_header else grid.max_row
    problems: list[SheetProblem] = []
    rows = _read_task_rows(grid, range(header + 1, end + 1), columns, identification, problems)
    indicators = (
        _read_indicators(grid, ind_header, ind_columns, identification, problems)
        if ind_header
        else ()
    )
    return FilledSheet(identification, tuple(rows), tuple(indicators), tuple(problems))


def _task_id(grid: SheetGrid, row: int, column: int) -> int | None:
    number = cell_number(grid.value(row, column))
    return int(number) if number is not None and number == int(number) and number > 0 else None


def _formula_problems(grid: SheetGrid, row: int, task_id: int | None, problems) -> set[int]:
    columns = grid.formula_columns(row)
    for column in columns:
        cell = grid.coordinate(row, column)
        problems.append(SheetProblem.of(SheetProblemKind.FORMULA, row, task_id, cell=cell))
    return columns


def _read_task_rows(grid, row_numbers, columns, ident, problems) -> list[FilledRow]:
    rows: list[FilledRow] = []
    seen: set[int] = set()
    lead, support = set(ident.lead_task_ids), set(ident.support_task_ids)
    for row in row_numbers:
        task_id = _task_id(grid, row, columns["task_id"])
        formulas = _formula_problems(grid, row, task_id, problems)
        inputs = {n: grid.value(row, columns[n]) for n in _INPUTS if n in columns}
        filled = any(cell_text(v) for v in inputs.values())
        if task_id is None:
            if filled:
                problems.append(SheetProblem.of(SheetProblemKind.NO_TASK_CODE, row))
            continue
        if task_id in support:
            if any(cell_text(inputs.get(n)) for n in _INPUTS[1:]):
                problems.append(SheetProblem.of(SheetProblemKind.SUPPORT_ROW, row, task_id))
            continue
        if task_id not in lead:
            problems.append(SheetProblem.of(SheetProblemKind.NOT_THIS_OFFICE, row, task_id))
            continue
        if task_id in seen:
            problems.append(SheetProblem.of(SheetProblemKind.DUPLICATE_ROW, row, task_id))
            continue
        seen.add(task_id)
        if any(columns.get(n) in formulas for n in _INPUTS):
            continue
        entry = _task_entry(grid, row, task_id, columns, problems)
        if entry is not None:
            rows.append(entry)
    return rows


def _task_entry(grid, row: int, task_id: int, columns, problems) -> FilledRow | None:
    def text(name: str) -> str:
        return cell_text(grid.value(row, columns[name])) if name in columns else ""

    status_text = text("status")
    status = parse_status(status_text) if status_text else None
    if status_text and status is None:
        unknown = SheetProblemKind.UNKNOWN_STATUS
        problems.append(SheetProblem.of(unknown, row, task_id, text=status_text[:60]))
        return None
    completed = None
    if "completed_on" in columns and text("completed_on"):
        completed = cell_date(grid.value(row, columns["completed_on"]))
        if completed is None:
            written = text("completed_on")[:30]
            problems.append(SheetProblem.of(SheetProblemKind.BAD_DATE, row, task_id, text=written))
    return FilledRow(
        task_id,
        row,
        status,
        status_text,
        text("result"),
        text("difficulties"),
        text("proposals"),
        completed,
    )


def _read_indicators(grid, header: int, columns, ident, problems) -> list[FilledIndicator]:
    found: list[FilledIndicator] = []
    allowed, seen = set(ident.indicator_ids), set()
    for row in range(header + 1, grid.max_row + 1):
        indicator_id = _task_id(grid, row, columns["indicator_id"])
        formulas = _formula_problems(grid, row, None, problems)
        raw = grid.value(row, columns["value"])
        if indicator_id is None or indicator_id not in allowed or indicator_id in seen:
            continue
        seen.add(indicator_id)
        if columns["value"] in formulas or not cell_text(raw):
            continue
        number = cell_number(raw)
        if number is None:
            written = cell_text(raw)[:30]
            problems.append(SheetProblem.of(SheetProblemKind.BAD_NUMBER, row, text=written))
            continue
        found.append(FilledIndicator(indicator_id, row, number))
    return found


__all__ = [
    "LEAD",
    "FilledIndicator",
    "FilledRow",
    "FilledSheet",
    "SheetProblem",
    "SheetProblemKind",
    "read_office_sheet",
    "SHEET_LIMITS",
]
