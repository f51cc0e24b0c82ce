"""When the province amends its plan: what changed for the commune plan, and taking each change."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from xa_planner.domain import derivation
from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.stored import StoredPlanTask
from xa_planner.domain.template_diff import ADDED, REMOVED, REWORDED, TaskChange, diff_templates
from xa_planner.domain.text import fold
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput, NotFound
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.storage.plan_editing_repository import PlanEditingRepository
from xa_planner.storage.repositories import (
    AuditRepository,
    OfficeRepository,
    PlanRepository,
    TemplateRepository,
)
from xa_planner.storage.unit_mapping_repository import UnitMappingRepository

EXTRA_SECTION_TITLE = "Nhiệm vụ bổ sung theo kế hoạch sửa đổi của tỉnh"
# Each change followed from the province's template, as the audit log names it.
_FOLLOWED = {
    ADDED: AuditAction.PLAN_ADDED,
    REMOVED: AuditAction.PLAN_REMOVED,
    REWORDED: AuditAction.PLAN_REWORDED,
}


@dataclasses.dataclass(frozen=True)
class PlanChange:
    """A change of the provincial plan as it concerns the commune plan."""

    key: str
    kind: str  # added, removed, reworded
    old_ref: str
    new_ref: str
    old_text: str
    new_text: str
    plan_task_id: int | None  # the commune task derived from the old provincial task


@dataclasses.dataclass(frozen=True)
class UpdateSummary:
    reworded: int
    added: int
    removed: int
    kept: tuple[str, ...]  # commune tasks kept because they already have reported progress


class TemplateUpdateService(ServiceBase):
    def changes(self, plan_id: int, new_template_id: int) -> list[PlanChange]:
        """The differences between the plan's template and *new_template_id*."""
        with self._read() as session:
            diff, linked = self._diff(session, plan_id, new_template_id)
        return [_plan_change(change, linked) for change in diff]

    def apply(self, plan_id: int, new_template_id: int, keys: Iterable[str]) -> UpdateSummary:
        """Take the chosen changes in one transaction; the plan then follows the new version."""
        chosen = set(keys)
        self._backup_before_bulk_change()
        with self._write() as session:
            diff, linked = self._diff(session, plan_id, new_template_id)
            applier = _Applier(session, plan_id, self._user)
            for change in (c for c in diff if c.key in chosen):
                applier.apply(change, linked)
            PlanEditingRepository(session).set_plan_template(plan_id, new_template_id)
            AuditRepository(session).record(
                self._user,
                AuditAction.PLAN_FOLLOW_TEMPLATE,
                "plan",
                plan_id,
                {"template": new_template_id, "changes": len(chosen)},
            )
            return applier.summary()

    def _diff(self, session, plan_id: int, new_template_id: int):
        plan = PlanRepository(session).get(plan_id)
        if plan is None:
            raise NotFound(_("Không tìm thấy kế hoạch số {id}.").format(id=plan_id))
        if plan.template_id is None:
            raise InvalidInput(
                _("Kế hoạch này không lập từ kế hoạch của tỉnh nên không so sánh được.")
            )
        templates = TemplateRepository(session)
        old, new = templates.get(plan.template_id), templates.get(new_template_id)
        if new is None:
            raise NotFound(
                _("Không tìm thấy kế hoạch của tỉnh số {id}.").format(id=new_template_id)
            )
        linked = PlanEditingRepository(session).tasks_by_source(plan_id)
        assert old is not None, "a plan's template_id names a stored template (ON DELETE SET NULL)"
        return diff_templates(old.tasks, new.tasks), linked


def _plan_change(change: TaskChange, linked: dict[int, StoredPlanTask]) -> PlanChange:
    old, new = change.old, change.new
    task = _linked_task(linked, old)
    return PlanChange(
        key=change.key,
        kind=change.kind,
        old_ref=old.ref if old else "",
        new_ref=new.ref if new else "",
        old_text=old.content if old else "",
        new_text=new.content if new else "",
        plan_task_id=task.id if task else None,
    )


def _linked_task(
    linked: dict[int, StoredPlanTask], template_task: TemplateTask | None
) -> StoredPlanTask | None:
    """The plan task derived from *template_task*, if any."""
    if template_task is None or template_task.id is None:
        return None
    return linked.get(template_task.id)


class _Applier:
    """Applies changes inside one session, counting what it did."""

    def __init__(self, session, plan_id: int, user: str) -> None:
        self._session, self._plan_id, self._user = session, plan_id, user
        self._tasks = PlanEditingRepository(session)
        self._counts = {REWORDED: 0, ADDED: 0, REMOVED: 0}
        self._kept: list[str] = []

    def apply(self, change: TaskChange, linked: dict[int, StoredPlanTask]) -> None:
        task = _linked_task(linked, change.old)
        new = change.new
        if change.kind == REWORDED and task is not None:
            assert new is not None, "a reworded task has its new wording"
            self._tasks.update_task(task.id, 0, _fields_from(new, *self._schedule(new)))
        elif change.kind == ADDED:
            assert new is not None, "an added task is in the new template"
            self._add(new)
        elif change.kind == REMOVED and task is not None:
            if self._tasks.has_progress(task.id):
                self._kept.append(task.ref or task.content[:40])
                return
            self._tasks.delete_task(task.id)
        else:
            return
        self._counts[change.kind] += 1
        AuditRepository(self._session).record(
            self._user, _FOLLOWED[change.kind], "plan", self._plan_id, {"change": change.key}
        )

    def _add(self, new: TemplateTask) -> None:
        offices = OfficeRepository(self._session).all()
        remembered = UnitMappingRepository(self._session).remembered()
        assignment = derivation.assign_offices(new, offices, remembered)
        due, recurrence = self._schedule(new)
        order = self._tasks.task_places(self._plan_id)
        task_id = self._tasks.add_task(
            self._plan_id, self._section_for(new), new.content, len(order)
        )
        values = _fields_from(new, due, recurrence)
        values.update(lead_office_id=assignment.lead, support_office_ids=list(assignment.support))
        self._tasks.update_task(task_id, 0, values)

    def _schedule(self, task: TemplateTask):
        return derivation.schedule(task, self._year())

    def _year(self) -> int:
        plan = PlanRepository(self._session).get(self._plan_id)
        if plan is None:
            raise NotFound(_("Không tìm thấy kế hoạch số {id}.").format(id=self._plan_id))
        return plan.year

    def _section_for(self, task: TemplateTask) -> int:
        sections = self._tasks.sections(self._plan_id)
        wanted = fold(task.section or "")
        found = next((s for s in sections if wanted and fold(s.title) == wanted), None)
        found = found or next((s for s in sections if s.title == EXTRA_SECTION_TITLE), None)
        if found is None:
            ref = derivation.roman(len(sections) + 1)
            found = self._tasks.add_section(self._plan_id, ref, EXTRA_SECTION_TITLE)
        return found.id

    def summary(self) -> UpdateSummary:
        return UpdateSummary(
            self._counts[REWORDED], self._counts[ADDED], self._counts[REMOVED], tuple(self._kept)
        )


def _fields_from(task: TemplateTask, due, recurrence) -> dict:
    return {
        "content": task.content,
        "timeframe": task.timeframe,
        "products": task.products,
        "source_task_id": task.id,
        "source_ref": task.ref,
        "due": due,
        "recurrence": recurrence,
        "targets": task.targets,
    }
