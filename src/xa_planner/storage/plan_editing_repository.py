"""Changing a stored plan task by task: fields, coordinating offices, order, sections."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, TypeAlias, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xa_planner.domain.json_values import JsonValue
from xa_planner.domain.plans import Target
from xa_planner.domain.stored import (
    PlanSectionInPlan,
    PlanTaskInPlan,
    SectionPlace,
    StoredPlanSection,
    StoredPlanTask,
    TaskPlace,
)
from xa_planner.domain.target_json import targets_to_json
from xa_planner.storage.models import (
    OfficeRecord,
    PlanRecord,
    PlanSectionRecord,
    PlanTaskRecord,
    PlanTaskSupportRecord,
    TaskProgressRecord,
)
from xa_planner.storage.plan_records import PLAN_TASK_COLUMNS, plan_section, plan_task
from xa_planner.storage.reads import plan_task_from_row
from xa_planner.storage.repositories import PlanRepository, check_version

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
# A task field as its column stores it: text, an id, a date, office ids or the targets' JSON.
StoredFieldValue: TypeAlias = JsonValue | dt.date
# Ids named in one query, well under SQLite's limit on bound parameters.
_IDS_PER_QUERY = 500
_Record = TypeVar("_Record", PlanTaskRecord, PlanSectionRecord)
# A plan's tasks in the order they were placed (ties: the older first).
_TASK_ORDER = (PlanTaskRecord.position, PlanTaskRecord.id)


class PlanEditingRepository:
    """Reads give stored values; every change names its rows by id and is flushed at once."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def task(self, task_id: int) -> PlanTaskInPlan | None:
        record = self._session.get(PlanTaskRecord, task_id)
        return None if record is None else _task_in_plan(record)

    def section(self, section_id: int) -> PlanSectionInPlan | None:
        record = self._session.get(PlanSectionRecord, section_id)
        if record is None:
            return None
        return PlanSectionInPlan(
            id=record.id, ref=record.ref, title=record.title, position=record.position, plan_id=record.plan_id
        )

    def office_exists(self, office_id: int) -> bool:
        return self._session.get(OfficeRecord, office_id) is not None

    def update_task(
        self, task_id: int, seen_version: int, values: Mapping[str, Any]
    ) -> dict[str, tuple[StoredFieldValue, StoredFieldValue]]:
        """Apply *values*; returns field → (old, new) (as stored) for what really changed."""
        record = self._session.get_one(PlanTaskRecord, task_id)
        check_version(record.version, seen_version)
        changed: dict[str, tuple[StoredFieldValue, StoredFieldValue]] = {}
        for name, value in values.items():
            if name == "targets":
                value = targets_to_json(_targets(value))
            if name == "support_office_ids":
                old = [s.office_id for s in record.support]
                if list(value) != old:
                    record.support = [
                        PlanTaskSupportRecord(office_id=office_id, position=i)
                        for i, office_id in enumerate(dict.fromkeys(value))
                    ]
                    changed[name] = (old, list(value))
            elif name in EDITABLE_FIELDS and getattr(record, name) != value:
                changed[name] = (getattr(record, name), value)
                setattr(record, name, value)
        self._session.flush()
        return changed

    def task_places(self, plan_id: int) -> list[TaskPlace]:
        """Where each task of the plan stands, in the order the tasks were placed."""
        query = (
            select(PlanTaskRecord.id, PlanTaskRecord.section_id, PlanTaskRecord.ref, PlanTaskRecord.position)
            .where(PlanTaskRecord.plan_id == plan_id)
            .order_by(*_TASK_ORDER)
        )
        return [TaskPlace(*row) for row in self._session.execute(query)]

    def section_task_ids(self, section_id: int) -> list[int]:
        query = select(PlanTaskRecord.id).where(PlanTaskRecord.section_id == section_id).order_by(*_TASK_ORDER)
        return list(self._session.scalars(query))

    def renumber(self, plan_id: int, task_ids: Sequence[int]) -> None:
        """The plan's tasks placed 0, 1, 2… in the order of *task_ids*."""
        query = select(PlanTaskRecord.id, PlanTaskRecord.position).where(PlanTaskRecord.plan_id == plan_id)
        stored = {task_id: position for task_id, position in self._session.execute(query)}
        moved = {task_id: index for index, task_id in enumerate(task_ids) if stored[task_id] != index}
        for record in self._records(PlanTaskRecord, moved):
            record.position = moved[record.id]
        self._session.flush()

    def place(self, sections: Sequence[SectionPlace], tasks: Sequence[TaskPlace]) -> None:
        """Give these groups and tasks their places; one no longer stored is passed over."""
        section_places = {s.id: s for s in sections}
        for record in self._records(PlanSectionRecord, section_places):
            section = section_places[record.id]
            record.ref, record.position = section.ref, section.position
        task_places = {t.id: t for t in tasks}
        for task_record in self._records(PlanTaskRecord, task_places):
            task = task_places[task_record.id]
            task_record.section_id = task.section_id
            task_record.ref, task_record.position = task.ref, task.position
        self._session.flush()

    def move_to_section(self, task_ids: Iterable[int], section_id: int) -> None:
        for task_id in task_ids:
            self._session.get_one(PlanTaskRecord, task_id).section_id = section_id
        self._session.flush()

    def add_task(self, plan_id: int, section_id: int | None, content: str, position: int) -> int:
        """The new task's id."""
        record = PlanTaskRecord(plan_id=plan_id, section_id=section_id, content=content, position=position)
        self._session.add(record)
        self._session.flush()
        return record.id

    def has_progress(self, task_id: int) -> bool:
        query = select(func.count()).where(TaskProgressRecord.task_id == task_id)
        return bool(self._session.scalar(query))

    def delete_task(self, task_id: int) -> None:
        self._session.delete(self._session.get_one(PlanTaskRecord, task_id))
        self._session.flush()

    def tasks_by_source(self, plan_id: int) -> dict[int, StoredPlanTask]:
        """Template task id → the plan task derived from it."""
        query = select(*PLAN_TASK_COLUMNS).where(PlanTaskRecord.plan_id == plan_id).order_by(*_TASK_ORDER)
        support = PlanRepository(self._session).support_by_task(plan_id)
        tasks = (plan_task_from_row(row, support.get(row[0], ())) for row in self._session.execute(query))
        return {t.source_task_id: t for t in tasks if t.source_task_id}

    def sections(self, plan_id: int) -> list[StoredPlanSection]:
        return [plan_section(r) for r in self._section_records(plan_id)]

    def set_plan_template(self, plan_id: int, template_id: int) -> None:
        from_plan = self._session.get_one(PlanRecord, plan_id)
        from_plan.template_id = template_id
        self._session.flush()

    def add_section(self, plan_id: int, ref: str, title: str) -> StoredPlanSection:
        """A group after the plan's last one."""
        position = self._session.execute(
            select(func.coalesce(func.max(PlanSectionRecord.position), -1)).where(
                PlanSectionRecord.plan_id == plan_id
            )
        ).scalar_one()
        record = PlanSectionRecord(plan_id=plan_id, ref=ref, title=title, position=position + 1)
        self._session.add(record)
        self._session.flush()
        return plan_section(record)

    def insert_section(self, plan_id: int, ref: str, title: str) -> int:
        """The id of a new group whose place the caller sets (a group brought back by undo)."""
        record = PlanSectionRecord(plan_id=plan_id, ref=ref, title=title, position=0)
        self._session.add(record)
        self._session.flush()
        return record.id

    def rename_section(self, section_id: int, title: str) -> None:
        self._session.get_one(PlanSectionRecord, section_id).title = title
        self._session.flush()

    def delete_section(self, section_id: int) -> None:
        self._session.delete(self._session.get_one(PlanSectionRecord, section_id))
        self._session.flush()

    def _records(self, model: type[_Record], ids: Collection[int]) -> list[_Record]:
        """The stored rows of *model* among *ids*, read a bounded number of ids at a time."""
        wanted, found = list(ids), list[_Record]()
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[start : start + _IDS_PER_QUERY]
            found += self._session.scalars(select(model).where(model.id.in_(chunk)))
        return found

    def _section_records(self, plan_id: int) -> list[PlanSectionRecord]:
        query = select(PlanSectionRecord).where(PlanSectionRecord.plan_id == plan_id)
        return list(self._session.scalars(query.order_by(PlanSectionRecord.position)))


def _task_in_plan(record: PlanTaskRecord) -> PlanTaskInPlan:
    task = plan_task(record, [s.office_id for s in record.support])
    values = {f.name: getattr(task, f.name) for f in dataclasses.fields(task)}
    return PlanTaskInPlan(**values, plan_id=record.plan_id)


def _targets(value: object) -> tuple[Target, ...]:
    if not isinstance(value, tuple | list) or not all(isinstance(t, Target) for t in value):
        raise TypeError(f"a task's targets are Target values, not {value!r}")
    return tuple(value)
