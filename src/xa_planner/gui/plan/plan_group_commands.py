"""Undoable edits of the plan's groups: rename, move, merge and delete, each a plan editing service call."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from xa_planner.gui.plan.plan_undo_commands import PlanEditContext, _ServiceCommand
from xa_planner.localization import _
from xa_planner.services.plan_group_editing import GroupSnapshot


class GroupIds:
    """A group brought back by undo has a new id; older commands follow the renaming through ``resolve``.
    ``changed`` tells the page that the groups changed (its group filter lists them)."""

    def __init__(self, changed: Callable[[], None]) -> None:
        self._renamed: dict[int, int] = {}
        self.changed = changed

    def resolve(self, section_id: int) -> int:
        while section_id in self._renamed:
            section_id = self._renamed[section_id]
        return section_id

    def rename(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._renamed[old_id] = new_id


class RenameGroupCommand(_ServiceCommand):
    def __init__(self, context: PlanEditContext, ids: GroupIds, section_id: int, before: str, after: str) -> None:
        super().__init__(context, _("Đổi tên nhóm nhiệm vụ"))
        self._ids, self._section_id, self._before, self._after = ids, section_id, before, after

    def _redo(self) -> None:
        self._rename(self._after)

    def _undo(self) -> None:
        self._rename(self._before)

    def _rename(self, title: str) -> None:
        self._context.editing.rename_section(self._ids.resolve(self._section_id), title)
        self._context.structure_changed(None)
        self._ids.changed()


class MoveGroupCommand(_ServiceCommand):
    def __init__(self, context: PlanEditContext, ids: GroupIds, section_id: int, delta: int) -> None:
        super().__init__(context, _("Đổi thứ tự nhóm nhiệm vụ"))
        self._ids, self._section_id, self._delta = ids, section_id, delta

    def _redo(self) -> None:
        self._move(self._delta)

    def _undo(self) -> None:
        self._move(-self._delta)

    def _move(self, delta: int) -> None:
        self._context.editing.move_section(self._ids.resolve(self._section_id), delta)
        self._context.structure_changed(None)
        self._ids.changed()


class FoldGroupCommand(_ServiceCommand):
    """Merge a group into another, or delete it moving its tasks there; undo brings it back as it was."""

    def __init__(self, context: PlanEditContext, ids: GroupIds, section_id: int, target_id: int,
                 merge: bool) -> None:
        super().__init__(context, _("Gộp nhóm nhiệm vụ") if merge else _("Xóa nhóm nhiệm vụ"))
        self._ids, self._section_id, self._target_id, self._merge = ids, section_id, target_id, merge
        self._snapshot: GroupSnapshot | None = None

    def _redo(self) -> None:
        editing, ids = self._context.editing, self._ids
        fold = editing.merge_section if self._merge else editing.remove_section
        self._snapshot = fold(ids.resolve(self._section_id), ids.resolve(self._target_id))
        self._context.structure_changed(None)
        self._ids.changed()

    def _undo(self) -> None:
        snapshot, task, group = self._snapshot, self._context.resolve, self._ids.resolve
        assert snapshot is not None, "undone after it was done"
        snapshot = dataclasses.replace(
            snapshot,
            sections=tuple((group(s), ref, place) for s, ref, place in snapshot.sections),
            tasks=tuple(
                (task(t), s if s is None else group(s), ref, place) for t, s, ref, place in snapshot.tasks
            ),
        )
        new_id = self._context.editing.restore_section(snapshot)
        self._ids.rename(snapshot.section_id, new_id)
        self._context.structure_changed(None)
        self._ids.changed()
