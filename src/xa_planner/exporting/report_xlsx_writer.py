"""The monthly report's workbook: its tables print-ready on A4, figures as numbers, plus the hidden DATA sheet."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from xa_planner.domain.monthly_report import MonthlyReport, Remark
from xa_planner.exporting import nd30
from xa_planner.exporting.appendix_xlsx_writer import (
    CELL_PADDING_PT,
    GRID,
    LINE_HEIGHT_PT,
    page_setup,
    set_text,
    times_as_normal_font,
    width_units,
)
from xa_planner.exporting.atomic_output import save_zip_package
from xa_planner.exporting.report_document import DATA_COLUMNS, DATA_SCHEMA, DATA_SHEET
from xa_planner.exporting.report_tables import (
    ReportTable,
    focus_table,
    indicator_table,
    office_table,
    status_table,
    task_table,
)
from xa_planner.exporting.table_widths import (
    CellFont,
    column_widths,
    glued_rows,
    header_text,
    kept_whole,
    wrapped_lines,
)

_SIZE = 12
_BOLD = Font(name=nd30.FONT_NAME, size=_SIZE, bold=True)
_PLAIN = Font(name=nd30.FONT_NAME, size=_SIZE)
_WRAP = Alignment(wrap_text=True, vertical="top")
_WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
_COUNT = re.compile(r"^\d+$")
_PERCENT = re.compile(r"^(\d+)(?:,(\d+))?%$")  # "78,21%", as the report's tables write ratios
_FONT = CellFont(_SIZE, CELL_PADDING_PT)
_LABEL_SHARE = 0.3  # of the "Báo cáo" sheet's width, for its labels


def printable_width_pt() -> float:
    """A4 portrait between ND 30 margins, less a little room so no program shrinks the page."""
    margins = nd30.PORTRAIT_MARGINS
    return (nd30.A4_MM[0] - margins.left - margins.right) * nd30.POINTS_PER_MM * 0.96


def _figure(ws: Worksheet, row: int, column: int, text: str):
    """A count as a whole number, a ratio as a percentage the province can add up; text stays text."""
    percent = _PERCENT.match(text)
    if _COUNT.match(text):
        cell = ws.cell(row=row, column=column, value=int(text))
        cell.number_format = "0"
    elif percent:
        whole, decimals = percent.group(1), percent.group(2) or ""
        cell = ws.cell(row=row, column=column, value=float(f"{whole}.{decimals or 0}") / 100)
        cell.number_format = "0." + "0" * len(decimals) + "%" if decimals else "0%"
    else:
        cell = set_text(ws, row, column, text)
    return cell


def _fit_rows(ws: Worksheet, first: int, widths: list[float]) -> None:
    """Each row as tall as its most wrapped cell."""
    for row in ws.iter_rows(min_row=first, max_col=len(widths)):
        lines = max(
            wrapped_lines(str(c.value or ""), w - CELL_PADDING_PT, _SIZE, bool(c.font.b))
            for c, w in zip(row, widths, strict=True)
        )
        ws.row_dimensions[row[0].row].height = lines * LINE_HEIGHT_PT + 3


def _iso(day) -> str:
    return day.isoformat() if day else ""


def _put(ws: Worksheet, row: int, column: int, value) -> None:
    """Text always as a string cell (never a formula); numbers as numbers; None and "" left empty."""
    if value is None or value == "":
        return
    if isinstance(value, str):
        set_text(ws, row, column, value)
    else:
        ws.cell(row=row, column=column, value=value)


def _table_sheet(wb: Workbook, name: str, report: MonthlyReport, table: ReportTable) -> None:
    """A report table on A4 portrait at full size: widths from its content, header on every page."""
    ws = wb.create_sheet(name)
    set_text(ws, 1, 1, f"{report.commune_title} - {report.summary}").font = _BOLD
    set_text(ws, 2, 1, table.caption).font = _BOLD
    rows = glued_rows(table.rows)  # no break in "≥ 100%" or a short office name
    widths = column_widths(table.columns, rows, printable_width_pt(), _FONT)
    for column, (title, width) in enumerate(zip(table.columns, widths, strict=True), start=1):
        cell = set_text(ws, 4, column, header_text(title, width, _FONT))
        cell.font, cell.alignment, cell.border = _BOLD, _WRAP_CENTER, GRID
        ws.column_dimensions[cell.column_letter].width = width_units(width)
    for row_index, values in enumerate(rows, start=5):
        for column, (text, width) in enumerate(zip(values, widths, strict=True), start=1):
            cell = _figure(ws, row_index, column, kept_whole(text, width - CELL_PADDING_PT, _SIZE))
            cell.font, cell.alignment, cell.border = _PLAIN, _WRAP, GRID
    _fit_rows(ws, 4, widths)
    ws.freeze_panes = "A5"
    page_setup(ws, landscape=False)
    ws.print_title_rows = "4:4"


def _remarks_sheet(wb: Workbook, report: MonthlyReport) -> None:
    ws = wb.create_sheet("Khó khăn - Đề xuất")
    for column, title in enumerate(("Loại", "Đơn vị", "Nội dung"), start=1):
        set_text(ws, 1, column, title).font = _BOLD
    row = 2
    groups: tuple[tuple[str, tuple[Remark, ...]], ...] = (
        ("Khó khăn, vướng mắc", report.difficulties),
        ("Đề xuất, kiến nghị", report.proposals),
    )
    for kind, remarks in groups:
        for remark in remarks:
            for column, text in enumerate((kind, remark.office, remark.text), start=1):
                cell = set_text(ws, row, column, text)
                cell.font, cell.alignment = _PLAIN, _WRAP
            row += 1
    widths = [share * printable_width_pt() for share in (0.2, 0.25, 0.55)]
    for letter, width in zip("ABC", widths, strict=True):
        ws.column_dimensions[letter].width = width_units(width)
    _fit_rows(ws, 1, widths)
    page_setup(ws, landscape=False)
    ws.print_title_rows = "1:1"


def data_rows(report: MonthlyReport) -> list[dict[str, Any]]:
    """The DATA sheet's records: one "report" row, then one per task and one per indicator.

    Every row names its commune and month; the dates of the report are on its own row only.
    """
    common = {
        "schema": DATA_SCHEMA,
        "commune": report.commune,
        "province": report.province,
        "month": report.period_key,
    }
    head = {
        "record_type": "report",
        "window_start": _iso(report.window_start),
        "window_end": _iso(report.window_end),
        "deadline": _iso(report.deadline),
        "prepared_on": _iso(report.prepared_on),
    }
    rows: list[dict[str, Any]] = [common | head]
    rows += [
        common
        | {
            "record_type": "task",
            "task_ref": t.ref,
            "task_content": t.content,
            "lead_office": t.lead,
            "due": _iso(t.due),
            "recurrence": t.recurrence or "",
            "status_class": t.status_class,
            "status_label": t.status_label,
            "result_note": t.result_note,
        }
        for t in report.tasks
    ]
    rows += [
        common
        | {
            "record_type": "indicator",
            "indicator": i.name,
            "indicator_kind": i.kind,
            "unit": i.unit,
            "cumulative": "yes" if i.cumulative else "no",
            "direction": i.direction,
            "numerator": i.numerator,
            "denominator": i.denominator,
            "value": i.measured,
            "assigned_level": i.assigned_level,
            "met": "" if i.met is None else ("yes" if i.met else "no"),
            "margin": i.margin,
        }
        for i in report.indicators
    ]
    return rows


def _data_sheet(wb: Workbook, report: MonthlyReport) -> None:
    ws = wb.create_sheet(DATA_SHEET)
    for column, name in enumerate(DATA_COLUMNS, start=1):
        set_text(ws, 1, column, name).font = _BOLD
    for row_index, record in enumerate(data_rows(report), start=2):
        for column, name in enumerate(DATA_COLUMNS, start=1):
            _put(ws, row_index, column, record.get(name, ""))
    ws.freeze_panes = "A2"
    ws.sheet_state = "hidden"  # for the province's consolidation, not for print


def _summary_sheet(wb: Workbook, report: MonthlyReport) -> None:
    """Labels and values side by side on one portrait page; the task total is a number."""
    ws = wb.active
    ws.title = "Báo cáo"
    lines = (
        ("Đơn vị báo cáo", report.commune_title),
        ("Tỉnh", report.province),
        ("Tháng báo cáo", report.month_label),
        ("Kỳ báo cáo", report.period_line.strip("()")),
        ("Hạn gửi báo cáo", report.deadline.strftime("%d/%m/%Y")),
        ("Kế hoạch", report.plan_title),
        ("Tổng số nhiệm vụ", str(report.task_total)),
    )
    title = set_text(ws, 1, 1, f"{report.title} {report.summary}")
    title.font = _BOLD
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2)
    for row, (label, value) in enumerate(lines, start=3):
        label_cell = set_text(ws, row, 1, label)
        label_cell.font, label_cell.alignment = _BOLD, _WRAP
        value_cell = _figure(ws, row, 2, value)
        value_cell.font, value_cell.alignment = (
            _PLAIN,
            Alignment(wrap_text=True, horizontal="left", vertical="top"),
        )
    total = printable_width_pt()
    widths = [total * _LABEL_SHARE, total * (1 - _LABEL_SHARE)]
    for letter, width in zip("AB", widths, strict=True):
        ws.column_dimensions[letter].width = width_units(width)
    _fit_rows(ws, 3, widths)
    page_setup(ws, landscape=False)


def write_report_xlsx(report: MonthlyReport, path: str | os.PathLike[str]) -> Path:
    """Write the report's tables and its DATA sheet as .xlsx at *path* (atomically)."""
    wb = Workbook()
    times_as_normal_font(wb)
    _summary_sheet(wb, report)
    _table_sheet(wb, "Đơn vị", report, office_table(report))
    _table_sheet(wb, "Chỉ tiêu", report, indicator_table(report))
    _table_sheet(wb, "Tình trạng", report, status_table(report))
    _table_sheet(wb, "Nhiệm vụ", report, task_table(report))
    _table_sheet(wb, "Tháng tới", report, focus_table(report))
    _remarks_sheet(wb, report)
    _data_sheet(wb, report)
    return save_zip_package(wb, path)
