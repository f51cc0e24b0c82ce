"""The plan page renames, reorders, merges and deletes groups from the table's menu, and undoes each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from xa_planner.gui.plan.plan_group_dialog import PlanGroupDialog
from xa_planner.services.derivation_request import DerivationRequest

from .test_plan_page_helpers import first_task_row, open_page

PLANS = Path(__file__).parents[2] / "data" / "plans"


def _groups(page) -> list[tuple[int, str]]:
    return [(i, heading) for i, heading in page.model.sections() if i is not None]


def _headings(page) -> list[str]:
    model = page.model
    return [model.index(r, 0).data() for r in model.section_rows()]


def _stand_on_heading(page, number: int) -> None:
    """Make the *number*-th group heading row (0 = first) the table's current row."""
    table, model = page._ui.plan_table, page.model
    table.setCurrentIndex(model.index(model.section_rows()[number], 0))


def _tasks_of(page, section_id: int) -> list[int]:
    return [row.task_id for row in page.model.rows() if row.section_id == section_id]


def test_the_tables_menu_offers_the_group_operations(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    menus = [a.menu() for a in page._ui.plan_table.actions() if a.menu() is not None]
    assert [m.title() for m in menus] == ["Nhóm nhiệm vụ"]
    assert [a.text() for a in menus[0].actions()] == [
        "Đổi tên nhóm…", "Chuyển nhóm lên", "Chuyển nhóm xuống", "Gộp vào nhóm khác…", "Xóa nhóm…"]


def test_a_group_renamed_from_its_heading_row_is_stored_shown_and_undone(qtbot, demo_workspace, today, monkeypatch):
    # Given the officer stands on the second group's heading
    page = open_page(qtbot, demo_workspace, today)
    old = _headings(page)[1]
    _stand_on_heading(page, 1)
    monkeypatch.setattr(PlanGroupDialog, "ask_name", classmethod(lambda cls, parent, question, name: "Dịch vụ công"))
    # When they rename it
    page.task_actions.groups.rename_action.trigger()
    # Then the table's heading and the stored plan carry the new name; undo gives the old one back
    assert _headings(page)[1] == "II. Dịch vụ công"
    combo = page._ui.section_combo
    assert [combo.itemText(i) for i in range(combo.count())][2] == "II. Dịch vụ công"
    assert demo_workspace.maintenance.audit_log(1)[0].action == "Đổi tên nhóm nhiệm vụ"
    page.task_actions.undo_stack.undo()
    assert _headings(page)[1] == old


def test_a_group_moved_down_takes_its_tasks_and_undo_puts_it_back(qtbot, demo_workspace, today):
    # Given the first task of the first group is the current row
    page = open_page(qtbot, demo_workspace, today)
    before = _headings(page)
    page._ui.plan_table.setCurrentIndex(page.model.index(first_task_row(page), 1))
    # When its group is moved down
    page.task_actions.groups.move_down_action.trigger()
    # Then the first two groups changed places and were renumbered
    after = _headings(page)
    assert after[0] == "I." + before[1].split(".", 1)[1] and after[1] == "II." + before[0].split(".", 1)[1]
    page.task_actions.undo_stack.undo()
    assert _headings(page) == before


def test_merging_asks_for_another_group_and_moves_every_task_there(qtbot, demo_workspace, today, monkeypatch):
    # Given the officer stands on the third group's heading
    page = open_page(qtbot, demo_workspace, today)
    groups = _groups(page)
    offered = []
    def choose(cls, parent, question, targets):
        offered.extend(targets)
        return groups[0][0]
    monkeypatch.setattr(PlanGroupDialog, "ask_target", classmethod(choose))
    merged, into = _tasks_of(page, groups[2][0]), _tasks_of(page, groups[0][0])
    _stand_on_heading(page, 2)
    # When they merge it into the first group
    page.task_actions.groups.merge_action.trigger()
    # Then every other group was offered, the first group ends with the merged tasks, one group fewer
    assert [i for i, _h in offered] == [g[0] for g in groups if g[0] != groups[2][0]]
    assert _tasks_of(page, groups[0][0]) == into + merged
    assert len(_groups(page)) == len(groups) - 1
    # And undo brings the group back as it was, redo merges again
    page.task_actions.undo_stack.undo()
    assert [h for _i, h in _groups(page)] == [h for _i, h in groups]
    page.task_actions.undo_stack.redo()
    assert _tasks_of(page, groups[0][0]) == into + merged


def test_deleting_a_group_keeps_its_tasks_in_the_chosen_group(qtbot, demo_workspace, today, monkeypatch):
    page = open_page(qtbot, demo_workspace, today)
    groups = _groups(page)
    count = page.model.total_count()
    moved = _tasks_of(page, groups[0][0])
    monkeypatch.setattr(PlanGroupDialog, "ask_target", classmethod(lambda cls, parent, q, targets: groups[-1][0]))
    _stand_on_heading(page, 0)
    page.task_actions.groups.remove_action.trigger()
    assert page.model.total_count() == count
    assert _tasks_of(page, groups[-1][0])[-len(moved):] == moved
    assert demo_workspace.maintenance.audit_log(1)[0].action == "Xóa nhóm nhiệm vụ"


def test_the_group_dialog_refuses_an_empty_name_and_returns_the_chosen_group(qtbot):
    # Given the rename form with its name erased
    dialog = PlanGroupDialog(None, "Tên mới:", name="Cũ")
    qtbot.addWidget(dialog)
    dialog._ui.name_edit.clear()
    ok = dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # Then it stays open and says why
    assert dialog.chosen is None and dialog._ui.error_label.text() == "Hãy nhập tên nhóm nhiệm vụ."
    # And the target form returns the id of the group picked in its list
    chooser = PlanGroupDialog(None, "Gộp vào nhóm:", targets=[(7, "I. Một"), (9, "II. Hai")])
    qtbot.addWidget(chooser)
    assert chooser._ui.name_edit.isHidden() and not chooser._ui.target_combo.isHidden()
    chooser._ui.target_combo.setCurrentIndex(1)
    qtbot.mouseClick(chooser._ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert chooser.chosen == 9


def test_seed_003s_plan_groups_are_fixed_on_the_page_and_the_log_says_so(qtbot, empty_workspace, today, monkeypatch):
    # Given the commune plan derived from seed 003, every task taken
    workspace = empty_workspace
    template_id = workspace.templates.import_file(next(PLANS.glob("003_*.txt"))).template_id
    count = len(workspace.templates.template(template_id).tasks)
    workspace.derivation.create_plan(
        DerivationRequest(template_id, 2026, choices=dict.fromkeys(range(count), True))
    )
    page = open_page(qtbot, workspace, today)
    assert _headings(page)[:2] == ["I. Về pháp lý", "II. Về dữ liệu"]
    # When the officer merges "Về dữ liệu" into "Về pháp lý" and renames the result
    groups = _groups(page)
    monkeypatch.setattr(PlanGroupDialog, "ask_target", classmethod(lambda cls, parent, q, targets: groups[0][0]))
    monkeypatch.setattr(PlanGroupDialog, "ask_name", classmethod(lambda cls, parent, q, name: "Pháp lý và dữ liệu"))
    _stand_on_heading(page, 1)
    page.task_actions.groups.merge_action.trigger()
    _stand_on_heading(page, 0)
    page.task_actions.groups.rename_action.trigger()
    # Then the plan reads "I. Pháp lý và dữ liệu", "II. Về hạ tầng công nghệ"… and the log names both changes
    assert _headings(page)[:2] == ["I. Pháp lý và dữ liệu", "II. Về hạ tầng công nghệ"]
    assert [e.action for e in workspace.maintenance.audit_log(2)] == ["Đổi tên nhóm nhiệm vụ", "Gộp nhóm nhiệm vụ"]
    # And two undos give the derived groups back
    page.task_actions.undo_stack.undo()
    page.task_actions.undo_stack.undo()
    assert _headings(page)[:3] == ["I. Về pháp lý", "II. Về dữ liệu", "III. Về hạ tầng công nghệ"]


def test_a_double_click_on_a_group_heading_asks_for_its_new_name(qtbot, demo_workspace, today, monkeypatch):
    page = open_page(qtbot, demo_workspace, today)
    asked = []
    monkeypatch.setattr(PlanGroupDialog, "ask_name",
                        classmethod(lambda cls, parent, question, name: asked.append(name)))
    table, row = page._ui.plan_table, page.model.section_rows()[1]
    rect = table.visualRect(page.model.index(row, 0))
    # (Qt 6 takes a double click as a press, a release, then the double click)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == [_headings(page)[1].split(". ", 1)[1]]
