"""One office's monthly sheet as .xlsx: its tasks to fill in, locked where it must not type.

The sheet is protected *without a password*: protection only keeps people from typing over
the task columns by accident. A password would add no security (Excel's sheet password is a
weak legacy hash, removed in seconds) but would stop an honest office from fixing a layout,
and the reader accepts sheets whose protection was removed anyway. What makes a returned
sheet trustworthy is the HMAC in the very hidden "_xa_id" sheet, checked on import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from xa_planner.domain.office_sheets import LEAD, STATUS_LABELS, SheetIdentification
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.domain.text import nfc
from xa_planner.exporting import nd30
from xa_planner.exporting.atomic_output import save_zip_package

SHEET_TITLE = "Phiếu báo cáo"
ID_SHEET = "_xa_id"
TASK_COLUMNS = (  # (header, width, editable by a lead office)
    ("STT", 5, False),
    ("Số hiệu", 8, False),
    ("Nhiệm vụ", 46, False),
    ("Vai trò", 10, False),
    ("Thời hạn", 12, False),
    ("Tháng trước", 24, False),
    ("Tình trạng tháng này", 18, True),
    ("Ngày hoàn thành", 13, True),
    ("Kết quả thực hiện", 32, True),
    ("Khó khăn, vướng mắc", 26, True),
    ("Đề xuất, kiến nghị", 26, True),
    ("Mã NV", 7, False),
)
INDICATOR_HEADERS = {
    1: "STT",
    3: "Chỉ tiêu",
    4: "Đơn vị tính",
    5: "Mức giao",
    6: "Tháng trước",
    7: "Kết quả tháng này",
    12: "Mã CT",
}
STATUS_COLUMN, LAST_COLUMN = 7, len(TASK_COLUMNS)
ROLE_LABELS = {LEAD: "Chủ trì", "support": "Phối hợp"}
SUPPORT_NOTE = "(đơn vị chủ trì báo cáo)"
_THIN = Side(style="thin", color="000000")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")
_LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
_UNLOCKED = Protection(locked=False)


@dataclass(frozen=True)
class SheetTaskRow:
    task_id: int
    ref: str
    content: str
    role: str  # LEAD or SUPPORT
    due_text: str
    previous_status: ProgressStatus | None = None
    previous_note: str = ""
    status: ProgressStatus | None = None
    completed_on: dt.date | None = None
    result_note: str = ""
    difficulties: str = ""
    proposals: str = ""


@dataclass(frozen=True)
class SheetIndicatorRow:
    indicator_id: int
    name: str
    unit: str
    assigned_level: float | None
    last_value: float | None
    value: float | None = None


@dataclass(frozen=True)
class OfficeSheet:
    """Everything one office's sheet shows for one month."""

    commune: str
    province: str
    plan_id: int
    plan_title: str
    month_label: str  # "06/2026"
    office_id: int
    office_name: str
    instructions: tuple[str, ...]
    identification: SheetIdentification
    rows: tuple[SheetTaskRow, ...] = ()
    indicators: tuple[SheetIndicatorRow, ...] = field(default_factory=tuple)


def _font(bold: bool = False, italic: bool = False, size: float = 12) -> Font:
    return Font(name=nd30.FONT_NAME, size=size, bold=bold, italic=italic)


def _text(ws: Worksheet, row: int, column: int, text: str, font: Font | None = None):
    """A string cell, never a formula, whatever the text starts with."""
    cell = ws.cell(row=row, column=column)
    cell.value = nfc(text or "")
    cell.data_type = "s"
    cell.font = font or _font()
    return cell


def _banner(ws: Worksheet, row: int, text: str, font: Font, height: float = 18) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAST_COLUMN)
    cell = _text(ws, row, 1, text, font)
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[row].height = height


def _top(ws: Worksheet, sheet: OfficeSheet) -> int:
    """Title, office, plan and instructions; returns the next free row."""
    _banner(ws, 1, f"UBND XÃ {sheet.commune.upper()} — ĐỀ ÁN 06", _font(True))
    _banner(ws, 2, f"PHIẾU BÁO CÁO TIẾN ĐỘ THÁNG {sheet.month_label}", _font(True, size=14), 22)
    _banner(ws, 3, f"Đơn vị: {sheet.office_name}", _font(True))
    _banner(ws, 4, f"Kế hoạch: {sheet.plan_title}", _font(italic=True), 32)
    row = 5
    for line in sheet.instructions:
        _banner(ws, row, line, _font(italic=True, size=11), 30)
        row += 1
    return row + 1


def _header(ws: Worksheet, row: int, titles: dict[int, str]) -> None:
    for column, title in titles.items():
        cell = _text(ws, row, column, title, _font(True))
        cell.alignment, cell.border = _CENTER, _GRID
    ws.row_dimensions[row].height = 34


def _previous(task: SheetTaskRow) -> str:
    label = STATUS_LABELS.get(task.previous_status, "") if task.previous_status else ""
    return "\n".join(part for part in (label, task.previous_note) if part)


def _task_values(index: int, task: SheetTaskRow) -> list[str]:
    lead = task.role == LEAD
    return [
        str(index),
        task.ref,
        task.content,
        ROLE_LABELS.get(task.role, task.role),
        task.due_text,
        _previous(task),
        STATUS_LABELS.get(task.status, "")
        if lead and task.status
        else ("" if lead else SUPPORT_NOTE),
        task.completed_on.strftime("%d/%m/%Y") if lead and task.completed_on else "",
        task.result_note if lead else "",
        task.difficulties if lead else "",
        task.proposals if lead else "",
        str(task.task_id),
    ]


def _task_row(ws: Worksheet, row: int, index: int, task: SheetTaskRow) -> None:
    lead = task.role == LEAD
    for column, text in enumerate(_task_values(index, task), start=1):
        cell = _text(ws, row, column, text)
        cell.border, cell.alignment = _GRID, _WRAP
        if TASK_COLUMNS[column - 1][2] and lead:
            cell.protection, cell.fill = _UNLOCKED, _INPUT_FILL
        elif not lead:
            cell.fill = _LOCKED_FILL
    lines = max(2, len(task.content) // 50 + 1, len(task.result_note) // 34 + 1)
    ws.row_dimensions[row].height = min(15.75 * lines + 4, 300)


def _status_list(ws: Worksheet) -> DataValidation:
    choices = ",".join(STATUS_LABELS.values())  # 83 characters: far under Excel's 255
    validation = DataValidation(
        type="list",
        formula1=f'"{choices}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Tình trạng",
        error="Hãy chọn một tình trạng trong danh sách.",
        promptTitle="Tình trạng",
        prompt="Chọn trong danh sách",
        showInputMessage=True,
    )
    ws.add_data_validation(validation)
    return validation


def _tasks(ws: Worksheet, sheet: OfficeSheet, row: int) -> int:
    _header(ws, row, {i: c[0] for i, c in enumerate(TASK_COLUMNS, start=1)})
    ws.print_title_rows = f"{row}:{row}"
    ws.freeze_panes = ws.cell(row=row + 1, column=4)
    validation = _status_list(ws)
    for index, task in enumerate(sheet.rows, start=1):
        _task_row(ws, row + index, index, task)
        if task.role == LEAD:
            validation.add(ws.cell(row=row + index, column=STATUS_COLUMN).coordinate)
    if not sheet.rows:
        _banner(ws, row + 1, "(Đơn vị không có nhiệm vụ trong tháng này.)", _font(italic=True))
        return row + 3
    return row + len(sheet.rows) + 2


def _number(value: float | None) -> float | str:
    return "" if value is None else round(value, 2)


def _indicators(ws: Worksheet, sheet: OfficeSheet, row: int) -> None:
    if not sheet.indicators:
        return
    _banner(
        ws,
        row,
        "CHỈ TIÊU (ghi kết quả đạt được đến hết tháng vào cột “Kết quả tháng này”)",
        _font(True),
    )
    _header(ws, row + 1, INDICATOR_HEADERS)
    for index, item in enumerate(sheet.indicators, start=1):
        current = row + 1 + index
        values = {1: str(index), 3: item.name, 4: item.unit, 12: str(item.indicator_id)}
        for column in range(1, LAST_COLUMN + 1):
            cell = _text(ws, current, column, values.get(column, ""))
            cell.border, cell.alignment = _GRID, _WRAP
        for column, number in ((5, item.assigned_level), (6, item.last_value), (7, item.value)):
            ws.cell(row=current, column=column).value = _number(number)
        ws.cell(row=current, column=7).protection = _UNLOCKED
        ws.cell(row=current, column=7).fill = _INPUT_FILL
        ws.row_dimensions[current].height = min(15.75 * (len(item.name) // 50 + 1) + 4, 200)


def _page_setup(ws: Worksheet) -> None:
    for index, (_title, width, _edit) in enumerate(TASK_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # else fitToWidth is ignored
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.page_margins = PageMargins(left=0.6, right=0.4, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.protection.sheet = True  # no password: see the module docstring
    ws.protection.formatColumns = ws.protection.formatRows = False  # resizing stays allowed


def _identification(wb: Workbook, ident: SheetIdentification) -> None:
    ws = wb.create_sheet(ID_SHEET)
    ws.sheet_state = "veryHidden"
    rows = [
        ("format", ident.version),
        ("commune", ident.commune),
        ("plan_id", str(ident.plan_id)),
        ("month", ident.period_key),
        ("office_id", str(ident.office_id)),
        ("office_name", ident.office_name),
        ("checksum", ident.checksum),
    ]
    rows += [("lead_task", str(t)) for t in ident.lead_task_ids]
    rows += [("support_task", str(t)) for t in ident.support_task_ids]
    rows += [("indicator", str(i)) for i in ident.indicator_ids]
    for number, (key, value) in enumerate(rows, start=1):
        _text(ws, number, 1, key)
        _text(ws, number, 2, value)  # ids as text: no "12.0" after a LibreOffice round trip
    ws.protection.sheet = True


def build_workbook(sheet: OfficeSheet) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    row = _top(ws, sheet)
    row = _tasks(ws, sheet, row)
    _indicators(ws, sheet, row)
    _page_setup(ws)
    _identification(wb, sheet.identification)
    return wb


def write_office_sheet(sheet: OfficeSheet, path: Path) -> Path:
    """Write the sheet to *path* atomically; raises ExportError when it cannot be written."""
    workbook = build_workbook(sheet)
    return save_zip_package(workbook, path)
