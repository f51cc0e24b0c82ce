"""Stored plan records as domain values, through the same mappings as the plain reads."""

from __future__ import annotations

from collections.abc import Sequence

from xa_planner.domain.stored import StoredPlanSection, StoredPlanTask
from xa_planner.storage.models import PlanSectionRecord, PlanTaskRecord
from xa_planner.storage.reads import PLAN_TASK_FIELDS, plan_task_from_row

# A task's columns in the order of StoredPlanTask's fields, for the ORM's queries of plain rows.
PLAN_TASK_COLUMNS = tuple(getattr(PlanTaskRecord, name) for name in PLAN_TASK_FIELDS)


def plan_section(record: PlanSectionRecord) -> StoredPlanSection:
    return StoredPlanSection(id=record.id, ref=record.ref, title=record.title, position=record.position)


def plan_task(record: PlanTaskRecord, support_office_ids: Sequence[int]) -> StoredPlanTask:
    """The task a record stores, with its coordinating offices."""
    values = tuple(getattr(record, name) for name in PLAN_TASK_FIELDS)
    return plan_task_from_row(values, support_office_ids)
