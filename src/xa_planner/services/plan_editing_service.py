"""Editing the commune plan: task fields, bulk assignment, adding, removing, moving tasks and groups.

Every change is one transaction and one audit entry (who, when, old → new); a change made
from a stale copy of a task is refused, never silently applied over someone else's edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.stored import PlanTaskInPlan, StoredPlanSection
from xa_planner.domain.text import nfc
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput, NotFound
from xa_planner.services.plan_group_editing import PlanGroupEditing, number_tasks
from xa_planner.services.plan_service import plan_row
from xa_planner.services.views import PlanRow
from xa_planner.storage.plan_editing_repository import PlanEditingRepository
from xa_planner.storage.repositories import AuditRepository, OfficeRepository, PlanRepository

_UNSET = object()


@dataclasses.dataclass(frozen=True)
class TaskChanges:
    """The fields to change on a task; a field left as _UNSET keeps its value."""

    content: object = _UNSET
    directing_docs: object = _UNSET
    lead_office_id: object = _UNSET
    support_office_ids: object = _UNSET
    responsible_person: object = _UNSET
    due: object = _UNSET
    recurrence: object = _UNSET
    timeframe: object = _UNSET
    products: object = _UNSET
    section_id: object = _UNSET

    def values(self) -> dict:
        found = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        return {
            k: (nfc(v) if isinstance(v, str) else v) for k, v in found.items() if v is not _UNSET
        }


class PlanEditingService(PlanGroupEditing):
    def update_task(self, task_id: int, changes: TaskChanges, seen_version: int = 0) -> PlanRow:
        """Change one task; *seen_version* is the version the caller's copy was read at."""
        with self._write() as session:
            self._update_one(session, task_id, seen_version, changes, AuditAction.TASK_UPDATE)
            return self._rows(session, [task_id])[0]

    def bulk_assign(self, seen_versions: Mapping[int, int], changes: TaskChanges) -> list[PlanRow]:
        """Apply the same change to many tasks at once, all or nothing.

        *seen_versions* maps each task to the version the caller's copy was read at: a task that
        another PC changed meanwhile refuses the whole change instead of being overwritten.
        """
        if len(seen_versions) > 1:
            self._backup_before_bulk_change()
        with self._write() as session:
            bulk = AuditAction.TASK_BULK_UPDATE
            for task_id, seen_version in seen_versions.items():
                self._update_one(session, task_id, seen_version, changes, bulk)
            return self._rows(session, list(seen_versions))

    def add_task(
        self, plan_id: int, after_task_id: int | None, content: str, section_id: int | None = None
    ) -> PlanRow:
        """A commune-only task, placed after *after_task_id* (or at the end)."""
        if not content.strip():
            raise InvalidInput(_("Hãy nhập nội dung nhiệm vụ."))
        with self._write() as session:
            repository = PlanEditingRepository(session)
            tasks = repository.task_places(plan_id)
            index = next((i + 1 for i, t in enumerate(tasks) if t.id == after_task_id), len(tasks))
            if section_id not in {s.id for s in repository.sections(plan_id)}:
                section_id = None  # its group was merged or removed since: join the neighbour's
            if section_id is None and tasks:
                section_id = tasks[min(index, len(tasks)) - 1].section_id
            content = nfc(content.strip())
            new_id = repository.add_task(plan_id, section_id, content, index)
            order = [t.id for t in tasks]
            order.insert(index, new_id)
            repository.renumber(plan_id, order)
            number_tasks(repository, plan_id)
            AuditRepository(session).record(
                self._user, AuditAction.TASK_ADD, "plan_task", new_id, {"content": content}
            )
            return self._rows(session, [new_id])[0]

    def remove_task(self, task_id: int) -> None:
        """Remove a task that has no reported progress (history is never deleted)."""
        with self._write() as session:
            repository = PlanEditingRepository(session)
            task = self._task(repository, task_id)
            if repository.has_progress(task_id):
                raise InvalidInput(
                    _(
                        "Nhiệm vụ này đã có kết quả theo dõi nên không xóa được; "
                        "hãy đặt trạng thái “không thực hiện”."
                    )
                )
            AuditRepository(session).record(
                self._user,
                AuditAction.TASK_REMOVE,
                "plan_task",
                task_id,
                {"content": task.content, "ref": task.ref},
            )
            repository.delete_task(task_id)
            number_tasks(repository, task.plan_id)

    def move_task(self, task_id: int, delta: int) -> None:
        with self._write() as session:
            repository = PlanEditingRepository(session)
            plan_id = self._task(repository, task_id).plan_id
            order = [t.id for t in repository.task_places(plan_id)]
            index = order.index(task_id)
            target = max(0, min(len(order) - 1, index + delta))
            order.insert(target, order.pop(index))
            repository.renumber(plan_id, order)
            number_tasks(repository, plan_id)
            AuditRepository(session).record(
                self._user, AuditAction.TASK_MOVE, "plan_task", task_id, {"from": index, "to": target}
            )

    def add_section(self, plan_id: int, ref: str, title: str) -> int:
        if not title.strip():
            raise InvalidInput(_("Hãy nhập tên nhóm nhiệm vụ."))
        with self._write() as session:
            section = PlanEditingRepository(session).add_section(plan_id, ref.strip(), nfc(title))
            AuditRepository(session).record(
                self._user, AuditAction.SECTION_ADD, "plan_section", section.id, {"title": section.title}
            )
            return section.id

    def _update_one(
        self, session, task_id: int, seen_version: int, changes: TaskChanges, action: AuditAction
    ) -> None:
        """Change one task in *session* and log what changed under *action*; refuse a stale copy."""
        repository = PlanEditingRepository(session)
        task = self._task(repository, task_id)
        values = changes.values()
        self._check_values(repository, task, values)
        changed = repository.update_task(task_id, seen_version, values)
        if changed:
            AuditRepository(session).record(self._user, action, "plan_task", task_id, _jsonable(changed))

    def _task(self, repository: PlanEditingRepository, task_id: int) -> PlanTaskInPlan:
        task = repository.task(task_id)
        if task is None:
            raise NotFound(_("Không tìm thấy nhiệm vụ này; có thể nó vừa bị xóa."))
        return task

    def _check_values(self, repository: PlanEditingRepository, task: PlanTaskInPlan, values: dict) -> None:
        lead = values.get("lead_office_id")
        offices = [lead] if lead is not None else []
        offices += list(values.get("support_office_ids", ()))
        if any(not repository.office_exists(o) for o in offices):
            raise InvalidInput(_("Đơn vị được chọn không còn trong danh sách đơn vị."))
        if "support_office_ids" in values:
            lead_id = values.get("lead_office_id", task.lead_office_id)
            values["support_office_ids"] = [o for o in values["support_office_ids"] if o != lead_id]
        if "content" in values and not str(values["content"]).strip():
            raise InvalidInput(_("Nội dung nhiệm vụ không được để trống."))

    def _rows(self, session, task_ids: list[int]) -> list[PlanRow]:
        """Plain rows of the tasks as now stored, reading office names and sections once."""
        names = OfficeRepository(session).names_by_id()
        editing, plans = PlanEditingRepository(session), PlanRepository(session)
        sections: dict[int, dict[int | None, StoredPlanSection]] = {}
        rows = []
        for task in (self._task(editing, task_id) for task_id in task_ids):
            if task.plan_id not in sections:
                sections[task.plan_id] = {s.id: s for s in plans.sections(task.plan_id)}
            rows.append(plan_row(task, sections[task.plan_id].get(task.section_id), names))
        return rows


def _jsonable(changed: dict) -> dict:
    def plain(value):
        return value.isoformat() if isinstance(value, dt.date) else value

    return {k: [plain(v) for v in pair] for k, pair in changed.items()}
