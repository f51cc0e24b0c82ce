"""Following an amended provincial plan from the Templates page: see the changes, take the checked ones."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from xa_planner.domain.plans import TemplateTask
from xa_planner.gui.templates.template_change_table_model import (
    TemplateChangeTableModel,
    marked_differences,
)
from xa_planner.gui.templates.template_update_dialog import (
    TemplateUpdateDialog,
    update_summary_text,
)
from xa_planner.gui.templates.templates_page import TemplatesPage
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.services.demo_service import create_demo
from xa_planner.services.template_update_service import UpdateSummary

ADDED_TEXT = "Triển khai định danh điện tử cho người nước ngoài cư trú"


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "u.xaplan", tasks=12, months=0, today=dt.date(2026, 2, 1)) as opened:
        yield opened


def _amend(workspace) -> int:
    """Version 2 of the province's plan: task 0 reworded, task 1 dropped, one task added."""
    old = workspace.templates.template(workspace.templates.templates()[0].id)
    tasks = list(old.tasks)
    tasks[0] = dataclasses.replace(tasks[0], content=tasks[0].content + " và báo cáo kết quả hằng quý")
    del tasks[1]
    tasks.append(TemplateTask(ref="VI.9", section=old.tasks[0].section, lead=("Công an tỉnh",),
                              content=ADDED_TEXT, timeframe="Quý III/2026"))
    tasks = [dataclasses.replace(t, id=None) for t in tasks]
    amended = dataclasses.replace(old, id=None, title=old.title + " (sửa đổi)", source_sha256="v2",
                                  tasks=tuple(tasks))
    return workspace.templates.save_template(amended)


def _dialog(qtbot, workspace, template_id: int) -> TemplateUpdateDialog:
    plan_id = workspace.plans.current_plan().id
    changes = workspace.template_updates.changes(plan_id, template_id)
    dialog = TemplateUpdateDialog(workspace.template_updates, plan_id, template_id, changes)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_lists_each_change_in_vietnamese_checked(qtbot, workspace):
    dialog = _dialog(qtbot, workspace, _amend(workspace))
    model = dialog.model
    kinds = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert kinds == ["Bỏ", "Sửa nội dung", "Thêm mới"]
    assert all(model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
               for r in range(model.rowCount()))
    assert dialog._ui.content_stack.currentWidget() is dialog._ui.changes_splitter


def test_applying_only_the_checked_changes_updates_the_plan(qtbot, workspace):
    dialog = _dialog(qtbot, workspace, _amend(workspace))
    model = dialog.model
    for row in range(model.rowCount()):
        if model.row_at(row).kind != "added":
            model.setData(model.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    before = len(workspace.plans.plan_rows(workspace.plans.current_plan().id))
    dialog._ui.apply_button.click()
    qtbot.waitUntil(lambda: dialog.summary() is not None and not has_background_work())
    rows = workspace.plans.plan_rows(workspace.plans.current_plan().id)
    assert (dialog.summary().added, dialog.summary().removed, dialog.summary().reworded) == (1, 0, 0)
    assert len(rows) == before + 1 and any(r.content == ADDED_TEXT for r in rows)


def test_the_same_template_shows_a_sentence_instead_of_an_empty_list(qtbot, workspace):
    dialog = _dialog(qtbot, workspace, workspace.templates.templates()[0].id)
    assert dialog._ui.content_stack.currentWidget() is dialog._ui.no_changes_label
    assert "không có gì cần cập nhật" in dialog._ui.no_changes_label.text()
    assert not dialog._ui.apply_button.isVisible()


def test_comparing_with_no_difference_says_so_without_opening_an_empty_window(qtbot, workspace, monkeypatch):
    shown, opened = [], []
    monkeypatch.setattr(prompts, "show_info", lambda parent, message, title="": shown.append(message))
    monkeypatch.setattr(TemplateUpdateDialog, "exec", lambda self: opened.append(self))
    plan_id = workspace.plans.current_plan().id
    template_id = workspace.templates.templates()[0].id
    assert TemplateUpdateDialog.ask(None, workspace.template_updates, plan_id, template_id) is None
    assert opened == [] and "không có gì cần cập nhật" in shown[0]


def test_the_templates_page_button_opens_the_dialog_and_reports_the_result(qtbot, workspace, monkeypatch):
    new_id = _amend(workspace)
    page = TemplatesPage(workspace.templates, plan_service=workspace.plans,
                         template_updates=lambda: workspace.template_updates)
    qtbot.addWidget(page)
    page.show()
    page.select_template(new_id)
    asked, shown = [], []
    monkeypatch.setattr(TemplateUpdateDialog, "ask",
                        classmethod(lambda cls, parent, service, plan_id, template_id:
                                    asked.append(template_id) or UpdateSummary(1, 1, 1, ())))
    monkeypatch.setattr(prompts, "show_info", lambda parent, message, title="": shown.append(message))
    with qtbot.waitSignal(page.plan_updated):
        page._ui.compare_button.click()
    assert asked == [new_id] and "1 nhiệm vụ thêm mới" in shown[0]


def test_differences_are_marked_word_by_word():
    old, new = marked_differences("Rà soát dữ liệu dân cư", "Rà soát, cập nhật dữ liệu dân cư")
    assert "line-through" in old and "soát" in old
    assert "cập nhật" in new and "font-weight:bold" in new


def test_the_summary_names_the_tasks_kept_for_their_progress():
    text = update_summary_text(UpdateSummary(2, 1, 0, ("II.3",)))
    assert "2 nhiệm vụ sửa nội dung" in text and "Giữ lại 1 nhiệm vụ" in text and "II.3" in text


def test_the_change_model_passes_the_model_tester(qtmodeltester, workspace):
    model = TemplateChangeTableModel()
    plan_id = workspace.plans.current_plan().id
    model.set_rows(workspace.template_updates.changes(plan_id, _amend(workspace)))
    qtmodeltester.check(model)
