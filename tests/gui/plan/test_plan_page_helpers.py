"""Shared helpers of the plan page tests: a shown page over a demo workspace, and editor access."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from xa_planner.gui.plan.plan_page import PlanPage


def open_page(qtbot, workspace, today) -> PlanPage:
    page = PlanPage(workspace.plans, workspace.editing, workspace.commune, lambda: today)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    qtbot.waitUntil(lambda: page.model.total_count() > 0)
    return page


def focus_table(qtbot, page):
    """Give the plan table the keyboard focus and wait for it: its shortcuts (Delete, Ctrl+C,
    Ctrl+Down…) act only while it has focus, which a loaded machine may grant a moment late."""
    table = page._ui.plan_table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    return table


def stored_rows(workspace) -> dict:
    plan_id = workspace.plans.current_plan().id
    return {row.task_id: row for row in workspace.plans.plan_rows(plan_id)}


def first_task_row(page) -> int:
    model = page.model
    return next(r for r in range(model.rowCount()) if model.row_at(model.index(r, 0)) is not None)


def start_editing(qtbot, page, row: int, column: int):
    """Open the cell's editor the keyboard way (select, F2) and return the focused editor widget."""
    table = focus_table(qtbot, page)
    table.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (None, table))
    return QApplication.focusWidget()


def office_id(workspace, short_name: str) -> int:
    return next(o.id for o in workspace.commune.offices() if o.short_name == short_name)


def commit(qtbot, page, editor) -> None:
    """Enter in the editor; Qt stores the value once the event loop runs (a queued commit)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: page._ui.plan_table.state() != editing)
