"""The month-by-month state of every task of a plan."""

from __future__ import annotations

import datetime as dt

from xa_planner.domain.periods import Period
from xa_planner.domain.progress import classify
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import TrackingRow
from xa_planner.storage.repositories import OfficeRepository, PlanRepository
from xa_planner.storage.tracking_repository import TrackingRepository


class TrackingService(ServiceBase):
    def periods(self, today: dt.date | None = None) -> list[Period]:
        """Months with data plus the current one, newest first."""
        current = Period.containing(today or dt.date.today())
        with self._read() as session:
            known = TrackingRepository(session).periods()
        return sorted(set(known) | {current}, reverse=True)

    def tracking_rows(self, plan_id: int, period: Period, today: dt.date) -> list[TrackingRow]:
        with self._read() as session:
            plans, tracking = PlanRepository(session), TrackingRepository(session)
            names = OfficeRepository(session).names_by_id()
            sections = {s.id: s.ref for s in plans.sections(plan_id)}
            now = tracking.progress_for(plan_id, period)
            before = tracking.progress_for(plan_id, period.shifted(-1))
            day = min(today, period.last_day())
            rows = []
            for task in plans.tasks(plan_id):
                current, previous = now.get(task.id), before.get(task.id)
                status = current.status if current else None
                completed = current.completed_on if current else None
                rows.append(
                    TrackingRow(
                        task_id=task.id,
                        section_ref=sections.get(task.section_id, ""),
                        ref=task.ref,
                        content=task.content,
                        lead_office=names.get(task.lead_office_id, ""),
                        due=task.due,
                        status=status,
                        status_class=classify(status, task.due, day, completed),
                        result_note=current.result_note if current else "",
                        difficulties=current.difficulties if current else "",
                        proposals=current.proposals if current else "",
                        previous_status=previous.status if previous else None,
                        previous_note=previous.result_note if previous else "",
                    )
                )
            return rows
