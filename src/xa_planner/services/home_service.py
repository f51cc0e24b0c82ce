"""The home page's picture: the next deadline and what needs the officer's attention."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.services.plan_service import PlanService
from xa_planner.services.tracking_service import TrackingService
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import (
    AwaitedSheet,
    DeadlineTask,
    HomeDetails,
    HomeSummary,
    IndicatorProgress,
    OfficeProgress,
    TrackingRow,
)
from xa_planner.storage.reads import ProfileReads, TrackingReads

if TYPE_CHECKING:
    from xa_planner.services.indicator_service import IndicatorService


class HomeService(ServiceBase):
    def __init__(
        self,
        database,
        user: str,
        plans: PlanService,
        tracking: TrackingService,
        indicators: Callable[[], IndicatorService] | None = None,
    ):
        """*indicators* gives the indicator service when the details are first read."""
        super().__init__(database, user)
        self._plans = plans
        self._tracking = tracking
        self._indicators = indicators

    def summary(self, today: dt.date) -> HomeSummary:
        with self._query() as query:
            profile = ProfileReads(query).get()
            last_sent = TrackingReads(query).last_report_sent()
        month = self._tracking.reporting_month(today)
        period, deadline = month.period, month.deadline
        plan = self._plans.current_plan()
        # The counts are those of the month shown, judged as its report judges them.
        rows = self._tracking.tracking_rows(plan.id, period, today) if plan else []
        return HomeSummary(
            commune_name=profile.commune_name,
            period_key=period.key,
            report_deadline=deadline,
            days_left=month.days_left(today),
            plan_title=plan.title if plan else None,
            task_count=len(rows),
            overdue=_deadline_tasks(r for r in rows if r.standing.overdue),
            due_soon=_deadline_tasks(r for r in rows if r.standing.due_soon),
            office_progress=_office_progress(rows),
            status_counts=dict(Counter(r.standing.category.value for r in rows)),
            last_report_sent=last_sent,
        )


    def details(self, period_key: str) -> HomeDetails:
        """Sheets not yet back and indicator progress for the reported month (slower: run it later)."""
        plan = self._plans.current_plan()
        if plan is None:
            return HomeDetails(period_key)
        period = Period.parse(period_key)
        # The sheets' records are read through the ORM: after the start, in the background.
        from xa_planner.services.sheet_returns import awaited_offices

        with self._read() as session:
            awaited = awaited_offices(session, period)
        rows = self._indicators().indicator_rows(plan.id, period) if self._indicators else []
        return HomeDetails(
            period_key,
            tuple(AwaitedSheet(name, exported_at) for _id, name, exported_at in awaited),
            tuple(_indicator_progress(row) for row in rows),
        )


def _indicator_progress(row) -> IndicatorProgress:
    indicator = row.indicator
    return IndicatorProgress(
        name=indicator.name,
        kind=str(indicator.kind),
        unit=indicator.unit,
        direction=indicator.direction,
        measured=row.measured,
        assigned_level=indicator.assigned_level,
        met=row.met,
    )


def _deadline_tasks(rows) -> tuple[DeadlineTask, ...]:
    found = [DeadlineTask(r.task_id, r.ref, r.content, r.lead_office, r.due) for r in rows if r.due]
    return tuple(sorted(found, key=lambda t: t.due))


def _office_progress(rows: list[TrackingRow]) -> tuple[OfficeProgress, ...]:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        counts = tally[row.lead_office]
        counts[0] += 1
        counts[1] += row.standing.status is ProgressStatus.DONE
        counts[2] += row.standing.overdue
    return tuple(OfficeProgress(name, *counts) for name, counts in tally.items() if name)
