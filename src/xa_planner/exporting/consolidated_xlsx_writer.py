"""The province's consolidated workbook: who reported, who is missing or late, statuses and indicators by commune."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from xa_planner.domain.text import nfc
from xa_planner.exporting import nd30
from xa_planner.exporting.atomic_output import save_zip_package

_BOLD = Font(name=nd30.FONT_NAME, size=12, bold=True)


@dataclass(frozen=True)
class Submission:
    """One commune's report as received: status counts by class, in the writer's class order."""

    commune: str
    province: str
    month: str
    file_name: str
    prepared_on: str
    deadline: str
    on_time: bool | None
    status_counts: tuple[int, ...]
    done_percent: float
    note: str = ""


@dataclass(frozen=True)
class IndicatorResult:
    commune: str
    month: str
    indicator: str
    value: float | None
    assigned_level: float | None
    met: bool | None
    margin: float | None


@dataclass(frozen=True)
class ConsolidatedReport:
    """Everything the consolidated workbook shows; texts are already in Vietnamese."""

    month: str
    status_labels: tuple[str, ...]
    submissions: tuple[Submission, ...]
    missing: tuple[str, ...]
    indicators: tuple[IndicatorResult, ...]
    problems: tuple[tuple[str, str], ...]  # (file, what is wrong)


def _row(ws, values, bold: bool = False) -> None:
    """Append a row: text always as string cells (never formulas), numbers as numbers."""
    cells = []
    for value in values:
        cell = WriteOnlyCell(ws, value=nfc(value) if isinstance(value, str) else value)
        if isinstance(value, str):
            cell.data_type = "s"
        if bold:
            cell.font = _BOLD
        cells.append(cell)
    ws.append(cells)


def _yes_no(flag: bool | None, yes: str, no: str) -> str:
    return "" if flag is None else (yes if flag else no)


def _submissions_sheet(wb: Workbook, report: ConsolidatedReport) -> None:
    ws = wb.create_sheet("Đã báo cáo")
    title = f"TỔNG HỢP BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN 06 {report.month or ''}".strip()
    _row(ws, [title], bold=True)
    _row(
        ws, ["TT", "Xã", "Tỉnh", "Tháng", "Tệp", "Ngày lập", "Hạn gửi", "Đúng hạn", "Ghi chú"], True
    )
    for i, s in enumerate(report.submissions, start=1):
        on_time = _yes_no(s.on_time, "Đúng hạn", "Muộn")
        _row(
            ws,
            [
                i,
                s.commune,
                s.province,
                s.month,
                s.file_name,
                s.prepared_on,
                s.deadline,
                on_time,
                s.note,
            ],
        )
    _row(ws, [])
    _row(ws, ["Chưa báo cáo"], bold=True)
    for i, name in enumerate(report.missing, start=1):
        _row(ws, [i, name])


def _status_sheet(wb: Workbook, report: ConsolidatedReport) -> None:
    ws = wb.create_sheet("Tình trạng nhiệm vụ")
    _row(ws, ["TT", "Xã", "Tháng", *report.status_labels, "Tổng số", "Tỷ lệ hoàn thành (%)"], True)
    for i, s in enumerate(report.submissions, start=1):
        _row(
            ws,
            [
                i,
                s.commune,
                s.month,
                *s.status_counts,
                sum(s.status_counts),
                round(s.done_percent, 1),
            ],
        )


def _indicator_sheets(wb: Workbook, report: ConsolidatedReport) -> None:
    ws = wb.create_sheet("Chỉ tiêu")
    _row(ws, ["Xã", "Tháng", "Chỉ tiêu", "Kết quả", "Mức giao", "Đánh giá", "Chênh lệch"], True)
    for r in report.indicators:
        _row(
            ws,
            [
                r.commune,
                r.month,
                r.indicator,
                r.value,
                r.assigned_level,
                _yes_no(r.met, "Đạt", "Chưa đạt"),
                r.margin,
            ],
        )
    names = list(dict.fromkeys(r.indicator for r in report.indicators))
    pivot = wb.create_sheet("Chỉ tiêu theo xã")
    _row(pivot, ["Xã", "Tháng", *names], bold=True)
    table: dict[tuple[str, str], dict[str, float | None]] = {}
    for r in report.indicators:
        table.setdefault((r.commune, r.month), {})[r.indicator] = r.value
    for (commune, month), values in table.items():
        _row(pivot, [commune, month, *(values.get(n) for n in names)])


def _problems_sheet(wb: Workbook, report: ConsolidatedReport) -> None:
    ws = wb.create_sheet("Tệp có vấn đề")
    _row(ws, ["TT", "Tệp", "Vấn đề"], bold=True)
    for i, (file_name, problem) in enumerate(report.problems, start=1):
        _row(ws, [i, file_name, problem])


def write_consolidated_xlsx(report: ConsolidatedReport, path: str | os.PathLike[str]) -> Path:
    """Write the consolidated workbook at *path* (atomically), streaming its rows."""
    wb = Workbook(write_only=True)
    _submissions_sheet(wb, report)
    _status_sheet(wb, report)
    _indicator_sheets(wb, report)
    _problems_sheet(wb, report)
    return save_zip_package(wb, path)
