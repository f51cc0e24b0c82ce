"""The commune profile dialog saves through the real service and refuses what cannot be stored."""

from __future__ import annotations

from xa_planner.gui.workspace.commune_profile_dialog import CommuneProfileDialog


def test_saving_stores_the_profile_in_the_workspace(qtbot, translator, empty_workspace):
    dialog = CommuneProfileDialog(empty_workspace.commune)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    ui.commune_name_edit.setText("Hải Lăng")
    ui.chair_name_edit.setText("Lê Thị Hoa")
    ui.report_deadline_day_spin.setValue(10)
    ui.report_recipient_email_edit.setText("da06@congan.quangtri.gov.vn")

    dialog.save_button().click()

    saved = empty_workspace.commune.profile()
    assert dialog.saved_profile() == saved
    assert (saved.commune_name, saved.chair_name, saved.report_deadline_day) == ("Hải Lăng", "Lê Thị Hoa", 10)
    assert saved.report_recipient_email == "da06@congan.quangtri.gov.vn"


def test_the_issuing_body_follows_the_name_until_edited(qtbot, translator, empty_workspace):
    dialog = CommuneProfileDialog(empty_workspace.commune)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    assert ui.issuing_body_edit.text() == "ỦY BAN NHÂN DÂN XÃ VĨNH THỦY"
    ui.commune_name_edit.setText("Đông Hà")
    ui.commune_name_edit.textEdited.emit("Đông Hà")
    assert ui.issuing_body_edit.text() == "ỦY BAN NHÂN DÂN XÃ ĐÔNG HÀ"
    ui.unit_kind_combo.setCurrentIndex(ui.unit_kind_combo.findData("phường"))
    assert ui.issuing_body_edit.text() == "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÀ"


def test_an_empty_name_keeps_the_dialog_open_with_a_message(qtbot, translator, empty_workspace):
    before = empty_workspace.commune.profile()
    dialog = CommuneProfileDialog(empty_workspace.commune)
    qtbot.addWidget(dialog)
    dialog._ui.commune_name_edit.setText("  ")

    dialog.save_button().click()

    assert dialog.saved_profile() is None
    assert "tên xã" in dialog._ui.error_label.text()
    assert empty_workspace.commune.profile() == before
