"""Leaving the plan page and coming back keeps its undo history; switching to another plan drops it."""

from __future__ import annotations

from xa_planner.gui.main.main_window import PLAN, TRACKING, MainWindow
from xa_planner.gui.widgets import prompts
from xa_planner.services.plan_editing_service import TaskChanges

from .test_plan_page_helpers import commit, first_task_row, start_editing, stored_rows


def _plan_page_of_a_window(qtbot, workspace, today) -> tuple[MainWindow, object]:
    window = MainWindow(workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.show_page(PLAN)
    page = window.plan_page
    qtbot.waitUntil(lambda: page.model.total_count() > 0)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, page


def test_an_edit_can_be_undone_after_visiting_another_page(qtbot, translator, demo_workspace, today):
    window, page = _plan_page_of_a_window(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task_id = page.model.row_at(page.model.index(row, 0)).task_id
    before = stored_rows(demo_workspace)[task_id].products
    editor = start_editing(qtbot, page, row, 7)
    editor.setText("Sổ theo dõi người dân đã kích hoạt VNeID")
    commit(qtbot, page, editor)
    # When the officer looks at Theo dõi (where a change marks the plan page stale) and comes back
    window.show_page(TRACKING)
    page.mark_stale()
    window.show_page(PLAN)
    # Then the edit can still be undone
    assert page.task_actions.undo_stack.canUndo()
    page.task_actions.undo_stack.undo()
    assert stored_rows(demo_workspace)[task_id].products == before


def test_changes_made_elsewhere_meanwhile_are_not_overwritten_by_an_undo(qtbot, translator, demo_workspace,
                                                                         today, monkeypatch):
    window, page = _plan_page_of_a_window(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task_id = page.model.row_at(page.model.index(row, 0)).task_id
    editor = start_editing(qtbot, page, row, 7)
    editor.setText("Báo cáo quý")
    commit(qtbot, page, editor)
    # Given another PC (or window) changes the same task while the officer is away
    window.show_page(TRACKING)
    current = stored_rows(demo_workspace)[task_id]
    demo_workspace.editing.update_task(task_id, TaskChanges(products="Báo cáo tháng"), current.version)
    page.mark_stale()
    window.show_page(PLAN)
    # When the officer undoes, the newer change is not silently overwritten
    said: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": said.append(message))
    monkeypatch.setattr(prompts, "show_failure", lambda parent, err: said.append(str(err)))
    page.task_actions.undo_stack.undo()
    qtbot.waitUntil(lambda: len(said) == 1)  # told after the table settles
    assert "người khác sửa" in said[0]
    assert stored_rows(demo_workspace)[task_id].products == "Báo cáo tháng"
