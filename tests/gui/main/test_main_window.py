"""The main window shows the workspace's real state on every page and wires its menu actions."""

from __future__ import annotations

import pytest

from xa_planner.domain.text import fold
from xa_planner.gui.main.main_window import HOME, PLAN, TEMPLATES, TRACKING, MainWindow
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.gui.workspace.restore_backup_dialog import RestoreBackupDialog


@pytest.fixture
def window_for(qtbot, translator, today):
    def build(workspace) -> MainWindow:
        window = MainWindow(workspace, "vi", today=lambda: today)
        qtbot.addWidget(window)
        window.show()
        return window

    return build


def test_every_page_shows_the_demo_data(window_for, demo_workspace):
    window = window_for(demo_workspace)
    home = window.home_page._ui
    assert home.commune_label.text() == demo_workspace.commune.profile().commune_name
    assert home.deadline_label.text()
    window.show_page(PLAN)
    assert window.plan_page.model.task_count() == demo_workspace.plans.current_plan().task_count
    window.show_page(TRACKING)
    assert window.tracking_page.model.total_count() == demo_workspace.plans.current_plan().task_count
    window.show_page(TEMPLATES)
    assert window.templates_page.model.total_count() == len(demo_workspace.templates.templates())
    assert window.current_page() is window.templates_page


def test_an_empty_workspace_says_what_to_do_on_every_page(window_for, empty_workspace):
    window = window_for(empty_workspace)
    for index, page in ((PLAN, window.plan_page), (TRACKING, window.tracking_page), (TEMPLATES, window.templates_page)):
        window.show_page(index)
        empty = getattr(page._ui, "empty_page", page._ui.empty_label)  # the plan page adds a button
        assert page._ui.content_stack.currentWidget() is empty
        assert page._ui.empty_label.text().endswith(".")
    window.show_page(HOME)
    assert "Chưa có kế hoạch" in window.home_page._ui.plan_label.text()


def test_the_plan_search_box_filters_ignoring_accents(window_for, demo_workspace):
    window = window_for(demo_workspace)
    window.show_page(PLAN)
    window.plan_page._ui.search_edit.setText("cong an")
    model = window.plan_page.model
    shown = [model.row_at(model.index(r, 0)) for r in range(model.rowCount())]
    tasks = [row for row in shown if row is not None]
    assert any(row.lead_office == "Công an xã" for row in tasks)
    assert all("cong" in fold(model.search_text(row)) for row in tasks)
    assert window.plan_page._ui.count_label.text().startswith(f"{len(tasks)}/")


def test_back_up_now_runs_in_the_background_and_reports_in_the_status_bar(qtbot, window_for, demo_workspace):
    window = window_for(demo_workspace)
    window._ui.backup_now_action.trigger()
    qtbot.waitUntil(lambda: not has_background_work(), timeout=20000)
    assert window._ui.backup_now_action.isEnabled()
    assert "sao lưu" in window.statusBar().currentMessage().lower()
    assert demo_workspace.maintenance.backups()


def test_restoring_a_backup_asks_the_app_to_reopen_the_workspace(qtbot, window_for, demo_workspace, monkeypatch):
    backup = demo_workspace.maintenance.backup_now()
    window = window_for(demo_workspace)
    monkeypatch.setattr(RestoreBackupDialog, "ask", classmethod(lambda cls, parent, backups: backups[0]))
    with qtbot.waitSignal(window.workspace_reopen_requested):
        window._ui.restore_backup_action.trigger()
    assert backup is not None


def test_restore_dialog_confirms_before_choosing(qtbot, translator, demo_workspace, monkeypatch):
    demo_workspace.maintenance.backup_now()
    questions = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": questions.append(question) or True)
    dialog = RestoreBackupDialog(demo_workspace.maintenance.backups())
    qtbot.addWidget(dialog)
    dialog._ui.restore_button.click()
    assert questions and dialog.chosen_backup() == demo_workspace.maintenance.backups()[0]
