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
