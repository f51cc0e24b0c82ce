"""What the officer is told after saving: the profile checked and confirmed, the backup's place named."""

from __future__ import annotations

import dataclasses

import pytest

from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.gui.workspace.commune_profile_dialog import CommuneProfileDialog
from xa_planner.services.errors import InvalidInput


@pytest.fixture
def window(qtbot, translator, demo_workspace, today):
    widget = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("typed", ["conganquangtri", "pc06@congan", "a b@x.vn", "pc06@congan.vn; ai@"])
def test_a_mistyped_report_address_is_refused_with_an_example(qtbot, translator, demo_workspace, typed):
    dialog = CommuneProfileDialog(demo_workspace.commune)
    qtbot.addWidget(dialog)
    before = demo_workspace.commune.profile()
    dialog._ui.report_recipient_email_edit.setText(typed)
    dialog.save_button().click()
    assert "ví dụ" in dialog._ui.error_label.text() and dialog.saved_profile() is None
    assert demo_workspace.commune.profile() == before


def test_several_addresses_separated_by_semicolons_are_accepted(demo_workspace):
    profile = dataclasses.replace(
        demo_workspace.commune.profile(), report_recipient_email="pc06@congan.qt.gov.vn; pv01@congan.qt.gov.vn"
    )
    assert demo_workspace.commune.save_profile(profile).report_recipient_email.startswith("pc06@")


def test_an_office_with_a_mistyped_email_is_refused(demo_workspace):
    office = demo_workspace.commune.offices()[0]
    with pytest.raises(InvalidInput):
        demo_workspace.commune.update_office(dataclasses.replace(office, email="vanphong.gov.vn"))


def test_saving_the_profile_is_confirmed_in_the_status_bar(qtbot, window, monkeypatch):
    def save(cls, parent, commune):
        dialog = cls(commune, parent)
        dialog._ui.chair_name_edit.setText("Lê Văn Hùng")
        dialog.save_button().click()
        return dialog.saved_profile()

    monkeypatch.setattr(CommuneProfileDialog, "ask", classmethod(save))
    window.edit_commune_profile()
    assert window.statusBar().currentMessage() == "Đã lưu thông tin của xã."


def test_a_backup_made_by_hand_says_where_it_went(qtbot, window, demo_workspace):
    window._ui.backup_now_action.trigger()
    qtbot.waitUntil(lambda: not has_background_work(), timeout=20_000)
    qtbot.waitUntil(lambda: "Đã sao lưu" in window.statusBar().currentMessage() or "trong" in window.statusBar().currentMessage())
    folder = str(demo_workspace.maintenance.backup_folder())
    assert folder in window.statusBar().currentMessage()
