"""The monthly report's tables as rows of text, shared by the .pdf, .docx and .xlsx writers."""

from __future__ import annotations

from dataclasses import dataclass

from xa_planner.exporting.report_document import (
    FOCUS_COLUMNS,
    INDICATOR_COLUMNS,
    OFFICE_COLUMNS,
    TASK_COLUMNS,
    MonthlyReport,
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


def office_table(report: MonthlyReport) -> ReportTable:
    rows = tuple(
        (str(i), o.office, str(o.led), str(o.done), str(o.in_progress), str(o.overdue))
        for i, o in enumerate(report.offices, start=1)
    )
    total = (
        "",
        "Tổng cộng",
        *(
            str(sum(getattr(o, f) for o in report.offices))
            for f in ("led", "done", "in_progress", "overdue")
        ),
    )
    return ReportTable(
        "1. Kết quả thực hiện nhiệm vụ của các đơn vị",
        OFFICE_COLUMNS,
        rows + (total,),
        (0.07, 0.37, 0.14, 0.14, 0.14, 0.14),
        frozenset({0, 2, 3, 4, 5}),
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
    total = report.task_total
    rows = tuple(
        (str(i), c.label, str(c.count), _share(c.count, total))
        for i, c in enumerate((c for c in report.status_counts if c.count), start=1)
    )
    return ReportTable(
        "3. Số nhiệm vụ theo tình trạng thực hiện",
        ("TT", "Tình trạng", "Số nhiệm vụ", "Tỷ lệ"),
        rows + (("", "Tổng cộng", str(total), "100%" if total else "0%"),),
        (0.08, 0.52, 0.2, 0.2),
        frozenset({0, 2, 3}),
    )


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
