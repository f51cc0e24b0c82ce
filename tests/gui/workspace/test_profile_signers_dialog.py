"""The profile dialog asks for the report's signer and receiving unit; the report dialog warns without one."""

from __future__ import annotations

import dataclasses

from xa_planner.gui.main.plan_menu_actions import ExportFolder
from xa_planner.gui.workspace.commune_profile_dialog import CommuneProfileDialog
from xa_planner.settings import Settings


def test_the_police_chief_and_the_receiving_unit_are_saved_from_the_dialog(
    qtbot, translator, empty_workspace
):
    # Given the profile dialog of a fresh workspace
    dialog = CommuneProfileDialog(empty_workspace.commune)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    assert ui.police_chief_title_edit.text() == "TRƯỞNG CÔNG AN XÃ"

    # When the officer types the chief's name and the unit with its code, and saves
    ui.police_chief_name_edit.setText("Lê Văn Hùng")
    ui.report_recipient_unit_edit.setText("Phòng Cảnh sát QLHC về TTXH")
    ui.report_recipient_code_edit.setText(" PC06 ")
    dialog.save_button().click()

    # Then the workspace keeps them
    saved = empty_workspace.commune.profile()
    assert saved.police_chief_name == "Lê Văn Hùng"
    assert saved.police_chief_title == "TRƯỞNG CÔNG AN XÃ"
    assert (saved.report_recipient_unit, saved.report_recipient_code) == (
        "Phòng Cảnh sát QLHC về TTXH",
        "PC06",
    )


def test_the_dialog_shows_the_saved_signer_and_recipient(qtbot, translator, empty_workspace):
    commune = empty_workspace.commune
    commune.save_profile(
        dataclasses.replace(
            commune.profile(), police_chief_name="Lê Văn Hùng", report_recipient_code="PV01"
        )
    )
    dialog = CommuneProfileDialog(commune)
    qtbot.addWidget(dialog)
    assert dialog._ui.police_chief_name_edit.text() == "Lê Văn Hùng"
    assert dialog._ui.report_recipient_code_edit.text() == "PV01"
    assert dialog._ui.report_recipient_unit_edit.text() == ""


def test_the_chiefs_title_follows_the_unit_kind_until_edited(qtbot, translator, empty_workspace):
    dialog = CommuneProfileDialog(empty_workspace.commune)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    ui.unit_kind_combo.setCurrentIndex(ui.unit_kind_combo.findData("phường"))
    assert ui.police_chief_title_edit.text() == "TRƯỞNG CÔNG AN PHƯỜNG"
    ui.police_chief_title_edit.setText("PHÓ TRƯỞNG CÔNG AN PHƯỜNG")
    ui.police_chief_title_edit.textEdited.emit("PHÓ TRƯỞNG CÔNG AN PHƯỜNG")
    ui.unit_kind_combo.setCurrentIndex(ui.unit_kind_combo.findData("xã"))
    assert ui.police_chief_title_edit.text() == "PHÓ TRƯỞNG CÔNG AN PHƯỜNG"


def _unsign(workspace, **names) -> None:
    workspace.commune.save_profile(dataclasses.replace(workspace.commune.profile(), **names))


def test_the_report_dialog_asks_for_the_police_chief_while_the_profile_has_none(
    qtbot, translator, demo_workspace, tmp_path, today
):
    from xa_planner.gui.reports.report_dialog import ReportDialog

    # Given a commune whose profile does not name the police chief
    _unsign(demo_workspace, police_chief_name="")

    # When the officer opens the month's report
    dialog = ReportDialog(demo_workspace.reports, demo_workspace.tracking, ExportFolder(Settings(last_export_dir=str(tmp_path))), today)
    qtbot.addWidget(dialog)

    # Then a line says the name is missing and where to type it
    text = dialog._ui.status_label.text()
    assert "Chưa có tên người ký báo cáo" in text and "Công cụ → Thông tin xã" in text


def test_the_report_dialog_says_nothing_once_the_chief_is_named(
    qtbot, translator, demo_workspace, tmp_path, today
):
    from xa_planner.gui.reports.report_dialog import ReportDialog

    dialog = ReportDialog(demo_workspace.reports, demo_workspace.tracking, ExportFolder(Settings(last_export_dir=str(tmp_path))), today)
    qtbot.addWidget(dialog)
    assert "Chưa có tên người ký" not in dialog._ui.status_label.text()


def test_the_plan_export_dialog_asks_for_the_chairman_but_not_for_the_appendix(
    qtbot, translator, demo_workspace, tmp_path
):
    from xa_planner.gui.plan.export_dialog import ExportDialog

    # Given a commune whose profile does not name the chairman
    _unsign(demo_workspace, chair_name="")
    plan_id = demo_workspace.plans.current_plan().id

    # When the plan's export dialog opens
    dialog = ExportDialog(demo_workspace.plan_export, plan_id, "plan", tmp_path)
    qtbot.addWidget(dialog)

    # Then it warns before writing; choosing the appendix (no signature) clears the line
    assert "Chưa có tên người ký kế hoạch" in dialog._ui.error_label.text()
    dialog._ui.appendix_radio.setChecked(True)
    assert dialog._ui.error_label.text() == ""
