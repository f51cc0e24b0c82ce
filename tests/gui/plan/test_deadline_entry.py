"""A plain date typed or picked on the calendar is accepted as a deadline in the plan table and in bulk assignment."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialogButtonBox, QTableView

from xa_planner import localization
from xa_planner.gui.plan.bulk_assign_dialog import BulkAssignDialog
from xa_planner.gui.plan.plan_cell_editors import DueEditor
from xa_planner.gui.plan.plan_edits import DUE

from .test_plan_page_helpers import commit, first_task_row, open_page, start_editing, stored_rows


def _pick_on_calendar(qtbot, due_editor: DueEditor, day: dt.date) -> None:
    """F4 opens the editor's calendar; the day is chosen and confirmed with Enter, as with the keyboard."""
    qtbot.keyClick(due_editor, Qt.Key.Key_F4)
    calendar = due_editor.findChild(QCalendarWidget)
    qtbot.waitUntil(calendar.isVisible)
    calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())


def _type(qtbot, widget, text: str) -> None:
    """Type *text* key by key; letters QtTest cannot map to a key ("ă", "ơ") arrive as IME text would."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))


def _task_at(page, row: int):
    return page.model.row_at(page.model.index(row, 0))


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("30/6/2026", dt.date(2026, 6, 30)),
        ("30/06/2026", dt.date(2026, 6, 30)),
        ("31-12-2026", dt.date(2026, 12, 31)),
        ("ngày 15 tháng 9 năm 2026", dt.date(2026, 9, 15)),
        ("6 tháng đầu năm", dt.date(2026, 6, 30)),
    ],
)
def test_a_plain_date_typed_in_the_due_cell_is_stored_as_the_deadline(qtbot, demo_workspace, today, typed, due):
    # Given the plan table with the Thời hạn cell of a task being edited
    page = open_page(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task_id = _task_at(page, row).task_id
    editor = start_editing(qtbot, page, row, DUE)
    assert isinstance(editor, DueEditor)
    # When the officer types a plain date and presses Enter
    editor.selectAll()
    _type(qtbot, editor, typed)
    assert editor.is_valid(), editor.toolTip()
    commit(qtbot, page, editor)
    # Then the service stored that day as the task's deadline, with the words as typed
    stored = stored_rows(demo_workspace)[task_id]
    assert (stored.due, stored.timeframe) == (due, typed)


@pytest.fixture(params=["vi", "en"])
def interface_language(request):
    localization.set_language(request.param)
    yield request.param
    localization.set_language("vi")


def test_the_day_picked_on_the_due_cells_calendar_is_stored(qtbot, demo_workspace, today, interface_language):
    # Given the Thời hạn cell being edited, in either interface language
    page = open_page(qtbot, demo_workspace, today)
    row = first_task_row(page)
    task_id = _task_at(page, row).task_id
    editor = start_editing(qtbot, page, row, DUE)
    # When 31/12/2026 is picked on its calendar and the cell is stored
    _pick_on_calendar(qtbot, editor, dt.date(2026, 12, 31))
    assert (editor.text(), editor.is_valid()) == ("31/12/2026", True)
    commit(qtbot, page, editor)
    # Then the task is due on that day
    assert stored_rows(demo_workspace)[task_id].due == dt.date(2026, 12, 31)


def _select_first_two_tasks(page) -> list[int]:
    table, model = page._ui.plan_table, page.model
    first = first_task_row(page)
    table.selectRow(first)
    flags = table.selectionModel().SelectionFlag
    table.selectionModel().select(model.index(first + 1, 0), flags.Select | flags.Rows)
    return [row.task_id for row in page.task_actions.selected_rows()]


def _fill_bulk_dialog_when_shown(qtbot, fill) -> list[BulkAssignDialog]:
    """Once the modal dialog is up, *fill* it and press OK; the dialog seen is returned for checks."""
    seen: list[BulkAssignDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BulkAssignDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        fill(dialog._ui.due_edit)
        qtbot.mouseClick(dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # refused: close it so the test ends and its assertions report why
            dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def test_a_plain_date_typed_in_bulk_assignment_is_every_selected_tasks_deadline(qtbot, demo_workspace, today):
    # Given two selected tasks and the Giao hàng loạt dialog
    page = open_page(qtbot, demo_workspace, today)
    ids = _select_first_two_tasks(page)
    seen = _fill_bulk_dialog_when_shown(qtbot, lambda due: qtbot.keyClicks(due, "30/6/2026"))
    # When the officer types "30/6/2026" as the deadline and presses OK
    page._ui.bulk_assign_action.trigger()
    # Then the dialog accepted it and both tasks are due on 30/6/2026
    assert seen and seen[0].result() == BulkAssignDialog.DialogCode.Accepted, seen[0]._ui.error_label.text()
    stored = stored_rows(demo_workspace)
    assert [(stored[i].due, stored[i].timeframe) for i in ids] == [(dt.date(2026, 6, 30), "30/6/2026")] * 2


def test_the_day_picked_on_the_bulk_dialogs_calendar_is_every_selected_tasks_deadline(qtbot, demo_workspace, today):
    page = open_page(qtbot, demo_workspace, today)
    ids = _select_first_two_tasks(page)
    seen = _fill_bulk_dialog_when_shown(qtbot, lambda due: _pick_on_calendar(qtbot, due, dt.date(2026, 12, 31)))
    page._ui.bulk_assign_action.trigger()
    assert seen and seen[0].result() == BulkAssignDialog.DialogCode.Accepted, seen[0]._ui.error_label.text()
    stored = stored_rows(demo_workspace)
    assert [stored[i].due for i in ids] == [dt.date(2026, 12, 31)] * 2
