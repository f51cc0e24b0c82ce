"""Reading the commune plans: summaries and the rows of the plan table."""

from __future__ import annotations

from collections.abc import Mapping

from xa_planner.domain.completeness import task_problems
from xa_planner.domain.plans import PlanSection, PlanTask, Target
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import PlanRow, PlanSummary
from xa_planner.storage.reads import OfficeReads, PlanReads


def targets_text(targets: tuple[Target, ...]) -> str:
    return "; ".join(t.text for t in targets if t.text)


class PlanService(ServiceBase):
    def plans(self) -> list[PlanSummary]:
        with self._query() as query:
            return [
                PlanSummary(r.id, r.year, r.title, r.number, count, r.is_current)
                for r, count in PlanReads(query).summaries()
            ]

    def has_plan(self) -> bool:
        """Whether the commune has a plan yet (one light query: the menus ask it at every start)."""
        with self._query() as query:
            return PlanReads(query).current_id() is not None

    def current_plan(self) -> PlanSummary | None:
        plans = self.plans()
        return next((p for p in plans if p.is_current), plans[0] if plans else None)

    def plan_rows(self, plan_id: int) -> list[PlanRow]:
        """Every task of the plan in order, with office names resolved, as plain rows."""
        with self._query() as query:
            plans = PlanReads(query)
            names = OfficeReads(query).names_by_id()
            sections: dict[int | None, PlanSection] = {s.id: s for s in plans.sections(plan_id)}
            return [plan_row(task, sections.get(task.section_id), names) for task in plans.tasks(plan_id)]


def office_name(names: Mapping[int, str], office_id: int | None) -> str:
    """The office's name, "" for a task nobody leads yet (or an office no longer listed)."""
    return names.get(office_id, "") if office_id is not None else ""


def plan_row(task: PlanTask, section: PlanSection | None, names: dict[int, str]) -> PlanRow:
    """The plain row the plan table shows for one stored task."""
    assert task.id is not None, "a stored task has its id"
    return PlanRow(
        task_id=task.id,
        section_ref=section.ref if section else "",
        section_title=section.title if section else "",
        ref=task.ref,
        content=task.content,
        directing_docs=task.directing_docs,
        lead_office=office_name(names, task.lead_office_id),
        support_offices=tuple(names[i] for i in task.support_office_ids),
        responsible_person=task.responsible_person,
        due=task.due,
        timeframe=task.timeframe,
        products=task.products,
        targets=targets_text(task.targets),
        source_ref=task.source_ref,
        lead_office_id=task.lead_office_id,
        support_office_ids=task.support_office_ids,
        section_id=task.section_id,
        recurrence=task.recurrence,
        version=task.version,
    )


def completeness_problems(rows: list[PlanRow]) -> list[tuple[PlanRow, str]]:
    """The "6 rõ" check over plan rows: (row, problem code) in plan order."""
    return [(row, problem) for row in rows for problem in task_problems(row)]
