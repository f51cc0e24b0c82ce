"""PlanGroupActions: the plan page's operations on groups of tasks, in the table's context menu, undoable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from xa_planner.gui.plan.plan_group_commands import (
    FoldGroupCommand,
    GroupIds,
    MoveGroupCommand,
    RenameGroupCommand,
)
from xa_planner.gui.plan.plan_group_dialog import PlanGroupDialog
from xa_planner.gui.plan.plan_table_model import PlanTableModel
from xa_planner.gui.plan.plan_undo_commands import PlanEditContext
from xa_planner.gui.widgets import prompts
from xa_planner.localization import _, ngettext


class PlanGroupActions(QObject):
    """Acts on the group of the table's current row (a task's group, or the group a heading row heads)."""

    changed = Signal()  # after a group was renamed, moved, merged or deleted, or brought back by undo

    def __init__(self, page: QWidget, table: QTableView, model: PlanTableModel,
                 context: PlanEditContext, undo_stack: QUndoStack) -> None:
        super().__init__(page)
        self._page, self._table, self._model = page, table, model
        self._context, self._undo_stack = context, undo_stack
        self._ids = GroupIds(self.changed.emit)
        self.menu = QMenu(page)
        self.rename_action = self._action(self.rename)
        self.move_up_action = self._action(lambda: self.move(-1))
        self.move_down_action = self._action(lambda: self.move(+1))
        self.merge_action = self._action(self.merge)
        self.remove_action = self._action(self.remove)
        self.retranslate()
        page.installEventFilter(self)
        table.doubleClicked.connect(self._on_table_double_clicked)

    def _action(self, slot) -> QAction:
        action = self.menu.addAction("")
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(_("Nhóm nhiệm vụ"))
        self.rename_action.setText(_("Đổi tên nhóm…"))
        self.move_up_action.setText(_("Chuyển nhóm lên"))
        self.move_down_action.setText(_("Chuyển nhóm xuống"))
        self.merge_action.setText(_("Gộp vào nhóm khác…"))
        self.remove_action.setText(_("Xóa nhóm…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._page and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _on_table_double_clicked(self, index) -> None:
        # A heading row has no cell to edit: a double click on it renames its group.
        if index.isValid() and self._model.row_at(index) is None:
            self.rename()

    # --- the current group ---------------------------------------------------------------
    def current_group(self) -> tuple[int, str] | None:
        """(section id, title) of the group the current row belongs to or heads."""
        model, current = self._model, self._table.currentIndex()
        for row in range(max(current.row(), 0), model.rowCount()) if current.isValid() else ():
            found = model.row_at(model.index(row, 0))
            if found is not None:
                return (found.section_id, found.section_title) if found.section_id is not None else None
        return None

    def _others(self, section_id: int) -> list[tuple[int, str]]:
        return [(i, heading) for i, heading in self._model.sections() if i is not None and i != section_id]

    def _task_count(self, section_id: int) -> int:
        return sum(1 for row in self._model.rows() if row.section_id == section_id)

    # --- operations ------------------------------------------------------------------------
    def rename(self) -> None:
        group = self.current_group()
        if group is None:
            return
        question = _("Đổi tên nhóm “{title}”.").format(title=group[1])
        name = PlanGroupDialog.ask_name(self._page, question, group[1])
        if name is not None and name != group[1]:
            self._undo_stack.push(RenameGroupCommand(self._context, self._ids, group[0], group[1], name))

    def move(self, delta: int) -> None:
        group = self.current_group()
        if group is None:
            return
        order = [i for i, _heading in self._model.sections() if i is not None]
        if not 0 <= order.index(group[0]) + delta < len(order):
            return  # already the first or the last group
        self._undo_stack.push(MoveGroupCommand(self._context, self._ids, group[0], delta))

    def merge(self) -> None:
        self._fold(merge=True)

    def remove(self) -> None:
        self._fold(merge=False)

    def _fold(self, merge: bool) -> None:
        group = self.current_group()
        if group is None:
            return
        targets = self._others(group[0])
        if not targets:
            prompts.show_error(self._page, _("Kế hoạch chỉ có một nhóm nhiệm vụ; hãy thêm nhóm khác trước."))
            return
        count = self._task_count(group[0])
        if merge:
            question = ngettext("Gộp nhóm “{title}” ({n} nhiệm vụ) vào nhóm được chọn dưới đây.",
                                "Gộp nhóm “{title}” ({n} nhiệm vụ) vào nhóm được chọn dưới đây.", count)
        else:
            question = ngettext("Xóa nhóm “{title}”; {n} nhiệm vụ của nhóm được chuyển vào nhóm được chọn dưới đây.",
                                "Xóa nhóm “{title}”; {n} nhiệm vụ của nhóm được chuyển vào nhóm được chọn dưới đây.",
                                count)
        target = PlanGroupDialog.ask_target(self._page, question.format(title=group[1], n=count), targets)
        if target is not None:
            self._undo_stack.push(FoldGroupCommand(self._context, self._ids, group[0], target, merge))
