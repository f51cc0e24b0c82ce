"""Build the monthly report's tables and default texts from the month's plain data (no I/O)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from xa_planner.domain.indicators import Indicator, IndicatorKind, IndicatorValue, assess
from xa_planner.domain.monthly_report import (
    IndicatorLine,
    OfficeLine,
    Remark,
    StatusCount,
    TaskLine,
)
from xa_planner.domain.periods import Period
from xa_planner.domain.status_labels import CATEGORY_ORDER, category_label
from xa_planner.domain.statuses import ProgressStatus, ReportCategory, Timing
from xa_planner.domain.stored import StoredIndicator
from xa_planner.domain.text import fold
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
    """Tasks per report category (status × timing), every category listed, zeros included."""
    tally = Counter(row.standing.category for row in rows)
    return tuple(StatusCount(c.value, category_label(c), tally.get(c, 0)) for c in CATEGORY_ORDER)


_OFFICE_FIELDS = {
    ProgressStatus.DONE: "done",
    ProgressStatus.IN_PROGRESS: "in_progress",
    ProgressStatus.NOT_STARTED: "not_started",
    ProgressStatus.DROPPED: "dropped",
}


def office_lines(rows: list[TrackingRow]) -> tuple[OfficeLine, ...]:
    """Per lead office (plan order): tasks led, by status, and the unfinished ones overdue."""
    tally: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counts = tally[row.lead_office or "(chưa giao)"]
        counts["led"] += 1
        counts[_OFFICE_FIELDS[row.standing.status]] += 1
        counts["overdue"] += row.standing.overdue
    return tuple(
        OfficeLine(name, **{f: counts[f] for f in ("led", "overdue", *_OFFICE_FIELDS.values())})
        for name, counts in tally.items()
    )


def task_lines(rows: list[TrackingRow], recurrences: dict[int, str | None]) -> tuple[TaskLine, ...]:
    return tuple(
        TaskLine(
            ref=row.ref,
            content=row.content,
            lead=row.lead_office,
            due=row.due,
            status_class=row.standing.category.value,
            status_label=category_label(row.standing.category),
            result_note=row.result_note,
            recurrence=recurrences.get(row.task_id),
        )
        for row in rows
    )


_FINISHED = (ProgressStatus.DONE, ProgressStatus.DROPPED)


def recurs_in(recurrence: str | None, period: Period) -> bool:
    if recurrence in _EVERY_MONTH:
        return True
    if recurrence == "quarterly":
        return period.month % 3 == 0
    return recurrence == "yearly" and period.month == 12


def next_focus(tasks: Iterable[TaskLine], next_period: Period) -> tuple[TaskLine, ...]:
    """Next month's work: unfinished tasks due in it (by date), then the recurring ones."""
    first, last = next_period.first_day(), next_period.last_day()
    closed = {c.value for c in ReportCategory if c.status in _FINISHED}
    tasks = list(tasks)
    dated = [t for t in tasks if t.due and first <= t.due <= last and t.status_class not in closed]
    recurring = [t for t in tasks if t.due is None and recurs_in(t.recurrence, next_period)]
    return tuple(sorted(dated, key=lambda t: t.due or first) + recurring)


def remarks(rows: list[TrackingRow], field: str) -> tuple[Remark, ...]:
    """Difficulties or proposals of the month: one line per office, each of its texts said once."""
    by_office: dict[str, list[str]] = {}
    seen: set[tuple[str, str]] = set()
    for row in rows:
        text = getattr(row, field).strip().rstrip(" .;")
        office = row.lead_office or "(chưa giao)"
        key = (office, fold(text).strip())
        if text and key not in seen:
            seen.add(key)
            by_office.setdefault(office, []).append(text)
    return tuple(Remark(office, "; ".join(texts)) for office, texts in by_office.items())


def indicator_lines(
    indicators: Sequence[StoredIndicator], values: dict[int, IndicatorValue]
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
    """The report text's figures: tasks by status, and by timing within each status."""

    counts: dict[ReportCategory, int]

    def of(self, status: ProgressStatus) -> int:
        return sum(n for c, n in self.counts.items() if c.status is status)

    def timed(self, status: ProgressStatus, timing: Timing | None) -> int:
        """Tasks of *status* and *timing* (None: without a due date)."""
        return sum(n for c, n in self.counts.items() if c.status is status and c.timing is timing)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        return self.of(ProgressStatus.DONE)

    @property
    def overdue(self) -> int:
        """Unfinished tasks past their due date."""
        return sum(self.timed(s, Timing.OVERDUE) for s in (_S.IN_PROGRESS, _S.NOT_STARTED))

    @property
    def undated(self) -> int:
        return sum(self.timed(s, None) for s in (_S.DONE, _S.IN_PROGRESS, _S.NOT_STARTED))


_S = ProgressStatus


def totals(counts: tuple[StatusCount, ...]) -> Totals:
    """The figures of *counts*; categories this version does not know are left out."""
    known = {c.value for c in ReportCategory}
    tally: Counter = Counter()
    for count in counts:
        if count.status_class in known:
            tally[ReportCategory(count.status_class)] += count.count
    return Totals(dict(tally))


def percent(part: int, whole: int) -> str:
    return vn_number(100.0 * part / whole, 1) + "%" if whole else "0%"
