"""The Kế hoạch menu's document actions are offered only when there is a plan."""

from __future__ import annotations

from xa_planner.gui.main.main_window import MainWindow


def test_document_actions_wait_for_a_plan(qtbot, translator, empty_workspace):
    window = MainWindow(empty_workspace, "vi")
    qtbot.addWidget(window)

    for action in window.plan_documents.actions():
        assert not action.isEnabled()
        assert "Chưa có kế hoạch" in action.toolTip()


def test_document_actions_are_ready_with_a_plan(qtbot, translator, demo_workspace):
    window = MainWindow(demo_workspace, "vi")
    qtbot.addWidget(window)

    assert all(action.isEnabled() for action in window.plan_documents.actions())
    assert window._ui.print_plan_action.shortcut().toString() == "Ctrl+P"
