"""Stored plan rows as domain values: the one place a plan, section or task record is read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row

from xa_planner.domain.stored import StoredPlan, StoredPlanSection, StoredPlanTask
from xa_planner.domain.target_json import targets_from_json
from xa_planner.storage.models import PlanRecord, PlanSectionRecord, PlanTaskRecord

# The plan task table's columns, read as plain rows where speed matters (10,000 tasks).
PLAN_TASK_COLUMNS = tuple(PlanTaskRecord.__table__.columns)


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


def plan_task(
    source: PlanTaskRecord | Row[Any], support_office_ids: Sequence[int]
) -> StoredPlanTask:
    """The task a record (or a plain row of its columns) stores, with its coordinating offices."""
    return StoredPlanTask(
        id=source.id,
        section_id=source.section_id,
        ref=source.ref,
        content=source.content,
        lead_office_id=source.lead_office_id,
        support_office_ids=tuple(support_office_ids),
        responsible_person=source.responsible_person,
        due=source.due,
        recurrence=source.recurrence,
        timeframe=source.timeframe,
        products=source.products,
        directing_docs=source.directing_docs,
        targets=targets_from_json(source.targets),
        source_task_id=source.source_task_id,
        source_ref=source.source_ref,
        position=source.position,
        version=source.version,
    )
