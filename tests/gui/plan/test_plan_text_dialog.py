"""The plan text dialog edits the plan's prose, saves it, and can bring the defaults back."""

from __future__ import annotations

from xa_planner.gui.plan.plan_text_dialog import PlanTextDialog, lines_of


def _dialog(qtbot, workspace) -> PlanTextDialog:
    dialog = PlanTextDialog(workspace.plan_export, workspace.plans.current_plan().id)
    qtbot.addWidget(dialog)
    return dialog


def test_edits_are_saved_through_the_service(qtbot, translator, demo_workspace):
    plan_id = demo_workspace.plans.current_plan().id
    dialog = _dialog(qtbot, demo_workspace)
    ui = dialog._ui
    ui.preamble_edit.setPlainText("Căn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh,")
    ui.block_list.setCurrentRow(0)
    ui.heading_edit.setText("I. MỤC ĐÍCH")
    ui.heading_edit.textEdited.emit("I. MỤC ĐÍCH")
    ui.paragraphs_edit.setPlainText("Đoạn thứ nhất.\n\nĐoạn thứ hai.")
    ui.recipients_edit.setPlainText("Công an tỉnh (b/c);\nLưu: VT")

    dialog.save_button().click()

    saved = demo_workspace.plan_export.plan_text(plan_id)
    assert dialog.saved_text() == saved
    assert saved.preamble.startswith("Căn cứ Kế hoạch số 12")
    assert saved.blocks[0].heading == "I. MỤC ĐÍCH"
    assert saved.blocks[0].paragraphs == ("Đoạn thứ nhất.", "Đoạn thứ hai.")
    assert saved.recipients == ("Công an tỉnh (b/c);", "Lưu: VT")
    assert ui.block_list.item(0).text() == "I. MỤC ĐÍCH"


def test_blocks_can_be_added_moved_and_removed(qtbot, translator, demo_workspace):
    dialog = _dialog(qtbot, demo_workspace)
    ui = dialog._ui
    headings = [b.heading for b in dialog.edited_text().blocks]
    ui.block_list.setCurrentRow(len(headings) - 1)

    ui.add_block_button.click()
    ui.heading_edit.setText("V. CHẾ ĐỘ BÁO CÁO")
    ui.paragraphs_edit.setPlainText("Báo cáo hằng tháng.")
    ui.move_up_button.click()
    assert [b.heading for b in dialog.edited_text().blocks] == [
        *headings[:-1], "V. CHẾ ĐỘ BÁO CÁO", headings[-1]
    ]

    ui.block_list.setCurrentRow(0)
    ui.remove_block_button.click()
    assert [b.heading for b in dialog.edited_text().blocks][0] == headings[1]


def test_restoring_the_defaults_brings_back_the_original_text(qtbot, translator, demo_workspace):
    plan_export = demo_workspace.plan_export
    plan_id = demo_workspace.plans.current_plan().id
    defaults = plan_export.default_plan_text(plan_id)
    dialog = _dialog(qtbot, demo_workspace)
    dialog._ui.preamble_edit.setPlainText("Một câu khác.")
    dialog.save_button().click()
    assert plan_export.plan_text(plan_id).preamble == "Một câu khác."

    again = _dialog(qtbot, demo_workspace)
    again._ui.restore_defaults_button.click()
    again.save_button().click()

    assert plan_export.plan_text(plan_id) == defaults


def test_lines_of_keeps_only_written_lines():
    assert lines_of("  a \n\n b\n") == ("a", "b")
