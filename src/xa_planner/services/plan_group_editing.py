"""Editing the groups of the commune plan: rename, reorder, merge, remove and bring back a group.

Each change is one transaction and one audit entry. A group's tasks stay together in the plan's
order, and groups numbered I, II, III… (with their tasks I.1, I.2…) are renumbered after a change.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.json_values import JsonObject, JsonValue
from xa_planner.domain.roman_numerals import roman
from xa_planner.domain.stored import PlanSectionInPlan, SectionPlace, StoredPlanSection, TaskPlace
from xa_planner.domain.text import nfc
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput, NotFound
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.storage.plan_editing_repository import PlanEditingRepository
from xa_planner.storage.repositories import AuditRepository

_ROMAN_REF = re.compile(r"^[IVXLCDM]+$")
_TASK_REF = re.compile(r"^[IVXLCDM]+\.\d+$")
_NO_GROUP = -1  # tasks outside any group come first, as the table shows them
_Place = TypeVar("_Place", SectionPlace, TaskPlace)


@dataclasses.dataclass(frozen=True)
class GroupSnapshot:
    """A group as it was before it was merged or removed, and the plan's order then."""

    plan_id: int
    section_id: int
    ref: str
    title: str
    sections: tuple[tuple[int, str, int], ...]  # (section id, ref, position)
    tasks: tuple[tuple[int, int | None, str, int], ...]  # (task id, section id, ref, position)


class PlanGroupEditing(ServiceBase):
    """The group operations of the plan editing service."""

    def rename_section(self, section_id: int, title: str) -> None:
        title = nfc(" ".join(title.split()))
        if not title:
            raise InvalidInput(_("Hãy nhập tên nhóm nhiệm vụ."))
        with self._write() as session:
            repository = PlanEditingRepository(session)
            section = _section(repository, section_id)
            if section.title == title:
                return
            detail = {"title": [section.title, title]}
            repository.rename_section(section_id, title)
            AuditRepository(session).record(self._user, AuditAction.SECTION_RENAME, "plan_section", section_id, detail)

    def move_section(self, section_id: int, delta: int) -> None:
        """Move a group up (delta -1) or down (+1) among the groups, its tasks with it."""
        with self._write() as session:
            repository = PlanEditingRepository(session)
            section = _section(repository, section_id)
            order = _group_order(repository, section.plan_id)
            index = [s.id for s in order].index(section_id)
            target = max(0, min(len(order) - 1, index + delta))
            if target == index:
                return
            order.insert(target, order.pop(index))
            _apply_order(repository, section.plan_id, order)
            detail: JsonObject = {"title": section.title, "from": index + 1, "to": target + 1}
            AuditRepository(session).record(self._user, AuditAction.SECTION_MOVE, "plan_section", section_id, detail)

    def merge_section(self, section_id: int, into_section_id: int) -> GroupSnapshot:
        """Put a group's tasks at the end of another group, and drop the emptied group."""
        return self._fold_section(section_id, into_section_id, AuditAction.SECTION_MERGE)

    def remove_section(self, section_id: int, move_to_section_id: int | None) -> GroupSnapshot:
        """Delete a group; its tasks go to the end of the group the officer chose."""
        return self._fold_section(section_id, move_to_section_id, AuditAction.SECTION_REMOVE)

    def restore_section(self, snapshot: GroupSnapshot) -> int:
        """Bring back a merged or removed group with its tasks and the plan's order as they were."""
        with self._write() as session:
            repository = PlanEditingRepository(session)
            restored = repository.insert_section(snapshot.plan_id, snapshot.ref, snapshot.title)
            gone = snapshot.section_id
            sections = [
                SectionPlace(restored if s == gone else s, ref, position)
                for s, ref, position in snapshot.sections
            ]
            tasks = [
                TaskPlace(t, restored if s == gone else s, ref, position)
                for t, s, ref, position in snapshot.tasks
            ]
            repository.place(sections, tasks)
            AuditRepository(session).record(
                self._user, AuditAction.SECTION_RESTORE, "plan_section", restored, {"title": snapshot.title}
            )
            return restored

    def _fold_section(
        self, section_id: int, target_id: int | None, action: AuditAction
    ) -> GroupSnapshot:
        with self._write() as session:
            repository = PlanEditingRepository(session)
            section = _section(repository, section_id)
            target = _target(repository, section, target_id)
            snapshot = _snapshot(repository, section)
            moved = repository.section_task_ids(section_id)
            if moved and target is None:
                raise InvalidInput(_("Hãy chọn nhóm nhận các nhiệm vụ của nhóm này."))
            order = [s for s in _group_order(repository, section.plan_id) if s.id != section_id]
            if target is not None:
                repository.move_to_section(moved, target.id)
            _apply_order(repository, section.plan_id, order, frozenset(moved))
            detail: dict[str, JsonValue] = {"title": section.title}
            if target is not None:
                detail["section_id"] = [section.title, target.title]
            repository.delete_section(section_id)
            AuditRepository(session).record(self._user, action, "plan_section", section_id, detail)
            return snapshot


def _section(repository: PlanEditingRepository, section_id: int) -> PlanSectionInPlan:
    section = repository.section(section_id)
    if section is None:
        raise NotFound(_("Không tìm thấy nhóm nhiệm vụ này; có thể nó vừa bị xóa."))
    return section


def _target(
    repository: PlanEditingRepository, section: PlanSectionInPlan, target_id: int | None
) -> PlanSectionInPlan | None:
    if target_id is None:
        return None
    target = repository.section(target_id)
    if target is None or target.plan_id != section.plan_id or target.id == section.id:
        raise InvalidInput(_("Hãy chọn một nhóm khác của cùng kế hoạch."))
    return target


def _snapshot(repository: PlanEditingRepository, section: PlanSectionInPlan) -> GroupSnapshot:
    sections = tuple((s.id, s.ref, s.position) for s in repository.sections(section.plan_id))
    tasks = tuple((t.id, t.section_id, t.ref, t.position) for t in repository.task_places(section.plan_id))
    return GroupSnapshot(section.plan_id, section.id, section.ref, section.title, sections, tasks)


def _group_order(repository: PlanEditingRepository, plan_id: int) -> list[StoredPlanSection]:
    """The groups in the order the officer sees them: by their first task, empty ones last."""
    tasks = repository.task_places(plan_id)
    first: dict[int | None, int] = {}
    for index, task in enumerate(tasks):
        first.setdefault(task.section_id, index)
    sections = repository.sections(plan_id)
    return sorted(sections, key=lambda s: (first.get(s.id, len(tasks)), s.position))


def _apply_order(
    repository: PlanEditingRepository,
    plan_id: int,
    order: list[StoredPlanSection],
    moved: frozenset[int] = frozenset(),
) -> None:
    """Positions of the groups, then of the tasks group by group (*moved* tasks last in theirs);
    groups numbered I, II, III… in order are numbered again, with their tasks' "I.1" numbers."""
    place: dict[int | None, int] = {section.id: index for index, section in enumerate(order)}
    before = repository.task_places(plan_id)
    ordered = sorted(before, key=lambda t: (place.get(t.section_id, _NO_GROUP), t.id in moved))
    sections = [SectionPlace(s.id, s.ref, index) for index, s in enumerate(order)]
    tasks = [TaskPlace(t.id, t.section_id, t.ref, index) for index, t in enumerate(ordered)]
    if order and all(_ROMAN_REF.match(s.ref or "") for s in order):
        sections, tasks = _renumbered(sections, tasks, place)
    sections_before = {SectionPlace(s.id, s.ref, s.position) for s in order}
    repository.place(_changed(sections, sections_before), _changed(tasks, set(before)))


def _changed(places: list[_Place], before: set[_Place]) -> list[_Place]:
    """The places that differ from how they stood: only those rows are written."""
    return [p for p in places if p not in before]


def number_tasks(repository: PlanEditingRepository, plan_id: int) -> None:
    """The plan's tasks numbered I.1, I.2… again in the order the officer sees them, after a
    task was added (it had no number), removed (a gap) or moved (numbers out of order)."""
    _apply_order(repository, plan_id, _group_order(repository, plan_id))


def _renumbered(
    sections: list[SectionPlace], tasks: list[TaskPlace], place: dict[int | None, int]
) -> tuple[list[SectionPlace], list[TaskPlace]]:
    """ "III" becomes "II" when it moves up; its tasks "III.2"… become "II.1"… in their new order."""
    sections = [SectionPlace(s.id, roman(index + 1), s.position) for index, s in enumerate(sections)]
    counts: dict[int | None, int] = {}
    numbered = []
    for task in tasks:
        group = task.section_id
        if group in place:
            counts[group] = counts.get(group, 0) + 1
            if not task.ref or _TASK_REF.match(task.ref):  # a new task has no number yet
                task = TaskPlace(task.id, group, f"{roman(place[group] + 1)}.{counts[group]}", task.position)
        numbered.append(task)
    return sections, numbered
