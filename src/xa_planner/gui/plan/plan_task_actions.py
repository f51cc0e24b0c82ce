"""PlanTaskActions: the plan page's operations on tasks, each pushed on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QTableView, QWidget

from xa_planner.gui.plan.bulk_assign_dialog import BulkAssignDialog
from xa_planner.gui.plan.plan_clipboard import table_as_html, table_as_tsv
from xa_planner.gui.plan.plan_edits import CONTENT, bulk_groups, changes_for_cell, reverting_changes
from xa_planner.gui.plan.plan_group_actions import PlanGroupActions
from xa_planner.gui.plan.plan_section_dialog import PlanSectionDialog
from xa_planner.gui.plan.plan_table_model import PlanTableModel
from xa_planner.gui.plan.plan_undo_commands import (
    AddSectionCommand,
    AddTaskCommand,
    BulkAssignCommand,
    EditTaskCommand,
    MoveTaskCommand,
    PlanEditContext,
    RemoveTasksCommand,
)
from xa_planner.gui.widgets import prompts
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError
from xa_planner.services.views import PlanRow


class PlanTaskActions:
    """Reads the selection of *table*, asks what is needed, and pushes one undoable command."""

    def __init__(self, page: QWidget, table: QTableView, model: PlanTableModel, editing,
                 plan_id: Callable[[], int | None], reload_rows: Callable[[int | None], None]) -> None:
        self._page, self._table, self._model = page, table, model
        self._plan_id = plan_id
        self._reload_rows = reload_rows
        self.offices: list = []
        self.plan_year: int | None = None
        self.undo_stack = QUndoStack(page)
        self.context = PlanEditContext(editing, model, plan_id, self._on_failed, reload_rows)
        self.groups = PlanGroupActions(page, table, model, self.context, self.undo_stack)
        model.cell_edited.connect(self._on_cell_edited)

    # --- selection ---------------------------------------------------------------------
    def selected_rows(self) -> list[PlanRow]:
        rows = sorted(i.row() for i in self._table.selectionModel().selectedRows())
        found = (self._model.row_at(self._model.index(r, 0)) for r in rows)
        return [row for row in found if row is not None]

    def current_row(self) -> PlanRow | None:
        return self._model.row_at(self._table.currentIndex())

    def select_task(self, task_id: int | None, column: int = CONTENT) -> bool:
        row = -1 if task_id is None else self._model.table_row_of(task_id)
        if row < 0:
            return False
        index = self._model.index(row, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._table.selectionModel().setCurrentIndex(index, flags)
        self._table.scrollTo(index)
        return True

    # --- operations --------------------------------------------------------------------
    def _on_cell_edited(self, row: PlanRow, column: int, value) -> None:
        changes = changes_for_cell(row, column, value, self.plan_year)
        if changes is not None:
            before = reverting_changes(row, changes)
            self.undo_stack.push(EditTaskCommand(self.context, row.task_id, before, changes))

    def add_task(self) -> None:
        if self._plan_id() is None:
            return
        current = self.current_row()
        command = AddTaskCommand(self.context, current.task_id if current else None, _("Nhiệm vụ mới"),
                                 current.section_id if current else None)
        self.undo_stack.push(command)
        if command.task_id is not None and self.select_task(command.task_id):
            self._table.edit(self._table.currentIndex())

    def add_section(self) -> None:
        if self._plan_id() is None:
            return
        section = PlanSectionDialog.ask(self._page)
        if section is not None:
            command = AddSectionCommand(self.context, section.ref, section.title, section.first_task)
            self.undo_stack.push(command)

    def remove_tasks(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = _("Xóa nhiệm vụ “{title}” khỏi kế hoạch?").format(title=rows[0].content[:80])
        else:
            question = _("Xóa {n} nhiệm vụ đã chọn khỏi kế hoạch?").format(n=len(rows))
        if not prompts.confirm(self._page, question):
            return
        removals = []
        for row in sorted(rows, key=lambda r: self._model.plan_position(r.task_id)):
            previous = self._model.neighbour(row.task_id, -1)
            removals.append((row, previous.task_id if previous else None))
        self.undo_stack.push(RemoveTasksCommand(self.context, removals))

    def move(self, delta: int) -> None:
        current = self.current_row()
        if current is None:
            return
        neighbour = self._model.neighbour(current.task_id, delta)
        if neighbour is None or neighbour.section_id != current.section_id:
            return  # already first/last of its group
        self.undo_stack.push(MoveTaskCommand(self.context, current.task_id, delta))
        self.select_task(current.task_id, self._table.currentIndex().column())

    def bulk_assign(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        assignment = BulkAssignDialog.ask(self._page, self.offices, len(rows), self.plan_year)
        if assignment is None:
            return
        groups = bulk_groups(rows, assignment)
        change_of = {task_id: changes for ids, changes in groups for task_id in ids}
        before = {row.task_id: reverting_changes(row, change_of[row.task_id]) for row in rows}
        self.undo_stack.push(BulkAssignCommand(self.context, groups, before))

    def copy(self) -> None:
        view, model = self._table, self._model
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
        rows = sorted(i.row() for i in view.selectionModel().selectedRows())
        cells = [[str(model.index(r, c).data() or "") for c in columns] for r in rows]
        mime = QMimeData()
        mime.setText(table_as_tsv(headers, cells))
        mime.setHtml(table_as_html(headers, cells))
        QGuiApplication.clipboard().setMimeData(mime)

    # --- failures ----------------------------------------------------------------------
    def _on_failed(self, err: ServiceError) -> None:
        # Later: the failure may come from inside an editor's commit, which a reset must not interrupt.
        current = self.current_row()
        QTimer.singleShot(
            0, self._page, lambda: self._report_failure(err, current.task_id if current else None)
        )

    def _report_failure(self, err: ServiceError, task_id: int | None) -> None:
        prompts.show_error(self._page, str(err))
        self._reload_rows(task_id)
