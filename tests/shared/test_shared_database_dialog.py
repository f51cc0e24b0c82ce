"""Công cụ → Cơ sở dữ liệu dùng chung: set where the office's database is, try it, switch to it and
back; the password is asked for when the server wants one and never kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent

from xa_planner import settings as settings_store
from xa_planner.app import AppController
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.gui.workspace.shared_database_dialog import SharedDatabaseDialog
from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import PasswordRefused
from xa_planner.services.shared_workspace import SharedLocation, open_shared_workspace


@pytest.fixture
def translator(qapp):
    from xa_planner.gui.widgets.translator import GettextTranslator, install_language

    bridge = GettextTranslator(qapp)
    install_language(qapp, bridge, "vi")
    yield bridge
    qapp.removeTranslator(bridge)


def _fill_in(dialog: SharedDatabaseDialog, server, database: str, password: str = "") -> None:
    ui = dialog._ui
    ui.use_shared_check.setChecked(True)
    ui.host_edit.setText(str(server.socket_dir))  # a Unix socket folder is a host to PostgreSQL
    ui.database_edit.setText(database)
    ui.user_edit.setText("postgres")
    ui.password_edit.setText(password)


def test_trying_and_saving_the_shared_database_keeps_no_password(qtbot, translator, password_postgres_server):
    password_postgres_server.new_database("xa_dialog")
    dialog = SharedDatabaseDialog("")
    qtbot.addWidget(dialog)
    _fill_in(dialog, password_postgres_server, "xa_dialog", "sai-mat-khau")
    dialog._ui.try_button.click()
    qtbot.waitUntil(lambda: not has_background_work() and dialog._ui.try_button.isEnabled(), timeout=30_000)
    assert "không nhận mật khẩu" in dialog._ui.result_label.text()
    dialog._ui.password_edit.setText("s3cr3t")
    dialog._ui.try_button.click()
    qtbot.waitUntil(lambda: not has_background_work() and dialog._ui.try_button.isEnabled(), timeout=30_000)
    assert dialog._ui.result_label.text() == "Kết nối được."
    dialog.save_button().click()
    chosen = dialog.chosen_url()
    assert chosen and "s3cr3t" not in chosen and SharedLocation.of(chosen).database == "xa_dialog"


def test_the_app_asks_for_the_password_and_switches_to_the_shared_database_and_back(
    qtbot, qapp, translator, password_postgres_server, tmp_path, monkeypatch
):
    # Given an officer working on a file, and the office's database that wants a password
    password_postgres_server.new_database("xa_switch")
    location = SharedLocation(str(password_postgres_server.socket_dir), None, "xa_switch", "postgres")
    with pytest.raises(PasswordRefused):
        open_shared_workspace(location.url())
    file_path = tmp_path / "w.xaplan"
    create_demo(file_path, tasks=10, offices=3, months=1).close()
    settings = settings_store.Settings(last_workspace=str(file_path))
    controller = AppController(qapp, translator, settings, tmp_path / "settings.json")
    controller.show(controller.open_initial(file_path))
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_password", lambda parent, message: asked.append(message) or "s3cr3t")
    try:
        # When the shared database is chosen in the dialog
        controller.window.shared_database_chosen.emit(location.url())
        # Then the password was asked once, the shared database is open and the choice is kept
        assert len(asked) == 1 and controller.workspace.path is None
        assert controller.workspace.commune.offices()
        kept = settings_store.load(tmp_path / "settings.json")
        assert kept.database_url == location.url() and "s3cr3t" not in (tmp_path / "settings.json").read_text()
        # And choosing the file again opens the file
        controller.window.shared_database_chosen.emit("")
        assert controller.workspace.path == file_path.resolve()
        assert settings_store.load(tmp_path / "settings.json").database_url == ""
    finally:
        controller.shutdown()
        # Windows closed by the switch are deleted before the server and the translator go.
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
