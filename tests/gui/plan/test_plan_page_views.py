"""The plan page filters, searches, copies as a table, checks "6 rõ" and works from the keyboard alone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from xa_planner.domain.text import fold
from xa_planner.services.plan_editing_service import TaskChanges

from .test_plan_page_helpers import (
    commit,
    first_task_row,
    focus_table,
    office_id,
    open_page,
    stored_rows,
)


def _shown(page) -> list:
    model = page.model
    rows = (model.row_at(model.index(r, 0)) for r in range(model.rowCount()))
    return [row for row in rows if row is not None]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_office_filter_by_role_and_its_summary(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    police = office_id(demo_workspace, "Công an xã")
    _choose(page._ui.office_combo, police)
    assert _shown(page) and all(police == r.lead_office_id or police in r.support_office_ids for r in _shown(page))
    page._ui.role_combo.setCurrentIndex(1)
    leads = _shown(page)
    assert leads and all(r.lead_office_id == police for r in leads)
    page._ui.role_combo.setCurrentIndex(2)
    supports = _shown(page)
    assert all(police in r.support_office_ids for r in supports)
    overdue = sum(1 for r in leads + supports if r.due and r.due < today)
    assert page._ui.office_summary_label.text() == (
        f"Công an xã: {len(leads)} nhiệm vụ chủ trì, {len(supports)} phối hợp, {overdue} quá hạn"
    )


def test_section_due_overdue_and_no_lead_filters_combine(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    first = _shown(page)[0]
    demo_workspace.editing.update_task(first.task_id, TaskChanges(lead_office_id=None, due=dt.date(2026, 5, 1)),
                                       first.version)
    page.reload()
    ui = page._ui
    _choose(ui.section_combo, first.section_id)
    assert {r.section_id for r in _shown(page)} == {first.section_id}
    ui.overdue_check.setChecked(True)
    assert all(r.due < today for r in _shown(page)) and first.task_id in [r.task_id for r in _shown(page)]
    ui.no_lead_check.setChecked(True)
    assert [r.task_id for r in _shown(page)] == [first.task_id]
    ui.clear_filters_button.click()
    ui.due_within_check.setChecked(True)
    ui.due_within_spin.setValue(45)
    assert _shown(page) and all(today <= r.due <= today + dt.timedelta(days=45) for r in _shown(page))
    ui.search_edit.setText("zzzz")
    assert _shown(page) == [] and ui.count_label.text().startswith("0/")


def test_search_ignores_accents_and_case(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    first = _shown(page)[0]
    demo_workspace.editing.update_task(first.task_id, TaskChanges(responsible_person="Đ/c Thủy"), first.version)
    page.reload()
    page._ui.search_edit.setText("thuy")
    assert [r.task_id for r in _shown(page)] == [first.task_id]
    page._ui.search_edit.setText("CONG AN")
    found = _shown(page)
    assert found and all("cong" in fold(page.model.search_text(r)) for r in found)  # every word, anywhere
    assert any("Công an" in page.model.search_text(r) for r in found)


def test_copy_puts_the_selected_rows_as_tsv_and_html(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    table = focus_table(qtbot, page)
    row = first_task_row(page)
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    task = _shown(page)[0]
    lines = mime.text().split("\r\n")
    assert lines[0].split("\t")[:3] == ["TT", "Nhiệm vụ", "Văn bản chỉ đạo"]
    assert lines[1].split("\t")[3] == task.lead_office
    assert "<table" in mime.html() and f"<td>{task.lead_office}</td>" in mime.html()


def test_completeness_lists_missing_fields_and_selects_the_task(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    target = _shown(page)[3]
    demo_workspace.editing.update_task(target.task_id, TaskChanges(products="", lead_office_id=None), target.version)
    page.reload()
    page._ui.search_edit.setText("khong co nhiem vu nay")
    qtbot.keyClick(page._ui.plan_table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = page._ui.completeness_list
    assert page._ui.completeness_panel.isVisible()
    texts = [panel.item(i).text() for i in range(panel.count())]
    assert f"{target.ref}: chưa có đơn vị chủ trì" in "\n".join(texts)
    assert f"{target.ref}: chưa có kết quả/sản phẩm" in "\n".join(texts)
    item = next(panel.item(i) for i in range(panel.count()) if panel.item(i).text().startswith(f"{target.ref}:"))
    panel.itemClicked.emit(item)
    assert page.task_actions.current_row().task_id == target.task_id


def test_keyboard_only_walk_edits_cells_with_tab_arrows_f2_enter_and_escape(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    table = focus_table(qtbot, page)
    table.setCurrentIndex(page.model.index(first_task_row(page), 0))
    task = page.task_actions.current_row()
    for _step in range(5):  # TT → Nhiệm vụ → Văn bản → Chủ trì → Phối hợp → Người phụ trách
        qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == 5
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens the editor, like F2
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Nguyen Van C")
    commit(qtbot, page, editor)
    assert stored_rows(demo_workspace)[task.task_id].responsible_person == "Nguyen Van C"
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.setText("31/12/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc cancels: nothing stored
    assert stored_rows(demo_workspace)[task.task_id].due == task.due
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert page.task_actions.current_row().task_id != task.task_id
