"""The composition root opens, creates and reopens workspaces, and never opens onto nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from xa_planner import settings as settings_store
from xa_planner.app import AppController
from xa_planner.gui.widgets import prompts
from xa_planner.gui.workspace.first_run_dialog import FirstRunChoice, FirstRunDialog
from xa_planner.services.workspace_service import open_workspace


@pytest.fixture
def controller(qapp, translator, tmp_path):
    made = AppController(qapp, translator, settings_store.Settings(), tmp_path / "settings.json")
    yield made
    made.shutdown()


def test_first_run_offers_the_demo_and_opens_it(controller, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, parent, path: FirstRunChoice(demo=True)))
    workspace = controller.open_initial(tmp_path / "new.xaplan")
    assert workspace is not None and workspace.plans.current_plan() is not None
    controller.show(workspace)
    assert controller.window.isVisible()
    assert settings_store.load(tmp_path / "settings.json").last_workspace == str(workspace.path)


def test_first_run_can_start_an_empty_commune(controller, tmp_path, monkeypatch):
    choice = FirstRunChoice(demo=False, commune_name="Hải Lăng", province_name="Quảng Trị")
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, parent, path: choice))
    workspace = controller.open_initial(tmp_path / "new.xaplan")
    assert workspace.commune.profile().commune_name == "Hải Lăng"
    assert workspace.plans.current_plan() is None
    workspace.close()


def test_cancelling_the_first_run_opens_nothing(controller, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, parent, path: None))
    assert controller.open_initial(tmp_path / "new.xaplan") is None
    assert controller.first_run_cancelled


def test_a_locked_workspace_is_one_clear_message(controller, demo_workspace, monkeypatch):
    messages = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": messages.append(message))
    assert controller.open_initial(demo_workspace.path) is None
    assert len(messages) == 1 and str(demo_workspace.path) in messages[0]


def test_reopening_after_a_restore_builds_a_new_window_over_the_same_file(controller, tmp_path):
    first = open_workspace(tmp_path / "w.xaplan", create=True)
    old_window = controller.show(first)
    old_window.workspace_reopen_requested.emit()
    assert controller.window is not old_window
    assert controller.workspace is not first and controller.workspace.path == first.path


def _damaged_with_a_backup(path):
    """A workspace with one good backup, then damaged on disk (pages overwritten)."""
    from xa_planner.services.demo_service import create_demo

    with create_demo(path, tasks=12, offices=4, months=1) as workspace:
        workspace.maintenance.backup_now("manual")
        tasks = workspace.plans.current_plan().task_count
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * (4096 * 4)
    path.write_bytes(bytes(data))
    return tasks


def test_a_damaged_workspace_offers_its_newest_backup_and_opens_it(controller, tmp_path, monkeypatch):
    path = tmp_path / "w.xaplan"
    tasks = _damaged_with_a_backup(path)
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": asked.append(question) or True)
    workspace = controller.open_initial(path)
    assert len(asked) == 1 and "bị hỏng" in asked[0] and ".backups" in asked[0]
    assert workspace is not None and workspace.plans.current_plan().task_count == tasks
    assert any(".corrupt-" in p.name for p in tmp_path.iterdir())  # the damaged copy is kept
    workspace.close()


def test_declining_the_restore_opens_nothing_and_restores_nothing(controller, tmp_path, monkeypatch):
    path = tmp_path / "w.xaplan"
    _damaged_with_a_backup(path)
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": False)
    assert controller.open_initial(path) is None
    assert not path.exists()  # moved aside as damaged, and nothing was put in its place


def test_a_read_only_workspace_shows_a_banner_and_says_so_in_the_title(
    qtbot, controller, tmp_path, monkeypatch
):
    # (the storage tests open real read-only files; here the window is given one)
    from xa_planner.services.demo_service import create_demo
    from xa_planner.services.workspace_service import Workspace

    create_demo(tmp_path / "w.xaplan", tasks=10, offices=3, months=1).close()
    workspace = open_workspace(tmp_path / "w.xaplan")
    monkeypatch.setattr(Workspace, "read_only", property(lambda self: True))
    window = controller.show(workspace)
    banner = window.findChild(QLabel, "read_only_label")
    assert banner.isVisible() and "CHỈ ĐỌC" in banner.text()
    assert window.windowTitle().endswith("(chỉ đọc)")
