"""Changing a stored plan task by task: fields, coordinating offices, order, sections."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xa_planner.domain.plans import Target
from xa_planner.domain.stored import StoredPlanTask
from xa_planner.domain.target_json import targets_to_json
from xa_planner.storage.models import (
    OfficeRecord,
    PlanRecord,
    PlanSectionRecord,
    PlanTaskRecord,
    PlanTaskSupportRecord,
    TaskProgressRecord,
)
from xa_planner.storage.plan_records import plan_task
from xa_planner.storage.repositories import check_version

EDITABLE_FIELDS = (
    "content",
    "directing_docs",
    "lead_office_id",
    "responsible_person",
    "due",
    "recurrence",
    "timeframe",
    "products",
    "section_id",
    "source_task_id",
    "source_ref",
    "targets",
)


class PlanEditingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def task(self, task_id: int) -> PlanTaskRecord | None:
        return self._session.get(PlanTaskRecord, task_id)

    def section(self, section_id: int) -> PlanSectionRecord | None:
        return self._session.get(PlanSectionRecord, section_id)

    def office_exists(self, office_id: int) -> bool:
        return self._session.get(OfficeRecord, office_id) is not None

    def support_ids(self, record: PlanTaskRecord) -> list[int]:
        return [s.office_id for s in record.support]

    def as_task(self, record: PlanTaskRecord) -> StoredPlanTask:
        return plan_task(record, self.support_ids(record))

    def update(
        self, record: PlanTaskRecord, seen_version: int, values: Mapping[str, Any]
    ) -> dict[str, list[Any]]:
        """Apply *values*; returns field → [old, new] (as stored) for what really changed."""
        check_version(record.version, seen_version)
        changed = {}
        for name, value in values.items():
            if name == "targets":
                value = targets_to_json(_targets(value))
            if name == "support_office_ids":
                old = self.support_ids(record)
                if list(value) != old:
                    record.support = [
                        PlanTaskSupportRecord(office_id=office_id, position=i)
                        for i, office_id in enumerate(dict.fromkeys(value))
                    ]
                    changed[name] = [old, list(value)]
            elif name in EDITABLE_FIELDS and getattr(record, name) != value:
                changed[name] = [getattr(record, name), value]
                setattr(record, name, value)
        self._session.flush()
        return changed

    def ordered_tasks(self, plan_id: int) -> list[PlanTaskRecord]:
        query = (
            select(PlanTaskRecord)
            .where(PlanTaskRecord.plan_id == plan_id)
            .order_by(PlanTaskRecord.position, PlanTaskRecord.id)
        )
        return list(self._session.scalars(query))

    def renumber(self, tasks: list[PlanTaskRecord]) -> None:
        for position, task in enumerate(tasks):
            if task.position != position:
                task.position = position
        self._session.flush()

    def add_task(
        self, plan_id: int, section_id: int | None, content: str, position: int
    ) -> PlanTaskRecord:
        record = PlanTaskRecord(
            plan_id=plan_id, section_id=section_id, content=content, position=position
        )
        self._session.add(record)
        self._session.flush()
        return record

    def has_progress(self, task_id: int) -> bool:
        query = select(func.count()).where(TaskProgressRecord.task_id == task_id)
        return bool(self._session.scalar(query))

    def delete(self, record: PlanTaskRecord) -> None:
        self._session.delete(record)
        self._session.flush()

    def tasks_by_source(self, plan_id: int) -> dict[int, PlanTaskRecord]:
        """Template task id → the plan task derived from it."""
        return {t.source_task_id: t for t in self.ordered_tasks(plan_id) if t.source_task_id}

    def sections(self, plan_id: int) -> list[PlanSectionRecord]:
        query = select(PlanSectionRecord).where(PlanSectionRecord.plan_id == plan_id)
        return list(self._session.scalars(query.order_by(PlanSectionRecord.position)))

    def set_plan_template(self, plan_id: int, template_id: int) -> None:
        from_plan = self._session.get_one(PlanRecord, plan_id)
        from_plan.template_id = template_id
        self._session.flush()

    def add_section(self, plan_id: int, ref: str, title: str) -> PlanSectionRecord:
        position = self._session.execute(
            select(func.coalesce(func.max(PlanSectionRecord.position), -1)).where(
                PlanSectionRecord.plan_id == plan_id
            )
        ).scalar_one()
        record = PlanSectionRecord(plan_id=plan_id, ref=ref, title=title, position=position + 1)
        self._session.add(record)
        self._session.flush()
        return record

    def section_tasks(self, section_id: int) -> list[PlanTaskRecord]:
        query = (
            select(PlanTaskRecord)
            .where(PlanTaskRecord.section_id == section_id)
            .order_by(PlanTaskRecord.position, PlanTaskRecord.id)
        )
        return list(self._session.scalars(query))

    def insert_section(self, plan_id: int, ref: str, title: str) -> PlanSectionRecord:
        """A section row whose place the caller sets (a group brought back by undo)."""
        record = PlanSectionRecord(plan_id=plan_id, ref=ref, title=title, position=0)
        self._session.add(record)
        self._session.flush()
        return record

    def delete_section(self, record: PlanSectionRecord) -> None:
        self._session.delete(record)
        self._session.flush()

    def flush(self) -> None:
        self._session.flush()


def _targets(value: object) -> tuple[Target, ...]:
    if not isinstance(value, tuple | list) or not all(isinstance(t, Target) for t in value):
        raise TypeError(f"a task's targets are Target values, not {value!r}")
    return tuple(value)
