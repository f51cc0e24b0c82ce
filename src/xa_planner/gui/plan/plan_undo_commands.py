"""Undoable plan edits: each redo and undo is itself a call to the plan editing service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from xa_planner.gui.plan.plan_edits import full_changes
from xa_planner.gui.plan.plan_table_model import PlanTableModel
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError
from xa_planner.services.plan_editing_service import TaskChanges
from xa_planner.services.views import PlanRow

_FAR = 1_000_000  # a move "to the very top": the service clamps it to the first position


class PlanEditContext:
    """What the commands work through. A removed task comes back under a new id; ``resolve``
    follows those renamings so older commands still reach the right task."""

    def __init__(self, editing, model: PlanTableModel, plan_id: Callable[[], int | None],
                 failed: Callable[[ServiceError], None], structure_changed: Callable[[int | None], None]):
        self.editing = editing
        self.model = model
        self._plan_id = plan_id
        self.failed = failed
        self._reload = structure_changed
        self._renamed: dict[int, int] = {}
        # The version each task had right after this stack last wrote it. Undo and redo write
        # against it, not against a reloaded table, so a change made elsewhere in between (another
        # PC, a returned sheet) is refused rather than silently undone.
        self._written: dict[int, int] = {}

    def plan_id(self) -> int:
        """The plan the page shows: commands run only while one is shown."""
        plan_id = self._plan_id()
        assert plan_id is not None, "plan commands run while a plan is shown"
        return plan_id

    def resolve(self, task_id: int) -> int:
        while task_id in self._renamed:
            task_id = self._renamed[task_id]
        return task_id

    def rename(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._renamed[old_id] = new_id

    def shown_version(self, task_id: int) -> int:
        """The version of the task as the table last showed it (0: not shown, not checked)."""
        shown = self.model.task_row(task_id)
        return shown.version if shown else 0

    def seen_version(self, task_id: int) -> int:
        """The version to write against: this stack's own last write, else what the table shows."""
        return self._written.get(task_id) or self.shown_version(task_id)

    def remember(self, row: PlanRow) -> None:
        self._written[row.task_id] = row.version

    def structure_changed(self, select_task_id: int | None) -> None:
        """Our own add, remove, move or group change renumbered tasks: the table, reloaded,
        now shows versions this stack made."""
        self._reload(select_task_id)
        self._written.clear()

    def store(self, task_id: int, changes: TaskChanges) -> PlanRow:
        """Apply *changes* to the task as this stack last left it; the table shows the stored row."""
        task_id = self.resolve(task_id)
        row = self.editing.update_task(task_id, changes, self.seen_version(task_id))
        self.remember(row)
        self.model.replace_row(row)
        return row


class _ServiceCommand(QUndoCommand):
    """A failed call shows its message, reloads the plan and drops the command from the stack."""

    def __init__(self, context: PlanEditContext, text: str) -> None:
        super().__init__(text)
        self._context = context

    def redo(self) -> None:
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, call: Callable[[], None]) -> None:
        try:
            call()
        except ServiceError as err:
            self.setObsolete(True)
            self._context.failed(err)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class EditTaskCommand(_ServiceCommand):
    def __init__(self, context: PlanEditContext, task_id: int, before: TaskChanges, after: TaskChanges) -> None:
        super().__init__(context, _("Sửa nhiệm vụ"))
        self._task_id, self._before, self._after = task_id, before, after

    def _redo(self) -> None:
        self._context.store(self._task_id, self._after)

    def _undo(self) -> None:
        self._context.store(self._task_id, self._before)


class BulkAssignCommand(_ServiceCommand):
    """Tasks needing the same change go to the service together (one transaction per group)."""

    def __init__(self, context: PlanEditContext, groups: list[tuple[list[int], TaskChanges]],
                 before: dict[int, TaskChanges]) -> None:
        super().__init__(context, _("Giao hàng loạt"))
        self._groups, self._before = groups, before

    def _redo(self) -> None:
        for task_ids, changes in self._groups:
            ids = [self._context.resolve(i) for i in task_ids]
            seen = {i: self._context.seen_version(i) for i in ids}
            for row in self._context.editing.bulk_assign(seen, changes):
                self._context.remember(row)
                self._context.model.replace_row(row)

    def _undo(self) -> None:
        for task_id, changes in self._before.items():
            self._context.store(task_id, changes)


class AddTaskCommand(_ServiceCommand):
    def __init__(self, context: PlanEditContext, after_task_id: int | None, content: str,
                 section_id: int | None = None, text: str = "") -> None:
        super().__init__(context, text or _("Thêm nhiệm vụ"))
        self._after, self._content, self._section_id = after_task_id, content, section_id
        self.task_id: int | None = None

    def _redo(self) -> None:
        context = self._context
        after = context.resolve(self._after) if self._after is not None else None
        row = context.editing.add_task(context.plan_id(), after, self._content, self._section_id)
        if self.task_id is None:
            self.task_id = row.task_id
        context.rename(self.task_id, row.task_id)
        context.structure_changed(row.task_id)

    def _undo(self) -> None:
        assert self.task_id is not None, "undone after it was done"
        self._context.editing.remove_task(self._context.resolve(self.task_id))
        self._context.structure_changed(None)


class RemoveTasksCommand(_ServiceCommand):
    """Removes the tasks last first, so each undo puts a task back after one that exists again.
    A refused removal (the task has progress) is reported; the others stay removed.
    Undo recreates a task with its fields at its place, under a new id (its targets and the
    link to the provincial task are not editable here, so they are not recreated)."""

    def __init__(self, context: PlanEditContext, removals: list[tuple[PlanRow, int | None]]) -> None:
        super().__init__(context, _("Xóa nhiệm vụ"))
        self._removals = removals  # (row, the task before it), in plan order
        self._removed: list[tuple[PlanRow, int | None]] = []

    def _redo(self) -> None:
        self._removed, refusal = [], None
        for row, previous in reversed(self._removals):
            try:
                self._context.editing.remove_task(self._context.resolve(row.task_id))
            except ServiceError as err:
                refusal = err
                continue
            self._removed.insert(0, (row, previous))
        self._context.structure_changed(None)
        if refusal is not None:
            if not self._removed:
                raise refusal
            self._context.failed(refusal)

    def _undo(self) -> None:
        for row, previous in self._removed:
            self._restore(row, previous)
        first = self._removed[0][0].task_id if self._removed else None
        self._context.structure_changed(None if first is None else self._context.resolve(first))

    def _restore(self, row: PlanRow, previous: int | None) -> None:
        context = self._context
        after = context.resolve(previous) if previous is not None else None
        added = context.editing.add_task(context.plan_id(), after, row.content, row.section_id)
        if after is None:
            context.editing.move_task(added.task_id, -_FAR)
        context.editing.update_task(added.task_id, full_changes(row), added.version)
        context.rename(row.task_id, added.task_id)


class MoveTaskCommand(_ServiceCommand):
    def __init__(self, context: PlanEditContext, task_id: int, delta: int) -> None:
        super().__init__(context, _("Chuyển nhiệm vụ"))
        self._task_id, self._delta = task_id, delta

    def _redo(self) -> None:
        self._move(self._delta)

    def _undo(self) -> None:
        self._move(-self._delta)

    def _move(self, delta: int) -> None:
        task_id = self._context.resolve(self._task_id)
        self._context.editing.move_task(task_id, delta)
        self._context.structure_changed(task_id)


class AddSectionCommand(AddTaskCommand):
    """A new group with its first task (a group shows in the table through its tasks)."""

    def __init__(self, context: PlanEditContext, ref: str, title: str, first_task: str) -> None:
        super().__init__(context, None, first_task, None, _("Thêm nhóm nhiệm vụ"))
        self._ref, self._title = ref, title

    def _redo(self) -> None:
        if self._section_id is None:
            self._section_id = self._context.editing.add_section(self._context.plan_id(), self._ref, self._title)
        super()._redo()
