"""Build the monthly report's tables and default texts from the month's plain data (no I/O)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from xa_planner.domain.indicators import Indicator, IndicatorKind, IndicatorValue, assess
from xa_planner.domain.periods import Period
from xa_planner.domain.status_labels import (
    CLASS_ORDER,
    DONE_CLASSES,
    OVERDUE_CLASSES,
    class_label,
)
from xa_planner.domain.statuses import StatusClass
from xa_planner.domain.text import fold
from xa_planner.exporting.report_document import (
    IndicatorLine,
    OfficeLine,
    Remark,
    StatusCount,
    TaskLine,
)
from xa_planner.services.views import TrackingRow

# Recurrences that bring a task back every month; quarterly/yearly ones only in their month.
_EVERY_MONTH = {"monthly", "continuous"}


def vn_number(value: float, decimals: int = 0) -> str:
    """Vietnamese figures: "." between thousands, "," before decimals ("4.200", "68,48")."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def vn_date(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def status_counts(rows: list[TrackingRow]) -> tuple[StatusCount, ...]:
    tally = Counter(row.status_class for row in rows)
    return tuple(StatusCount(c.value, class_label(c), tally.get(c, 0)) for c in CLASS_ORDER)


def office_lines(rows: list[TrackingRow]) -> tuple[OfficeLine, ...]:
    """Per lead office: tasks led, done, still running within time, overdue (plan order)."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        counts = tally[row.lead_office or "(chưa giao)"]
        counts[0] += 1
        if row.status_class in DONE_CLASSES:
            counts[1] += 1
        elif row.status_class in OVERDUE_CLASSES:
            counts[3] += 1
        elif row.status_class is not StatusClass.DROPPED:
            counts[2] += 1
    return tuple(OfficeLine(name, *counts) for name, counts in tally.items())


def task_lines(rows: list[TrackingRow], recurrences: dict[int, str | None]) -> tuple[TaskLine, ...]:
    return tuple(
        TaskLine(
            ref=row.ref,
            content=row.content,
            lead=row.lead_office,
            due=row.due,
            status_class=row.status_class.value,
            status_label=class_label(row.status_class),
            result_note=row.result_note,
            recurrence=recurrences.get(row.task_id),
        )
        for row in rows
    )


def recurs_in(recurrence: str | None, period: Period) -> bool:
    if recurrence in _EVERY_MONTH:
        return True
    if recurrence == "quarterly":
        return period.month % 3 == 0
    return recurrence == "yearly" and period.month == 12


def next_focus(tasks: Iterable[TaskLine], next_period: Period) -> tuple[TaskLine, ...]:
    """Next month's work: unfinished tasks due in it (by date), then the recurring ones."""
    first, last = next_period.first_day(), next_period.last_day()
    closed = {c.value for c in DONE_CLASSES} | {StatusClass.DROPPED.value}
    tasks = list(tasks)
    dated = [t for t in tasks if t.due and first <= t.due <= last and t.status_class not in closed]
    recurring = [t for t in tasks if t.due is None and recurs_in(t.recurrence, next_period)]
    return tuple(sorted(dated, key=lambda t: t.due) + recurring)


def remarks(rows: list[TrackingRow], field: str) -> tuple[Remark, ...]:
    """Difficulties or proposals of the month, each office's identical texts said once."""
    seen: set[tuple[str, str]] = set()
    found = []
    for row in rows:
        text = getattr(row, field).strip()
        key = (row.lead_office, fold(text).strip(" .;"))
        if text and key not in seen:
            seen.add(key)
            found.append(Remark(row.lead_office or "(chưa giao)", text))
    return tuple(found)


def indicator_lines(
    indicators: list[Indicator], values: dict[int, IndicatorValue]
) -> tuple[IndicatorLine, ...]:
    return tuple(
        _indicator_line(index, indicator, values.get(indicator.id))
        for index, indicator in enumerate(indicators, start=1)
    )


def _indicator_line(
    index: int, indicator: Indicator, value: IndicatorValue | None
) -> IndicatorLine:
    measured = value.measured(indicator.kind) if value else None
    met, margin = assess(indicator, measured)
    return IndicatorLine(
        number=str(index),
        name=indicator.name,
        result=_result_text(indicator, value),
        ratio=_figure(indicator, measured) if indicator.kind is IndicatorKind.RATIO else "",
        assigned=_assigned_text(indicator),
        assessment=assessment_text(indicator, met, margin),
        kind=indicator.kind.value,
        unit=indicator.unit,
        cumulative=indicator.cumulative,
        direction=indicator.direction,
        measured=measured,
        assigned_level=indicator.assigned_level,
        met=met,
        margin=margin,
        numerator=value.numerator if value else None,
        denominator=value.denominator if value else None,
    )


def _figure(indicator: Indicator, figure: float | None) -> str:
    if figure is None:
        return ""
    if indicator.kind is IndicatorKind.YES_NO:
        return "Có" if figure >= 0.5 else "Không"
    if indicator.kind is IndicatorKind.RATIO:
        return vn_number(figure, 2) + "%"
    decimals = 0 if float(figure).is_integer() else 2
    unit = f" {indicator.unit}" if indicator.unit and indicator.unit != "%" else ""
    return vn_number(figure, decimals) + unit


def _result_text(indicator: Indicator, value: IndicatorValue | None) -> str:
    if value is None:
        return "Chưa có số liệu"
    if indicator.kind is IndicatorKind.RATIO and value.numerator is not None and value.denominator:
        return f"{vn_number(value.numerator)}/{vn_number(value.denominator)}"
    return _figure(indicator, value.measured(indicator.kind)) or "Chưa có số liệu"


def _assigned_text(indicator: Indicator) -> str:
    if indicator.assigned_level is None:
        return ""
    sign = "≤" if indicator.direction == "<=" else "≥"
    level = indicator.assigned_level
    if indicator.kind is IndicatorKind.YES_NO:
        return _figure(indicator, level)
    if indicator.kind is IndicatorKind.RATIO:  # a level is given in whole percent as a rule
        return f"{sign} {vn_number(level, 0 if float(level).is_integer() else 2)}%"
    return f"{sign} {_figure(indicator, level)}"


def assessment_text(indicator: Indicator, met: bool | None, margin: float | None) -> str:
    """ "Đạt, vượt 3,20 điểm % (lũy kế từ đầu năm)" / "Chưa đạt, còn thiếu 12 …"."""
    scope = "lũy kế từ đầu năm" if indicator.cumulative else "trong kỳ"
    if met is None or margin is None:
        return f"Chưa đánh giá ({scope})"
    if indicator.kind is IndicatorKind.YES_NO:
        return f"{'Đạt' if met else 'Chưa đạt'} ({scope})"
    unit = " điểm %" if indicator.kind is IndicatorKind.RATIO else _unit_suffix(indicator)
    amount = vn_number(abs(margin), 0 if float(margin).is_integer() else 2) + unit
    if met:
        detail = f"vượt {amount}" if margin > 0 else "bằng mức giao"
        return f"Đạt, {detail} ({scope})"
    return f"Chưa đạt, còn thiếu {amount} ({scope})"


def _unit_suffix(indicator: Indicator) -> str:
    return f" {indicator.unit}" if indicator.unit and indicator.unit != "%" else ""


@dataclass(frozen=True)
class Totals:
    total: int
    done: int
    done_late: int
    overdue: int
    not_started: int
    dropped: int

    @property
    def running(self) -> int:
        return self.total - self.done - self.overdue - self.not_started - self.dropped


def totals(counts: tuple[StatusCount, ...]) -> Totals:
    by = {c.status_class: c.count for c in counts}

    def total_of(classes) -> int:
        return sum(by.get(c.value, 0) for c in classes)

    return Totals(
        total=sum(by.values()),
        done=total_of(DONE_CLASSES),
        done_late=by.get(StatusClass.DONE_LATE.value, 0),
        overdue=total_of(OVERDUE_CLASSES),
        not_started=by.get(StatusClass.NOT_STARTED_ON_TIME.value, 0),
        dropped=by.get(StatusClass.DROPPED.value, 0),
    )


def percent(part: int, whole: int) -> str:
    return vn_number(100.0 * part / whole, 1) + "%" if whole else "0%"
