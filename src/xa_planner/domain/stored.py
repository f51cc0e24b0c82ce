"""Domain values as read back from the workspace: the same types, with the id a stored row has."""

from __future__ import annotations

from dataclasses import dataclass

from xa_planner.domain.indicators import Indicator
from xa_planner.domain.offices import Office
from xa_planner.domain.plans import Plan, PlanSection, PlanTask, Template


@dataclass(frozen=True)
class StoredOffice(Office):
    id: int


@dataclass(frozen=True)
class StoredIndicator(Indicator):
    id: int


@dataclass(frozen=True)
class StoredTemplate(Template):
    id: int


@dataclass(frozen=True)
class StoredPlan(Plan):
    id: int


@dataclass(frozen=True)
class StoredPlanSection(PlanSection):
    id: int


@dataclass(frozen=True)
class StoredPlanTask(PlanTask):
    id: int


@dataclass(frozen=True, kw_only=True)
class PlanTaskInPlan(StoredPlanTask):
    """A stored task with the plan it belongs to, as the plan editing services look one up."""

    plan_id: int


@dataclass(frozen=True, kw_only=True)
class PlanSectionInPlan(StoredPlanSection):
    """A stored group with the plan it belongs to."""

    plan_id: int


@dataclass(frozen=True)
class SectionPlace:
    """Where a group of a plan stands: its number ("II") and its position among the groups."""

    id: int
    ref: str
    position: int


@dataclass(frozen=True)
class TaskPlace:
    """Where a task of a plan stands: its group, its number ("II.3") and its position."""

    id: int
    section_id: int | None
    ref: str
    position: int
