"""Reporting months, monthly task progress, indicators and sent reports."""

from __future__ import annotations

import datetime as dt
from typing import Literal, overload

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from xa_planner.domain.indicators import Indicator, IndicatorKind, IndicatorValue
from xa_planner.domain.periods import Period
from xa_planner.domain.progress import TaskProgress
from xa_planner.domain.stored import StoredIndicator
from xa_planner.storage.errors import StaleWrite
from xa_planner.storage.models import (
    IndicatorRecord,
    IndicatorValueRecord,
    PeriodRecord,
    TaskProgressRecord,
)
from xa_planner.storage.reads import PROGRESS_FIELDS, TrackingReads, progress_from_row
from xa_planner.storage.sessions import SessionRows


class TrackingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._reads = TrackingReads(SessionRows(session))

    @overload
    def period_id(self, period: Period, *, create: Literal[True]) -> int: ...
    @overload
    def period_id(self, period: Period, *, create: bool) -> int | None: ...
    def period_id(self, period: Period, *, create: bool) -> int | None:
        query = select(PeriodRecord.id).where(
            PeriodRecord.year == period.year, PeriodRecord.month == period.month
        )
        found = self._session.scalars(query).first()
        if found is None and create:
            record = PeriodRecord(year=period.year, month=period.month)
            self._session.add(record)
            self._session.flush()
            found = record.id
        return found

    def periods(self) -> list[Period]:
        return self._reads.periods()

    def lock_state(self, period: Period) -> tuple[dt.datetime | None, str]:
        """(locked at, by whom) for a month, (None, "") while it is open."""
        return self._reads.lock_state(period)

    def set_locked(self, period: Period, locked_at: dt.datetime | None, by: str) -> None:
        period_id = self.period_id(period, create=True)
        record = self._session.get_one(PeriodRecord, period_id)
        record.locked_at, record.locked_by = locked_at, by
        self._session.flush()

    def _period_record(self, period: Period) -> PeriodRecord | None:
        query = select(PeriodRecord).where(
            PeriodRecord.year == period.year, PeriodRecord.month == period.month
        )
        return self._session.scalars(query).first()

    def set_progress(
        self, progress: TaskProgress, seen_revision: int | None = None
    ) -> TaskProgress | None:
        """Store one month's progress of a task; other months are left as they were.

        Returns what was there before (None for a first report).
        """
        period = Period.parse(progress.period_key)
        period_id = self.period_id(period, create=True)
        query = select(TaskProgressRecord).where(
            TaskProgressRecord.task_id == progress.task_id,
            TaskProgressRecord.period_id == period_id,
        )
        record = self._session.scalars(query).first()
        previous = _progress(record, period) if record is not None else None
        if seen_revision is not None:
            # 0: the caller saw no report for this month; someone may have added one since.
            found = record.version if record is not None else 0
            if found != seen_revision:
                raise StaleWrite(f"progress revision {seen_revision} is stale, now {found}")
        if record is None:
            record = TaskProgressRecord(task_id=progress.task_id, period_id=period_id)
            self._session.add(record)
        record.status = progress.status.value
        record.result_note = progress.result_note
        record.difficulties = progress.difficulties
        record.proposals = progress.proposals
        record.completed_on = progress.completed_on
        record.updated_by = progress.updated_by
        record.updated_at = progress.updated_at or dt.datetime.now()
        self._session.flush()
        return previous

    def progress_for(self, plan_id: int, period: Period) -> dict[int, TaskProgress]:
        return self._reads.progress_for(plan_id, period)

    def add_indicator(self, plan_id: int, indicator: Indicator) -> int:
        record = IndicatorRecord(
            plan_id=plan_id,
            task_id=indicator.task_id,
            name=indicator.name,
            kind=indicator.kind.value,
            unit=indicator.unit,
            direction=indicator.direction,
            assigned_level=indicator.assigned_level,
            threshold=indicator.threshold,
            cumulative=indicator.cumulative,
            position=indicator.position,
        )
        self._session.add(record)
        self._session.flush()
        return record.id

    def indicators(self, plan_id: int) -> list[StoredIndicator]:
        query = (
            select(IndicatorRecord)
            .where(IndicatorRecord.plan_id == plan_id)
            .order_by(IndicatorRecord.position)
        )
        return [_indicator(r) for r in self._session.scalars(query)]

    def set_indicator_value(self, value: IndicatorValue, source: str = "") -> None:
        period_id = self.period_id(Period.parse(value.period_key), create=True)
        query = select(IndicatorValueRecord).where(
            IndicatorValueRecord.indicator_id == value.indicator_id,
            IndicatorValueRecord.period_id == period_id,
        )
        record = self._session.scalars(query).first()
        if record is None:
            record = IndicatorValueRecord(indicator_id=value.indicator_id, period_id=period_id)
            self._session.add(record)
        record.numerator, record.denominator = value.numerator, value.denominator
        record.value, record.source = value.value, source

    def indicator_values(self, plan_id: int, period: Period) -> dict[int, IndicatorValue]:
        period_id = self.period_id(period, create=False)
        if period_id is None:
            return {}
        query = (
            select(IndicatorValueRecord)
            .join(IndicatorRecord, IndicatorRecord.id == IndicatorValueRecord.indicator_id)
            .where(IndicatorRecord.plan_id == plan_id, IndicatorValueRecord.period_id == period_id)
        )
        return {
            r.indicator_id: IndicatorValue(
                r.indicator_id, period.key, r.numerator, r.denominator, r.value
            )
            for r in self._session.scalars(query)
        }

    def last_report_sent(self) -> dt.datetime | None:
        return self._reads.last_report_sent()


def _progress(record: TaskProgressRecord, period: Period) -> TaskProgress:
    return progress_from_row(tuple(getattr(record, name) for name in PROGRESS_FIELDS), period)


def _indicator(record: IndicatorRecord) -> StoredIndicator:
    return StoredIndicator(
        id=record.id,
        name=record.name,
        kind=IndicatorKind(record.kind),
        unit=record.unit,
        direction=record.direction,
        assigned_level=record.assigned_level,
        threshold=record.threshold,
        cumulative=record.cumulative,
        task_id=record.task_id,
        position=record.position,
    )


def add_progress_bulk(session: Session, entries: list[TaskProgress]) -> None:
    """Insert many new progress rows at once (demo workspaces, first imports)."""
    repository = TrackingRepository(session)
    period_ids = {
        key: repository.period_id(Period.parse(key), create=True)
        for key in {e.period_key for e in entries}
    }
    rows = [
        {
            "task_id": e.task_id,
            "period_id": period_ids[e.period_key],
            "status": e.status.value,
            "result_note": e.result_note,
            "difficulties": e.difficulties,
            "proposals": e.proposals,
            "completed_on": e.completed_on,
            "updated_by": e.updated_by,
            "updated_at": e.updated_at or dt.datetime.now(),
            "version": 1,
        }
        for e in entries
    ]
    if rows:
        session.execute(insert(TaskProgressRecord), rows)
