"""Tệp → Xuất toàn bộ dữ liệu: a checked copy of the whole workspace for a new PC."""

from __future__ import annotations

from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.services.workspace_service import open_workspace


def test_the_exported_copy_opens_on_another_pc_with_the_same_data(
    qtbot, translator, demo_workspace, today, tmp_path, monkeypatch
):
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(prompts, "choose_workspace_copy", lambda parent, suggested: usb / "xa.xaplan")
    window._ui.export_workspace_action.trigger()
    qtbot.waitUntil(lambda: not has_background_work() and window._ui.export_workspace_action.isEnabled())
    with open_workspace(usb / "xa.xaplan") as copy:
        assert copy.maintenance.check().ok
        original = demo_workspace.plans.plan_rows(demo_workspace.plans.current_plan().id)
        assert copy.plans.plan_rows(copy.plans.current_plan().id) == original
    assert "Đã xuất toàn bộ dữ liệu" in window._ui.status_bar.currentMessage()


def test_the_open_workspace_itself_is_refused_as_the_target(
    qtbot, translator, demo_workspace, today, monkeypatch
):
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "choose_workspace_copy", lambda parent, suggested: demo_workspace.path)
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": errors.append(message))
    window._ui.export_workspace_action.trigger()
    assert errors and not has_background_work()
