"""Deciding whether a returned sheet belongs here, and what it would change (no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from xa_planner.domain.indicators import Indicator, IndicatorValue
from xa_planner.domain.office_sheets import SheetIdentification, checksum_matches
from xa_planner.domain.periods import Period
from xa_planner.domain.progress import TaskProgress
from xa_planner.domain.sheet_problems import SheetProblem, SheetProblemKind
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.domain.text import fold, nfc
from xa_planner.importing.office_sheet_reader import FilledRow, FilledSheet
from xa_planner.services.sheet_views import (
    IndicatorChange,
    SheetRefusal,
    SheetRefusalKind,
    TaskChange,
)

_R = SheetRefusalKind
VALUE_TOLERANCE = 0.005  # the sheet shows values rounded to 2 decimals


@dataclass
class ImportContext:
    """What the workspace holds that a sheet is checked against."""

    commune: str
    plan_id: int | None
    offices: dict[int, tuple[str, bool]]  # id → (name, retired)
    secret: bytes | None
    expected_period: Period | None = None
    locked: dict[str, str] = field(default_factory=dict)  # month key → who locked it


def month_label(key: str) -> str:
    return Period.parse(key).label


def refusal(ident: SheetIdentification, file_name: str, ctx: ImportContext) -> SheetRefusal | None:
    """Why this sheet cannot be imported here, naming what does not match; None if fine."""
    try:
        month = month_label(ident.period_key)
    except ValueError:
        return SheetRefusal.of(_R.MONTH_UNREADABLE, file=file_name)
    if fold(nfc(ident.commune)) != fold(nfc(ctx.commune)):
        return SheetRefusal.of(
            _R.OTHER_COMMUNE, file=file_name, other=ident.commune or "?", commune=ctx.commune or "?"
        )
    if ident.plan_id != ctx.plan_id:
        return SheetRefusal.of(
            _R.OTHER_PLAN, file=file_name, other=str(ident.plan_id), plan=str(ctx.plan_id or "?")
        )
    if ctx.expected_period and ident.period_key != ctx.expected_period.key:
        expected = month_label(ctx.expected_period.key)
        return SheetRefusal.of(_R.OTHER_MONTH, file=file_name, other=month, month=expected)
    office = ctx.offices.get(ident.office_id)
    if office is None or office[1]:
        return SheetRefusal.of(
            _R.OFFICE_GONE, file=file_name, office=ident.office_name, id=ident.office_id
        )
    if ctx.secret is None or not checksum_matches(ctx.secret, ident):
        return SheetRefusal.of(
            _R.CHECKSUM, file=file_name, commune=ident.commune, month=month, office=ident.office_name
        )
    if ident.period_key in ctx.locked:
        return SheetRefusal.of(_R.MONTH_LOCKED, month=month, file=file_name)
    return None


def _completed_on(row: FilledRow, status: ProgressStatus, current: TaskProgress | None, today):
    if status is not ProgressStatus.DONE:  # an unchanged status keeps whatever date it had
        return current.completed_on if current and current.status is status else None
    if row.completed_on is not None:
        return row.completed_on
    if current is not None and current.status is ProgressStatus.DONE and current.completed_on:
        return current.completed_on
    return today


def task_change(
    row: FilledRow, task, current: TaskProgress | None, today: dt.date, problems: list
) -> TaskChange | None:
    """The change a filled row asks for, or None when it asks for none (or cannot be used)."""
    texts = (nfc(row.result_note), nfc(row.difficulties), nfc(row.proposals))
    if row.status is None and not any(texts):
        return None  # the office left the row empty
    status = row.status or (current.status if current else None)
    if status is None:
        problems.append(SheetProblem.of(SheetProblemKind.MISSING_STATUS, row.row, row.task_id))
        return None
    completed = _completed_on(row, status, current, today)
    old = (current.result_note, current.difficulties, current.proposals) if current else ("",) * 3
    if current and (current.status, current.completed_on, *old) == (status, completed, *texts):
        return None
    return TaskChange(
        row.task_id,
        task.ref,
        task.content,
        current.status if current else None,
        status,
        old[0],
        texts[0],
        old[1],
        texts[1],
        old[2],
        texts[2],
        completed,
        current.revision if current else 0,
    )


def indicator_changes(
    sheet: FilledSheet, indicators: dict[int, Indicator], values: dict[int, IndicatorValue]
) -> tuple[IndicatorChange, ...]:
    changes = []
    for filled in sheet.indicators:
        indicator = indicators.get(filled.indicator_id)
        if indicator is None:
            continue
        current = values.get(filled.indicator_id)
        old = current.measured(indicator.kind) if current else None
        if old is not None and abs(old - filled.value) < VALUE_TOLERANCE:
            continue
        changes.append(IndicatorChange(filled.indicator_id, indicator.name, old, filled.value))
    return tuple(changes)
