"""Hủy, Esc or the close button never throw away typed text without asking, and ask only then."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from xa_planner.gui.plan.bulk_assign_dialog import BulkAssignDialog
from xa_planner.gui.plan.plan_group_dialog import PlanGroupDialog
from xa_planner.gui.plan.plan_section_dialog import PlanSectionDialog
from xa_planner.gui.plan.plan_text_dialog import PlanTextDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.workspace.commune_profile_dialog import CommuneProfileDialog
from xa_planner.gui.workspace.office_editor_dialog import OfficeEditorDialog
from xa_planner.gui.workspace.shared_database_dialog import SharedDatabaseDialog


def _plan_text(workspace):
    return PlanTextDialog(workspace.plan_export, workspace.plans.current_plan().id)


def _rewrite_paragraph(dialog: PlanTextDialog) -> None:
    dialog._ui.block_list.setCurrentRow(0)
    dialog._ui.paragraphs_edit.setPlainText("Một đoạn viết lại cẩn thận cho kế hoạch của xã.")


def _type_responsible_person(dialog: BulkAssignDialog) -> None:
    dialog._ui.person_edit.setText("Trần Văn Bình")


# (how to open the dialog, what the officer types into it)
DIALOGS = {
    "plan text (Soạn nội dung kế hoạch)": (_plan_text, _rewrite_paragraph),
    "bulk assignment (Giao hàng loạt)": (
        lambda ws: BulkAssignDialog(ws.commune.offices(), 3, 2026),
        _type_responsible_person,
    ),
    "commune profile": (
        lambda ws: CommuneProfileDialog(ws.commune),
        lambda d: d._ui.chair_name_edit.setText(d._ui.chair_name_edit.text() + " Phạm"),
    ),
    "office editor": (
        lambda ws: OfficeEditorDialog(None),
        lambda d: d._ui.short_name_edit.setText("Thôn Mới"),
    ),
    "group rename": (
        lambda ws: PlanGroupDialog(None, "Đổi tên nhóm “Về dữ liệu”.", name="Về dữ liệu"),
        lambda d: d._ui.name_edit.setText("Về dữ liệu dân cư"),
    ),
    "shared database": (
        lambda ws: SharedDatabaseDialog(""),
        lambda d: d._ui.host_edit.setText("192.168.1.10"),
    ),
    "new task group": (
        lambda ws: PlanSectionDialog(),
        lambda d: d._ui.title_edit.setText("Nhiệm vụ riêng của xã"),
    ),
}


@pytest.fixture
def asked(monkeypatch):
    """Records each question; the answer is what the test sets in answer[0]."""
    questions: list[str] = []
    answer = [False]

    def confirm_discard(parent) -> bool:
        questions.append(parent.objectName())
        return answer[0]

    monkeypatch.setattr(prompts, "confirm_discard", confirm_discard)
    return questions, answer


def _open(qtbot, demo_workspace, name):
    make, type_into = DIALOGS[name]
    dialog = make(demo_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, type_into


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_esc_on_an_untouched_dialog_closes_it_without_a_question(qtbot, translator, demo_workspace, asked, name):
    dialog, _type_into = _open(qtbot, demo_workspace, name)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked[0] == [] and not dialog.isVisible()


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_esc_after_typing_asks_and_keeping_the_text_leaves_it_there(qtbot, translator, demo_workspace, asked, name):
    dialog, type_into = _open(qtbot, demo_workspace, name)
    type_into(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked[0]) == 1 and dialog.isVisible()
    assert dialog.has_unsaved_input()  # the typed text is still in the form


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_the_cancel_button_and_the_close_button_ask_too_and_discard_when_told(
    qtbot, translator, demo_workspace, asked, name
):
    dialog, type_into = _open(qtbot, demo_workspace, name)
    type_into(dialog)
    dialog._ui.button_box.button(dialog._ui.button_box.StandardButton.Cancel).click()
    assert len(asked[0]) == 1 and dialog.isVisible()
    asked[1][0] = True  # "Bỏ thay đổi"
    dialog.close()
    assert len(asked[0]) == 2 and not dialog.isVisible()


def test_the_plan_wizard_asks_once_choices_were_made_and_not_on_its_first_page(
    qtbot, translator, demo_workspace, asked
):
    from xa_planner.gui.derivation.derivation_wizard import DerivationWizard

    template_id = demo_workspace.templates.templates()[0].id
    wizard = DerivationWizard(demo_workspace.derivation, demo_workspace.templates, demo_workspace.commune,
                              template_id, 2026)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # to the task list: choices are being made now
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert len(asked[0]) == 1 and wizard.isVisible()
    wizard.back()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert len(asked[0]) == 1 and not wizard.isVisible()
