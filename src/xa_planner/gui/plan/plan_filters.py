"""Which plan rows a set of filters keeps, and the per-office summary; pure Python, no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from xa_planner.services.views import PlanRow

ANY_ROLE, LEAD_ROLE, SUPPORT_ROLE = "any", "lead", "support"


@dataclass(frozen=True)
class PlanFilters:
    """The filters of the plan page besides the text search; the defaults keep every row."""

    office_id: int | None = None
    role: str = ANY_ROLE
    section_id: int | None = None
    due_within_days: int | None = None
    overdue: bool = False
    no_lead: bool = False

    def is_empty(self) -> bool:
        return self == PlanFilters()


@dataclass(frozen=True)
class OfficeSummary:
    leads: int
    supports: int
    overdue: int


def is_overdue(row: PlanRow, today: dt.date) -> bool:
    return row.due is not None and row.due < today


def _has_office(row: PlanRow, office_id: int, role: str) -> bool:
    leads = row.lead_office_id == office_id
    supports = office_id in row.support_office_ids
    return leads if role == LEAD_ROLE else supports if role == SUPPORT_ROLE else leads or supports


def row_predicate(filters: PlanFilters, today: dt.date) -> Callable[[PlanRow], bool] | None:
    """A test for one row combining every filter, or None when no filter is set (keep all)."""
    if filters.is_empty():
        return None
    horizon = today + dt.timedelta(days=filters.due_within_days or 0)

    def keep(row: PlanRow) -> bool:
        if filters.office_id is not None and not _has_office(row, filters.office_id, filters.role):
            return False
        if filters.section_id is not None and row.section_id != filters.section_id:
            return False
        if filters.due_within_days is not None and not (row.due and today <= row.due <= horizon):
            return False
        if filters.overdue and not is_overdue(row, today):
            return False
        return not (filters.no_lead and row.lead_office_id is not None)

    return keep


def office_summary(rows: list[PlanRow], office_id: int, today: dt.date) -> OfficeSummary:
    """How many tasks *office_id* leads and supports, and how many of those are overdue."""
    leads = supports = overdue = 0
    for row in rows:
        if row.lead_office_id == office_id:
            leads += 1
        elif office_id in row.support_office_ids:
            supports += 1
        else:
            continue
        overdue += is_overdue(row, today)
    return OfficeSummary(leads, supports, overdue)
