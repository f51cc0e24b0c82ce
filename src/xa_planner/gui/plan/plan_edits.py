"""From an edited cell to a TaskChanges, and the TaskChanges that would undo it; pure Python, no Qt."""

from __future__ import annotations

import dataclasses
import datetime as dt

from xa_planner.domain.timeframes import parse_timeframe
from xa_planner.services.plan_editing_service import TaskChanges
from xa_planner.services.views import PlanRow

CONTENT, DIRECTING_DOCS, LEAD, SUPPORT, PERSON, DUE, PRODUCTS = 1, 2, 3, 4, 5, 6, 7
EDITABLE_COLUMNS = frozenset((CONTENT, DIRECTING_DOCS, LEAD, SUPPORT, PERSON, DUE, PRODUCTS))
_TEXT_FIELDS = {
    CONTENT: "content",
    DIRECTING_DOCS: "directing_docs",
    PERSON: "responsible_person",
    PRODUCTS: "products",
}


KEEP = object()  # a bulk field the officer left unchanged
KEEP_SUPPORT, ADD_SUPPORT, REPLACE_SUPPORT = "keep", "add", "replace"


@dataclasses.dataclass(frozen=True)
class DueValue:
    """A typed time frame read as a due date and/or a recurrence; *valid* is False when not understood."""

    due: dt.date | None
    recurrence: str | None
    timeframe: str
    valid: bool


def read_due(text: str, plan_year: int | None) -> DueValue:
    """ "30/6/2026", "Quý III/2026", "Thường xuyên", "Hằng tháng"…; an empty text clears the deadline."""
    text = " ".join(text.split())
    if not text:
        return DueValue(None, None, "", True)
    frame = parse_timeframe(text, plan_year=plan_year)
    return DueValue(frame.due, frame.recurrence, text, frame.understood)


def changes_for_cell(row: PlanRow, column: int, value, plan_year: int | None) -> TaskChanges | None:
    """The change an edited cell asks for, or None when it changes nothing or cannot be read."""
    if column in _TEXT_FIELDS:
        text = str(value or "").strip()
        field = _TEXT_FIELDS[column]
        return None if text == getattr(row, field) else TaskChanges(**{field: text})
    if column == LEAD:
        return None if value == row.lead_office_id else lead_changes(row, value)
    if column == SUPPORT:
        ids = tuple(i for i in value if i != row.lead_office_id)
        return None if ids == row.support_office_ids else TaskChanges(support_office_ids=ids)
    if column == DUE:
        due = read_due(str(value or ""), plan_year)
        if not due.valid or (due.due, due.recurrence, due.timeframe) == (row.due, row.recurrence, row.timeframe):
            return None
        return TaskChanges(due=due.due, recurrence=due.recurrence, timeframe=due.timeframe)
    return None


def lead_changes(row: PlanRow, lead_id: int | None) -> TaskChanges:
    """A new lead; an office that leads no longer also coordinates the same task."""
    if lead_id is not None and lead_id in row.support_office_ids:
        supports = tuple(i for i in row.support_office_ids if i != lead_id)
        return TaskChanges(lead_office_id=lead_id, support_office_ids=supports)
    return TaskChanges(lead_office_id=lead_id)


def reverting_changes(row: PlanRow, changes: TaskChanges) -> TaskChanges:
    """The changes that put back *row*'s values for every field *changes* touches."""
    return TaskChanges(**{name: _row_value(row, name) for name in changes.values()})


def full_changes(row: PlanRow) -> TaskChanges:
    """Every editable field of *row* (to recreate a removed task as it was)."""
    names = ("directing_docs", "lead_office_id", "support_office_ids", "responsible_person",
             "due", "recurrence", "timeframe", "products")
    return TaskChanges(**{name: _row_value(row, name) for name in names})


def _row_value(row: PlanRow, name: str):
    value = getattr(row, name)
    return tuple(value) if name == "support_office_ids" else value


@dataclasses.dataclass(frozen=True)
class BulkAssignment:
    """What the bulk dialog asks for; KEEP (or KEEP_SUPPORT) leaves a field as each task has it."""

    lead_office_id: object = KEEP
    support_mode: str = KEEP_SUPPORT
    support_office_ids: tuple[int, ...] = ()
    responsible_person: object = KEEP
    due: object = KEEP  # a DueValue

    def is_empty(self) -> bool:
        return self.lead_office_id is KEEP and self.support_mode == KEEP_SUPPORT and (
            self.responsible_person is KEEP and self.due is KEEP
        )


def bulk_groups(rows: list[PlanRow], bulk: BulkAssignment) -> list[tuple[list[int], TaskChanges]]:
    """The tasks grouped by the exact change each needs ("add" offices differ by task), in row order."""
    groups: dict[TaskChanges, list[int]] = {}
    for row in rows:
        groups.setdefault(_bulk_changes(row, bulk), []).append(row.task_id)
    return [(ids, changes) for changes, ids in groups.items()]


def _bulk_changes(row: PlanRow, bulk: BulkAssignment) -> TaskChanges:
    values: dict = {}
    lead = row.lead_office_id if bulk.lead_office_id is KEEP else bulk.lead_office_id
    if bulk.lead_office_id is not KEEP:
        values["lead_office_id"] = lead
    if bulk.support_mode != KEEP_SUPPORT or lead in row.support_office_ids:
        kept = row.support_office_ids if bulk.support_mode != REPLACE_SUPPORT else ()
        added = bulk.support_office_ids if bulk.support_mode != KEEP_SUPPORT else ()
        values["support_office_ids"] = tuple(i for i in dict.fromkeys(kept + added) if i != lead)
    if bulk.responsible_person is not KEEP:
        values["responsible_person"] = bulk.responsible_person
    if isinstance(bulk.due, DueValue):
        values.update(due=bulk.due.due, recurrence=bulk.due.recurrence, timeframe=bulk.due.timeframe)
    return TaskChanges(**values)
