"""Stored plan rows as domain values: the one place a plan, section or task record is read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from xa_planner.domain.stored import StoredPlan, StoredPlanSection, StoredPlanTask
from xa_planner.domain.target_json import targets_from_json
from xa_planner.storage.models import PlanRecord, PlanSectionRecord, PlanTaskRecord

# A task's columns in the order of StoredPlanTask's fields (its coordinating offices are read
# apart), so a plain row unpacks by position: reading 10,000 tasks is several times faster so.
PLAN_TASK_COLUMNS = (
    PlanTaskRecord.id,
    PlanTaskRecord.section_id,
    PlanTaskRecord.ref,
    PlanTaskRecord.content,
    PlanTaskRecord.lead_office_id,
    PlanTaskRecord.responsible_person,
    PlanTaskRecord.due,
    PlanTaskRecord.recurrence,
    PlanTaskRecord.timeframe,
    PlanTaskRecord.products,
    PlanTaskRecord.directing_docs,
    PlanTaskRecord.targets,
    PlanTaskRecord.source_task_id,
    PlanTaskRecord.source_ref,
    PlanTaskRecord.position,
    PlanTaskRecord.version,
)


def plan_heading(record: PlanRecord) -> StoredPlan:
    """The plan's own fields; its sections and tasks are read apart."""
    return StoredPlan(
        id=record.id,
        year=record.year,
        title=record.title,
        number=record.number,
        issued_on=record.issued_on,
        directing_doc=record.directing_doc,
        template_id=record.template_id,
        is_current=record.is_current,
    )


def plan_section(record: PlanSectionRecord) -> StoredPlanSection:
    return StoredPlanSection(id=record.id, ref=record.ref, title=record.title, position=record.position)


def plan_task(record: PlanTaskRecord, support_office_ids: Sequence[int]) -> StoredPlanTask:
    """The task a record stores, with its coordinating offices."""
    values = tuple(getattr(record, column.key) for column in PLAN_TASK_COLUMNS)
    return plan_task_from_row(values, support_office_ids)


def plan_task_from_row(row: Sequence[Any], support_office_ids: Sequence[int]) -> StoredPlanTask:
    """The task a row of PLAN_TASK_COLUMNS holds, with its coordinating offices."""
    (task_id, section_id, ref, content, lead, person, due, recurrence, timeframe, products) = row[:10]
    (docs, targets, source_task_id, source_ref, position, version) = row[10:]
    return StoredPlanTask(
        task_id,
        section_id,
        ref,
        content,
        lead,
        tuple(support_office_ids),
        person,
        due,
        recurrence,
        timeframe,
        products,
        docs,
        targets_from_json(targets),
        source_task_id,
        source_ref,
        position,
        version,
    )
