"""The plan page edits tasks through proper editors, stores every edit, and undoes/redoes each one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from xa_planner.gui.plan.bulk_assign_dialog import BulkAssignDialog
from xa_planner.gui.plan.plan_cell_editors import DueEditor, OfficeChecklistEditor
from xa_planner.gui.plan.plan_edits import ADD_SUPPORT, BulkAssignment
from xa_planner.gui.plan.plan_section_dialog import NewSection, PlanSectionDialog
from xa_planner.gui.widgets import prompts
from xa_planner.services.plan_editing_service import TaskChanges

from .test_plan_page_helpers import (
    commit,
    first_task_row,
    focus_table,
    office_id,
    open_page,
    start_editing,
    stored_rows,
)


def test_the_edited_model_passes_the_model_tester(qtbot, qtmodeltester, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    row = first_task_row(page)
    editor = start_editing(qtbot, page, row, 5)
    editor.setText("Nguyễn Văn A")
    commit(qtbot, page, editor)
    page._ui.overdue_check.setChecked(True)
    qtmodeltester.check(page.model)


def test_lead_edited_in_its_combo_is_stored_and_audited(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task = page.model.row_at(page.model.index(row, 0))
    editor = start_editing(qtbot, page, row, 3)
    assert isinstance(editor, QComboBox) and editor.itemText(0) == "(chưa giao)"
    editor.setCurrentIndex(editor.findText("Trạm Y tế"))
    commit(qtbot, page, editor)
    stored = stored_rows(demo_workspace)[task.task_id]
    assert stored.lead_office == "Trạm Y tế"
    assert page.model.task_row(task.task_id).lead_office == "Trạm Y tế"
    audit = demo_workspace.maintenance.audit_log(5)[0]
    assert (audit.action, audit.entity_id) == ("Sửa nhiệm vụ", task.task_id)


def test_supports_due_and_product_are_stored_through_their_editors(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task_id = page.model.row_at(page.model.index(row, 0)).task_id
    checklist = start_editing(qtbot, page, row, 4)
    assert isinstance(checklist, OfficeChecklistEditor)
    wanted = {office_id(demo_workspace, "Phòng Kinh tế"), office_id(demo_workspace, "Trạm Y tế")}
    checklist.set_checked_ids(wanted)
    commit(qtbot, page, checklist)
    due = start_editing(qtbot, page, row, 6)
    assert isinstance(due, DueEditor)
    due.setText("Quý III/2026")
    commit(qtbot, page, due)
    product = start_editing(qtbot, page, row, 7)
    product.setText("Báo cáo kết quả")
    commit(qtbot, page, product)
    stored = stored_rows(demo_workspace)[task_id]
    assert set(stored.support_office_ids) == wanted - {stored.lead_office_id}
    assert (stored.due, stored.timeframe) == (dt.date(2026, 9, 30), "Quý III/2026")
    assert stored.products == "Báo cáo kết quả"


def test_due_field_takes_words_and_refuses_what_it_cannot_read(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task_id = page.model.row_at(page.model.index(row, 0)).task_id
    before = stored_rows(demo_workspace)[task_id]
    due = start_editing(qtbot, page, row, 6)
    due.setText("khong ro bao gio")
    assert not due.is_valid() and "Không hiểu" in due.toolTip()
    qtbot.keyClick(due, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert due.isVisible()  # Enter does not store an unreadable deadline
    due.setText("Thường xuyên")
    commit(qtbot, page, due)
    stored = stored_rows(demo_workspace)[task_id]
    assert (stored.due, stored.recurrence, stored.version) == (None, "continuous", before.version + 1)


def test_undo_and_redo_restore_the_values_in_the_workspace(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task = page.model.row_at(page.model.index(row, 0))
    editor = start_editing(qtbot, page, row, 5)
    editor.setText("Trần Thị Thủy")
    commit(qtbot, page, editor)
    table = page._ui.plan_table
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_rows(demo_workspace)[task.task_id].responsible_person == task.responsible_person
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_rows(demo_workspace)[task.task_id].responsible_person == "Trần Thị Thủy"
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifiers(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    assert page.model.task_row(task.task_id).responsible_person == "Trần Thị Thủy"


def test_a_stale_edit_shows_the_conflict_and_reloads_the_row(qtbot, demo_workspace, today, monkeypatch):
    page = open_page(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task = page.model.row_at(page.model.index(row, 0))
    demo_workspace.editing.update_task(task.task_id, TaskChanges(products="Đổi ở máy khác"), task.version)
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": shown.append(message))
    editor = start_editing(qtbot, page, row, 5)
    editor.setText("Người khác")
    commit(qtbot, page, editor)
    qtbot.waitUntil(lambda: bool(shown))
    assert page.model.task_row(task.task_id).products == "Đổi ở máy khác"
    assert stored_rows(demo_workspace)[task.task_id].responsible_person == task.responsible_person


def test_bulk_assignment_applies_to_every_selected_task_and_undoes(qtbot, demo_workspace, today, monkeypatch):
    page = open_page(qtbot, demo_workspace, today)
    table, model = page._ui.plan_table, page.model
    first = first_task_row(page)
    table.selectRow(first)
    table.selectionModel().select(model.index(first + 1, 0), table.selectionModel().SelectionFlag.Select
                                  | table.selectionModel().SelectionFlag.Rows)
    ids = [r.task_id for r in page.task_actions.selected_rows()]
    police = office_id(demo_workspace, "Công an xã")
    school = office_id(demo_workspace, "Các trường học")
    bulk = BulkAssignment(lead_office_id=police, support_mode=ADD_SUPPORT, support_office_ids=(school,),
                          responsible_person="Lê Văn B")
    monkeypatch.setattr(BulkAssignDialog, "ask", classmethod(lambda cls, *args: bulk))
    before = stored_rows(demo_workspace)
    page._ui.bulk_assign_action.trigger()
    after = stored_rows(demo_workspace)
    for task_id in ids:
        assert after[task_id].lead_office_id == police and after[task_id].responsible_person == "Lê Văn B"
        assert school in after[task_id].support_office_ids and police not in after[task_id].support_office_ids
    page._ui.undo_action.trigger()
    undone = stored_rows(demo_workspace)
    for task_id in ids:
        old, now = before[task_id], undone[task_id]
        assert dataclasses.replace(now, version=0) == dataclasses.replace(old, version=0)


def test_insert_adds_a_task_delete_removes_it_and_undo_brings_it_back(qtbot, demo_workspace, today, monkeypatch):
    page = open_page(qtbot, demo_workspace, today)
    table = focus_table(qtbot, page)
    count = len(stored_rows(demo_workspace))
    table.setCurrentIndex(page.model.index(first_task_row(page), 1))
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    editor = table.focusWidget() if table.focusWidget() is not table else None
    assert len(stored_rows(demo_workspace)) == count + 1
    new = page.task_actions.current_row()
    assert new.content == "Nhiệm vụ mới" and editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": True)
    focus_table(qtbot, page)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(stored_rows(demo_workspace)) == count
    page._ui.undo_action.trigger()
    assert any(r.content == "Nhiệm vụ mới" for r in stored_rows(demo_workspace).values())
    page._ui.undo_action.trigger()
    page._ui.undo_action.trigger()
    assert len(stored_rows(demo_workspace)) == count


def test_removing_a_task_with_progress_shows_the_services_refusal(qtbot, demo_workspace, today, monkeypatch):
    page = open_page(qtbot, demo_workspace, today)
    table = focus_table(qtbot, page)
    table.selectRow(first_task_row(page))
    shown = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": True)
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": shown.append(message))
    count = len(stored_rows(demo_workspace))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(shown))
    assert "không xóa được" in shown[0] and len(stored_rows(demo_workspace)) == count
    assert not page.task_actions.undo_stack.canUndo()


def test_ctrl_down_moves_a_task_and_undo_moves_it_back(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    table = focus_table(qtbot, page)
    plan_id = demo_workspace.plans.current_plan().id
    order = [r.task_id for r in demo_workspace.plans.plan_rows(plan_id)]
    table.setCurrentIndex(page.model.index(first_task_row(page), 1))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = [r.task_id for r in demo_workspace.plans.plan_rows(plan_id)]
    assert moved[:2] == [order[1], order[0]]
    assert page.task_actions.current_row().task_id == order[0]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.task_id for r in demo_workspace.plans.plan_rows(plan_id)] == order


def test_a_new_section_appears_with_its_first_task(qtbot, demo_workspace, today, monkeypatch):
    page = open_page(qtbot, demo_workspace, today)
    section = NewSection("V", "Nhiệm vụ riêng của xã", "Rà soát hộ nghèo")
    monkeypatch.setattr(PlanSectionDialog, "ask", classmethod(lambda cls, parent: section))
    page._ui.add_section_action.trigger()
    model = page.model
    last_section = model.section_rows()[-1]
    # numbered by its place after the plan's six groups, not by the "V" typed (a second V)
    assert model.index(last_section, 0).data() == "VII. Nhiệm vụ riêng của xã"
    assert model.row_at(model.index(last_section + 1, 0)).content == "Rà soát hộ nghèo"
    page._ui.undo_action.trigger()
    assert all(r.content != "Rà soát hộ nghèo" for r in stored_rows(demo_workspace).values())
