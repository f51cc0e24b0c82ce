"""Importing a provincial plan: choose a file, review the parsed tasks beside the source, save a template."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from xa_planner.gui.main.main_window import TEMPLATES, MainWindow
from xa_planner.gui.templates.import_review_dialog import ImportReviewDialog
from xa_planner.gui.templates.import_source_view import highlighted_lines
from xa_planner.gui.templates.import_task_tree_model import ImportTaskTreeModel
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.services.import_draft import ImportDraft
from xa_planner.services.template_service import file_sha256, parse_plan

DATA = Path(__file__).parents[2] / "data"
SEED = next((DATA / "plans").glob("003_*.txt"))
DOUBTFUL_SEED = next((DATA / "plans").glob("004_*.txt"))


@pytest.fixture
def window(qtbot, translator, empty_workspace, today):
    widget = MainWindow(empty_workspace, "vi", today=lambda: today)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _dialog(qtbot, workspace, path: Path) -> ImportReviewDialog:
    draft = ImportDraft(parse_plan(path), path.name, file_sha256(path))
    dialog = ImportReviewDialog(workspace.templates, draft)
    qtbot.addWidget(dialog)
    return dialog


def _review_and_save(dialog: ImportReviewDialog) -> None:
    """Fix the issuer, drop the second task, split the first at a sentence, then save."""
    ui = dialog._ui
    ui.issuer_edit.setText("UBND tỉnh Vĩnh Long (đã sửa)")
    dialog.select_task(1)
    ui.drop_button.click()
    dialog.select_task(0)
    content = ui.content_edit.toPlainText()
    cursor = ui.content_edit.textCursor()
    cursor.setPosition(content.index("để sửa đổi"))
    ui.content_edit.setTextCursor(cursor)
    ui.split_button.click()
    ui.lead_edit.setText("Sở Tư pháp; UBND cấp xã")
    ui.lead_edit.textEdited.emit(ui.lead_edit.text())
    ui.button_box.button(ui.button_box.StandardButton.Save).click()


def test_choosing_a_seed_reviewing_and_saving_stores_the_edited_template(qtbot, window, empty_workspace, monkeypatch):
    parsed_count = len(parse_plan(SEED).tasks)
    monkeypatch.setattr(prompts, "choose_plan_file", lambda parent, start: SEED)

    def review(cls, parent, templates, parsed, name, sha, source_path=None):
        dialog = cls(templates, ImportDraft(parsed, name, sha), parent)
        _review_and_save(dialog)
        return dialog.saved_id

    monkeypatch.setattr(ImportReviewDialog, "ask", classmethod(review))
    window._ui.import_plan_action.trigger()
    qtbot.waitUntil(lambda: not has_background_work() and window._ui.import_plan_action.isEnabled(), timeout=20000)

    [summary] = empty_workspace.templates.templates()
    template = empty_workspace.templates.template(summary.id)
    assert len(template.tasks) == parsed_count  # one dropped, one split into two
    assert template.issuer == "UBND tỉnh Vĩnh Long (đã sửa)"
    assert template.source_name == SEED.name and template.source_sha256 == file_sha256(SEED)
    first, second = template.tasks[:2]
    assert first.content.endswith("Thủ tướng Chính phủ") and second.content.startswith("để sửa đổi")
    assert first.lead == ("Các sở, ban, ngành tỉnh", "UBND cấp xã", "Các cơ quan, đơn vị liên quan")
    assert second.lead == ("Sở Tư pháp", "UBND cấp xã")
    assert window.current_page() is window.templates_page
    assert window.templates_page.selected_template_id() == summary.id


def test_a_hostile_file_shows_one_message_and_stores_nothing(qtbot, window, empty_workspace, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(prompts, "choose_plan_file", lambda parent, start: DATA / "hostile" / "zip_bomb.docx")
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": errors.append(message))

    window._ui.import_plan_action.trigger()
    qtbot.waitUntil(lambda: bool(errors) and not has_background_work(), timeout=20000)

    assert len(errors) == 1 and errors[0].endswith(".")
    assert empty_workspace.templates.templates() == []
    assert window._ui.import_plan_action.isEnabled()


def test_reimporting_the_same_file_is_recognised_and_can_be_cancelled(qtbot, window, empty_workspace, monkeypatch):
    first = empty_workspace.templates.import_file(SEED).template_id
    questions: list[str] = []
    monkeypatch.setattr(prompts, "choose_plan_file", lambda parent, start: SEED)
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": questions.append(question) or False)

    window._ui.import_plan_action.trigger()
    qtbot.waitUntil(lambda: bool(questions) and not has_background_work(), timeout=20000)
    qtbot.waitUntil(window._ui.import_plan_action.isEnabled)

    assert f"Tệp này đã được nhập (mẫu số {first})" in questions[0]
    assert len(empty_workspace.templates.templates()) == 1


def test_the_templates_page_button_starts_an_import(qtbot, window, monkeypatch):
    asked: list[Path] = []
    monkeypatch.setattr(prompts, "choose_plan_file", lambda parent, start: asked.append(start))
    window.show_page(TEMPLATES)
    window.templates_page._ui.import_button.click()
    assert len(asked) == 1


def test_selecting_a_task_highlights_its_source_lines(qtbot, translator, empty_workspace):
    dialog = _dialog(qtbot, empty_workspace, SEED)
    task = dialog.draft.tasks[3]

    dialog.select_task(3)

    assert highlighted_lines(dialog._ui.source_edit) == task.source_lines
    assert dialog._ui.content_edit.toPlainText() == task.content
    assert dialog._ui.schedule_label.text().startswith("→")


def test_the_doubtful_filter_shows_only_flagged_tasks_with_their_reasons(qtbot, translator, empty_workspace):
    dialog = _dialog(qtbot, empty_workspace, DOUBTFUL_SEED)
    doubtful = [i for i, t in enumerate(dialog.draft.tasks) if t.doubts]

    dialog._ui.only_doubtful_check.setChecked(True)

    model = dialog.model
    assert model.shown_task_count() == len(doubtful) < len(dialog.draft.tasks)
    tooltip = model.data(model.index_of_task(doubtful[0]), 3)
    assert tooltip.startswith("Cần xem lại:")
    dialog.select_task(doubtful[0])
    assert dialog._ui.doubts_label.text() == "Chưa có đơn vị chủ trì"
    assert not dialog._ui.doubts_label.isHidden()


def test_merge_add_and_move_buttons_change_the_draft(qtbot, translator, empty_workspace):
    dialog = _dialog(qtbot, empty_workspace, SEED)
    ui, count = dialog._ui, len(dialog.draft.tasks)
    second_ref = dialog.draft.tasks[1].ref

    dialog.select_task(0)
    ui.merge_button.click()
    assert len(dialog.draft.tasks) == count - 1
    ui.add_button.click()
    assert dialog.current_task() == 1 and dialog.draft.tasks[1].content == ""
    ui.content_edit.setPlainText("Nhiệm vụ riêng của xã")
    ui.move_up_button.click()
    assert dialog.draft.tasks[0].content == "Nhiệm vụ riêng của xã"
    assert second_ref not in [t.ref for t in dialog.draft.tasks]


def test_cancelling_after_edits_asks_first(qtbot, translator, empty_workspace, monkeypatch):
    dialog = _dialog(qtbot, empty_workspace, SEED)
    answers = iter([False, True])
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": next(answers))
    dialog.show()
    dialog._ui.title_edit.setText("Kế hoạch đã sửa")

    dialog.reject()
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible() and dialog.saved_id is None
    assert empty_workspace.templates.templates() == []


def test_the_task_tree_passes_the_model_tester(qtmodeltester, translator):
    draft = ImportDraft(parse_plan(DOUBTFUL_SEED), "x.txt", "sha")
    model = ImportTaskTreeModel(draft)
    qtmodeltester.check(model)
    model.set_only_doubtful(True)
    qtmodeltester.check(model)


def test_split_needs_the_cursor_inside_the_text(qtbot, translator, empty_workspace, monkeypatch):
    dialog = _dialog(qtbot, empty_workspace, SEED)
    infos: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, message, title="": infos.append(message))
    dialog.select_task(0)
    dialog._ui.content_edit.moveCursor(QTextCursor.MoveOperation.Start)
    dialog._ui.split_button.click()
    assert len(infos) == 1 and len(dialog.draft.tasks) == len(parse_plan(SEED).tasks)
