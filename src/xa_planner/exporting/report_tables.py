"""The monthly report's tables as rows of text, shared by the .pdf, .docx and .xlsx writers."""

from __future__ import annotations

from dataclasses import dataclass

from xa_planner.domain.monthly_report import MonthlyReport
from xa_planner.domain.status_labels import STATUS_LABELS, STATUS_ORDER
from xa_planner.domain.statuses import ProgressStatus, ReportCategory, Timing
from xa_planner.exporting.report_document import (
    FOCUS_COLUMNS,
    INDICATOR_COLUMNS,
    OFFICE_COLUMNS,
    STATUS_COLUMNS,
    TASK_COLUMNS,
)


@dataclass(frozen=True)
class ReportTable:
    """A captioned grid: column titles, rows of text, column width shares, centred columns."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    shares: tuple[float, ...]
    centred: frozenset[int] = frozenset({0})


def _dmy(day) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


@dataclass(frozen=True)
class StatusRow:
    """One status of the status × timing table; None where a timing does not apply."""

    status: ProgressStatus
    on_time: int | None
    overdue: int | None
    undated: int | None
    total: int


def status_rows(report: MonthlyReport) -> tuple[StatusRow, ...]:
    """Hoàn thành, đang thực hiện, chưa triển khai by timing, then không thực hiện."""
    by = {c.status_class: c.count for c in report.status_counts}
    rows = []
    for status in STATUS_ORDER:
        if status is ProgressStatus.DROPPED:
            rows.append(StatusRow(status, None, None, None, by.get(ReportCategory.DROPPED, 0)))
            continue
        on_time, overdue, undated = (by.get(_category(status, timing), 0) for timing in _TIMINGS)
        rows.append(StatusRow(status, on_time, overdue, undated, on_time + overdue + undated))
    return tuple(rows)


_TIMINGS = (Timing.ON_TIME, Timing.OVERDUE, None)


def _category(status: ProgressStatus, timing: Timing | None) -> ReportCategory:
    return next(c for c in ReportCategory if c.status is status and c.timing is timing)


def office_table(report: MonthlyReport) -> ReportTable:
    rows = tuple(
        (str(i), o.office, *map(str, o.cells())) for i, o in enumerate(report.offices, start=1)
    )
    sums = [sum(column) for column in zip(*(o.cells() for o in report.offices), strict=True)]
    total = ("", "Tổng cộng", *map(str, sums or [0] * 6))
    return ReportTable(
        "1. Kết quả thực hiện nhiệm vụ của các đơn vị",
        OFFICE_COLUMNS,
        rows + (total,),
        (0.06, 0.28, 0.11, 0.11, 0.11, 0.11, 0.11, 0.11),
        frozenset({0, 2, 3, 4, 5, 6, 7}),
    )


def indicator_table(report: MonthlyReport) -> ReportTable:
    return ReportTable(
        "2. Kết quả thực hiện các chỉ tiêu Đề án 06",
        INDICATOR_COLUMNS,
        tuple(line.cells() for line in report.indicators),
        (0.06, 0.32, 0.13, 0.1, 0.12, 0.27),
        frozenset({0, 2, 3, 4}),
    )


def status_table(report: MonthlyReport) -> ReportTable:
    """Tasks by status (rows) and timing (columns); the undated ones counted beside them."""
    lines = status_rows(report)
    total = sum(line.total for line in lines)
    rows = tuple(
        (
            str(i),
            STATUS_LABELS[line.status],
            *(_count(n) for n in (line.on_time, line.overdue, line.undated)),
            str(line.total),
            _share(line.total, total),
        )
        for i, line in enumerate(lines, start=1)
    )
    sums = (sum(getattr(line, f) or 0 for line in lines) for f in ("on_time", "overdue", "undated"))
    footer = ("", "Tổng cộng", *map(str, sums), str(total), "100%" if total else "0%")
    return ReportTable(
        "3. Số nhiệm vụ theo tình trạng và thời hạn thực hiện",
        STATUS_COLUMNS,
        rows + (footer,),
        (0.06, 0.24, 0.15, 0.12, 0.15, 0.13, 0.15),
        frozenset({0, 2, 3, 4, 5, 6}),
    )


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def task_table(report: MonthlyReport) -> ReportTable:
    rows = tuple(
        (t.ref or str(i), t.content, t.lead, _due_text(t), t.status_label, t.result_note)
        for i, t in enumerate(report.tasks, start=1)
    )
    return ReportTable(
        f"TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ THÁNG {report.month_label}",
        TASK_COLUMNS,
        rows,
        (0.07, 0.35, 0.15, 0.11, 0.13, 0.19),
        frozenset({0, 3}),
    )


def focus_table(report: MonthlyReport) -> ReportTable:
    rows = tuple(
        (str(i), t.content, t.lead, _due_text(t)) for i, t in enumerate(report.next_focus, start=1)
    )
    return ReportTable(
        "Nhiệm vụ trọng tâm tháng tới",
        FOCUS_COLUMNS,
        rows,
        (0.07, 0.58, 0.2, 0.15),
        frozenset({0, 3}),
    )


def _share(part: int, whole: int) -> str:
    if not whole:
        return "0%"
    return f"{100.0 * part / whole:.1f}".replace(".", ",") + "%"


def _due_text(task) -> str:
    return _dmy(task.due) or ("Thường xuyên" if task.recurrence else "")
