"""The monthly report's data workbook: the report's tables, plus the machine-readable DATA sheet."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from xa_planner.exporting import nd30
from xa_planner.exporting.appendix_xlsx_writer import set_text
from xa_planner.exporting.atomic_output import save_zip_package
from xa_planner.exporting.report_document import (
    DATA_COLUMNS,
    DATA_SCHEMA,
    DATA_SHEET,
    MonthlyReport,
    Remark,
)
from xa_planner.exporting.report_tables import (
    ReportTable,
    focus_table,
    indicator_table,
    office_table,
    status_table,
    task_table,
)

_BOLD = Font(name=nd30.FONT_NAME, size=12, bold=True)
_PLAIN = Font(name=nd30.FONT_NAME, size=12)
_WRAP = Alignment(wrap_text=True, vertical="top")
_WIDTH_UNITS = 110  # the whole table's width in Excel character units


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
    ws = wb.create_sheet(name)
    set_text(ws, 1, 1, f"{report.commune_title} - {report.summary}").font = _BOLD
    set_text(ws, 2, 1, table.caption).font = _BOLD
    for column, title in enumerate(table.columns, start=1):
        set_text(ws, 4, column, title).font = _BOLD
        letter = ws.cell(row=4, column=column).column_letter
        ws.column_dimensions[letter].width = max(6, table.shares[column - 1] * _WIDTH_UNITS)
    for row_index, values in enumerate(table.rows, start=5):
        for column, text in enumerate(values, start=1):
            cell = set_text(ws, row_index, column, text)
            cell.alignment = _WRAP
    ws.freeze_panes = "A5"


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
                set_text(ws, row, column, text).alignment = _WRAP
            row += 1
    for letter, width in (("A", 22), ("B", 28), ("C", 80)):
        ws.column_dimensions[letter].width = width


def data_rows(report: MonthlyReport) -> list[dict]:
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
    rows = [common | head]
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


def _summary_sheet(wb: Workbook, report: MonthlyReport) -> None:
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
    set_text(ws, 1, 1, f"{report.title} {report.summary}").font = _BOLD
    for row, (label, value) in enumerate(lines, start=3):
        set_text(ws, row, 1, label).font = _BOLD
        set_text(ws, row, 2, value).font = _PLAIN
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90


def write_report_xlsx(report: MonthlyReport, path: str | os.PathLike[str]) -> Path:
    """Write the report's tables and its DATA sheet as .xlsx at *path* (atomically)."""
    wb = Workbook()
    _summary_sheet(wb, report)
    _table_sheet(wb, "Đơn vị", report, office_table(report))
    _table_sheet(wb, "Chỉ tiêu", report, indicator_table(report))
    _table_sheet(wb, "Tình trạng", report, status_table(report))
    _table_sheet(wb, "Nhiệm vụ", report, task_table(report))
    _table_sheet(wb, "Tháng tới", report, focus_table(report))
    _remarks_sheet(wb, report)
    _data_sheet(wb, report)
    return save_zip_package(wb, path)
