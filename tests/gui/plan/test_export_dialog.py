"""The export dialog writes the chosen formats with the conventional names, or says why not."""

from __future__ import annotations

import os

import pytest

from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.main.plan_menu_actions import ExportFolder
from xa_planner.gui.plan.export_dialog import ExportDialog, clean_base_name
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work


def _plan_id(workspace) -> int:
    return workspace.plans.current_plan().id


def _export(qtbot, dialog) -> None:
    dialog._ui.export_button.click()
    qtbot.waitUntil(lambda: not has_background_work(), timeout=30000)


def test_the_appendix_is_written_in_every_chosen_format(qtbot, translator, demo_workspace, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(demo_workspace.plan_export, _plan_id(demo_workspace), "appendix", out)
    qtbot.addWidget(dialog)
    dialog._ui.xlsx_check.setChecked(True)

    _export(qtbot, dialog)

    names = sorted(p.name for p in out.iterdir())
    assert names == [f"PL_DA06_2026_Xa-Vinh-Thuy.{ext}" for ext in ("docx", "pdf", "xlsx")]
    assert dialog.written_folder() == out
    assert sorted(p.name for p in dialog.written_files()) == names


def test_the_plan_offers_no_spreadsheet(qtbot, translator, demo_workspace, tmp_path):
    dialog = ExportDialog(demo_workspace.plan_export, _plan_id(demo_workspace), "plan", tmp_path)
    qtbot.addWidget(dialog)
    dialog._ui.xlsx_check.setChecked(True)

    assert not dialog._ui.xlsx_check.isEnabled()
    assert dialog.formats() == ["pdf", "docx"]
    assert dialog._ui.file_name_edit.text() == "KH_DA06_2026_Xa-Vinh-Thuy"
    dialog._ui.appendix_radio.setChecked(True)
    assert dialog._ui.file_name_edit.text() == "PL_DA06_2026_Xa-Vinh-Thuy"


def test_a_file_open_elsewhere_gives_one_message_and_leaves_nothing(
    qtbot, translator, demo_workspace, tmp_path, monkeypatch
):
    messages = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": messages.append(message))

    def locked(*args):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(demo_workspace.plan_export, _plan_id(demo_workspace), "plan", out)
    qtbot.addWidget(dialog)
    dialog._ui.docx_check.setChecked(False)

    _export(qtbot, dialog)

    assert len(messages) == 1 and "đang mở" in messages[0]
    assert list(out.iterdir()) == []
    assert dialog.written_folder() is None
    assert dialog._ui.export_button.isEnabled()


def test_a_missing_folder_is_refused_in_the_dialog(qtbot, translator, demo_workspace, tmp_path):
    dialog = ExportDialog(demo_workspace.plan_export, _plan_id(demo_workspace), "plan",
                          tmp_path / "missing")
    qtbot.addWidget(dialog)

    dialog._ui.export_button.click()

    assert "không tồn tại" in dialog._ui.error_label.text()
    assert not has_background_work()


@pytest.mark.parametrize(
    ("typed", "base"),
    [("KH_A.pdf", "KH_A"), ("C:\\Users\\x\\KH_A", "KH_A"), ("  KH.v2  ", "KH.v2")],
)
def test_a_typed_file_name_loses_folders_and_extension(typed, base):
    assert clean_base_name(typed) == base


def test_the_main_window_remembers_the_export_folder(
    qtbot, translator, demo_workspace, tmp_path, monkeypatch
):
    class FakeSettings:
        last_export_dir = ""

    settings, saved = FakeSettings(), []
    out = tmp_path / "exports"
    out.mkdir()
    window = MainWindow(demo_workspace, "vi", export_folder=ExportFolder(settings, lambda: saved.append(1)))
    qtbot.addWidget(window)

    def export_now(self):
        self._ui.folder_edit.setText(str(out))
        self._ui.docx_check.setChecked(False)
        self._ui.export_button.click()
        qtbot.waitUntil(lambda: not has_background_work(), timeout=30000)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", export_now)
    window._ui.export_plan_action.trigger()

    assert settings.last_export_dir == str(out) and saved
    assert (out / "KH_DA06_2026_Xa-Vinh-Thuy.pdf").is_file()
    assert "Đã xuất 1 tệp" in window.statusBar().currentMessage()
    assert window.plan_documents.last_folder() == out
