"""The tracking page stores each month's status and notes, honours closed months and conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.gui.tracking.reopen_month_dialog import ReopenMonthDialog
from xa_planner.gui.tracking.tracking_page import TrackingPage
from xa_planner.gui.tracking.tracking_table_model import TrackingTableModel
from xa_planner.gui.widgets import prompts
from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import InvalidInput

from ..conftest import TODAY

THIS_MONTH = Period.containing(TODAY)
LAST_MONTH = THIS_MONTH.shifted(-1)


@pytest.fixture
def workspace(tmp_path):
    """Three months of demo progress: this month and the two before."""
    workspace = create_demo(tmp_path / "months.xaplan", tasks=30, offices=6, months=3, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def page(qtbot, translator, workspace):
    page = TrackingPage(
        workspace.tracking, workspace.plans, lambda: TODAY, indicator_service=workspace.indicators
    )
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    return page


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": shown.append(message))
    return shown


def _rows(workspace, period):
    plan_id = workspace.plans.current_plan().id
    return {r.task_id: r for r in workspace.tracking.tracking_rows(plan_id, period, TODAY)}


def _choose_status(qtbot, page, position: int, status: ProgressStatus) -> None:
    """Open the status editor of a row like a user (F2) and pick *status* from the combo."""
    view = page.ui.tracking_table
    index = page.model.index(position, TrackingTableModel.STATUS_COLUMN)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox, "status_editor")
    assert combo is not None
    combo.setCurrentIndex(combo.findData(status.value))
    combo.activated.emit(combo.currentIndex())


def _task_other_than(row, status):
    return ProgressStatus.DONE if row.status is not ProgressStatus.DONE else ProgressStatus.IN_PROGRESS


def test_choosing_a_status_stores_it_for_this_month_only(qtbot, page, workspace):
    before_last = _rows(workspace, LAST_MONTH)
    row = page.model.row_at(page.model.index(0, 0))
    wanted = _task_other_than(row, row.status)

    _choose_status(qtbot, page, 0, wanted)

    qtbot.waitUntil(lambda: _rows(workspace, THIS_MONTH)[row.task_id].status is wanted)
    assert _rows(workspace, LAST_MONTH) == before_last
    qtbot.waitUntil(lambda: page.model.row_at(page.model.index(0, 0)).status is wanted)


def test_notes_typed_in_the_side_panel_are_saved(qtbot, page, workspace):
    page.ui.tracking_table.selectRow(2)
    row = page.model.row_at(page.model.index(2, 0))
    panel = page.ui.notes_panel
    assert panel.row().task_id == row.task_id
    panel._ui.result_edit.setPlainText("Đã cấp 120 tài khoản định danh mức 2.")
    panel._ui.difficulties_edit.setPlainText("Thiếu máy đọc căn cước.")
    panel._ui.proposals_edit.setPlainText("Đề nghị tỉnh hỗ trợ thiết bị.")

    panel._ui.save_button.click()

    stored = _rows(workspace, THIS_MONTH)[row.task_id]
    assert stored.result_note == "Đã cấp 120 tài khoản định danh mức 2."
    assert stored.difficulties == "Thiếu máy đọc căn cước."
    assert stored.proposals == "Đề nghị tỉnh hỗ trợ thiết bị."
    assert not panel.is_dirty()


def test_moving_to_another_task_keeps_the_notes_typed(qtbot, page, workspace):
    view = page.ui.tracking_table
    view.selectRow(0)
    first = page.ui.notes_panel.row()
    page.ui.notes_panel._ui.result_edit.setPlainText("Ghi chú chưa bấm lưu")

    view.selectRow(3)

    assert _rows(workspace, THIS_MONTH)[first.task_id].result_note == "Ghi chú chưa bấm lưu"
    assert page.ui.notes_panel.row().task_id == page.model.row_at(page.model.index(3, 0)).task_id


def test_a_closed_month_is_read_only_and_refuses_changes(qtbot, page, workspace):
    workspace.tracking.lock_period(LAST_MONTH)
    page.choose_period(LAST_MONTH)

    assert page.ui.lock_banner.isVisible()
    assert page.ui.lock_banner_label.text().startswith(f"Tháng {LAST_MONTH.month:02d}/{LAST_MONTH.year} đã chốt báo cáo lúc")
    index = page.model.index(0, TrackingTableModel.STATUS_COLUMN)
    assert not page.model.flags(index) & page.model.flags(index).ItemIsEditable
    assert not page.model.setData(index, ProgressStatus.DONE.value)
    page.ui.tracking_table.selectRow(0)
    assert page.ui.notes_panel._ui.result_edit.isReadOnly()
    row = page.model.row_at(page.model.index(0, 0))
    with pytest.raises(InvalidInput):
        workspace.tracking.set_progress(row.task_id, LAST_MONTH, ProgressStatus.DONE, seen_revision=row.revision)


def test_closing_a_month_asks_first(qtbot, page, workspace, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": True)

    page.ui.lock_button.click()

    assert workspace.tracking.is_locked(THIS_MONTH)
    assert page.ui.lock_banner.isVisible() and not page.ui.lock_button.isVisible()


def test_a_reopened_month_can_be_edited_again(qtbot, page, workspace, monkeypatch):
    workspace.tracking.lock_period(THIS_MONTH)
    page.reload()
    monkeypatch.setattr(ReopenMonthDialog, "ask", classmethod(lambda cls, parent, caption: "Đơn vị gửi bổ sung"))

    page.ui.reopen_button.click()

    assert not workspace.tracking.is_locked(THIS_MONTH)
    assert not page.ui.lock_banner.isVisible()
    row = page.model.row_at(page.model.index(1, 0))
    wanted = _task_other_than(row, row.status)
    _choose_status(qtbot, page, 1, wanted)
    qtbot.waitUntil(lambda: _rows(workspace, THIS_MONTH)[row.task_id].status is wanted)


def test_a_change_made_elsewhere_first_is_reported_and_the_row_reloads(qtbot, page, workspace, errors):
    position = next(i for i in range(page.model.visible_count()) if page.model.row_at(page.model.index(i, 0)).revision)
    row = page.model.row_at(page.model.index(position, 0))
    workspace.tracking.set_progress(
        row.task_id, THIS_MONTH, ProgressStatus.DROPPED, result_note="Sửa từ máy khác", seen_revision=row.revision
    )

    _choose_status(qtbot, page, position, _task_other_than(row, row.status))

    qtbot.waitUntil(lambda: len(errors) == 1)
    assert "người khác" in errors[0]
    shown = page.model.row_at(page.model.index(page.model.row_of_task(row.task_id), 0))
    assert shown.status is ProgressStatus.DROPPED and shown.result_note == "Sửa từ máy khác"


def test_filters_narrow_by_office_overdue_and_unaccented_search(qtbot, page):
    ui, model = page.ui, page.model
    total = model.total_count()
    ui.office_combo.setCurrentIndex(1)
    office = ui.office_combo.currentData()
    assert 0 < model.visible_count() < total
    assert all(model.row_at(model.index(i, 0)).lead_office == office for i in range(model.visible_count()))
    ui.office_combo.setCurrentIndex(0)

    ui.overdue_check.setChecked(True)
    overdue = model.visible_count()
    assert overdue < total
    ui.overdue_check.setChecked(False)

    word = model.row_at(model.index(0, 0)).content.split()[0]
    ui.search_edit.setText(_unaccented(word))
    assert 0 < model.visible_count() <= total


def test_last_months_status_is_shown_beside_this_months(page, workspace):
    last = _rows(workspace, LAST_MONTH)
    row = page.model.row_at(page.model.index(0, 0))
    assert row.previous_status == last[row.task_id].status
    assert page.model.index(0, TrackingTableModel.PREVIOUS_COLUMN).data() != "" or last[row.task_id].status is None


def test_the_tracking_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    page.model.set_overdue_only(True)
    qtmodeltester.check(page.model)


def _unaccented(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_a_task_without_a_date_shows_its_rhythm_as_its_deadline(qtbot, page, workspace):
    # Given tasks done "Thường xuyên" or monthly, without a due date
    plan_id = workspace.plans.current_plan().id
    recurring = {r.task_id: r for r in workspace.plans.plan_rows(plan_id) if r.recurrence and r.due is None}
    assert recurring, "the demo has tasks without a due date"
    model = page.model
    qtbot.waitUntil(lambda: model.total_count() > 0)
    # Then their Thời hạn cell names the rhythm instead of staying blank
    for position in range(model.rowCount()):
        row = model.row_at(model.index(position, 0))
        if row is not None and row.task_id in recurring:
            assert model.index(position, 3).data() in ("Thường xuyên", "Hằng tháng", "Hằng quý", "Hằng năm",
                                                        "Khi có chỉ đạo")
