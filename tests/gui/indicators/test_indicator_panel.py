"""The indicators tab takes a month's figures in place, shows the assessment, and adds indicators."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from xa_planner.domain.indicators import Indicator, IndicatorKind
from xa_planner.domain.periods import Period
from xa_planner.gui.indicators.add_indicator_dialog import AddIndicatorDialog
from xa_planner.gui.indicators.indicator_entry import NUMERATOR_COLUMN, VALUE_COLUMN
from xa_planner.gui.indicators.indicator_panel import IndicatorPanel
from xa_planner.gui.indicators.indicator_table_model import SHARE_ROLE, IndicatorTableModel
from xa_planner.gui.widgets import prompts

from ..conftest import TODAY

MONTH = Period.containing(TODAY)


@pytest.fixture
def panel(qtbot, translator, demo_workspace):
    panel = IndicatorPanel()
    qtbot.addWidget(panel)
    panel.attach(demo_workspace.indicators)
    panel.resize(1300, 500)
    panel.show_month(demo_workspace.plans.current_plan().id, MONTH, read_only=False)
    panel.show()
    return panel


def _position(panel, kind: IndicatorKind) -> int:
    model = panel.model
    return next(i for i in range(model.visible_count()) if model.row_at(model.index(i, 0)).indicator.kind is kind)


def _type_in(qtbot, panel, position: int, column: int, text: str) -> None:
    """Open the cell's editor like a user (F2), type *text* and press Enter."""
    view = panel._ui.indicator_table
    index = panel.model.index(position, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    view.itemDelegate().commitData.emit(editor)
    view.itemDelegate().closeEditor.emit(editor)


def _stored(workspace, indicator_id):
    plan_id = workspace.plans.current_plan().id
    return next(r for r in workspace.indicators.indicator_rows(plan_id, MONTH) if r.indicator.id == indicator_id)


def test_typing_a_ratio_stores_it_and_shows_the_assessment(qtbot, panel, demo_workspace):
    position = _position(panel, IndicatorKind.RATIO)
    indicator = panel.model.row_at(panel.model.index(position, 0)).indicator
    _type_in(qtbot, panel, position, VALUE_COLUMN, "100.000")
    _type_in(qtbot, panel, position, NUMERATOR_COLUMN, "150")
    qtbot.waitUntil(lambda: _stored(demo_workspace, indicator.id).value.numerator == 150)

    _type_in(qtbot, panel, position, VALUE_COLUMN, "200")

    qtbot.waitUntil(lambda: _stored(demo_workspace, indicator.id).measured == pytest.approx(75.0))
    row_position = next(
        i for i in range(panel.model.visible_count()) if panel.model.row_at(panel.model.index(i, 0)).indicator.id == indicator.id
    )
    assert panel.model.index(row_position, 4).data() == "75%"
    assessment = panel.model.index(row_position, IndicatorTableModel.ASSESSMENT_COLUMN).data()
    assert assessment.startswith("Đạt") or assessment.startswith("Chưa đạt")
    assert panel.model.index(row_position, IndicatorTableModel.PROGRESS_COLUMN).data(SHARE_ROLE) is not None


def test_a_numerator_above_the_denominator_is_refused_with_the_services_message(qtbot, panel, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": shown.append(message))
    position = _position(panel, IndicatorKind.RATIO)
    _type_in(qtbot, panel, position, VALUE_COLUMN, "100.000")
    _type_in(qtbot, panel, position, NUMERATOR_COLUMN, "12")
    qtbot.waitUntil(lambda: panel.model.index(position, NUMERATOR_COLUMN).data() == "12")

    _type_in(qtbot, panel, position, VALUE_COLUMN, "10")

    qtbot.waitUntil(lambda: shown == ["Tử số không được lớn hơn mẫu số."])


def test_text_that_is_not_a_number_is_refused(qtbot, panel, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, message, title="": shown.append(message))
    _type_in(qtbot, panel, _position(panel, IndicatorKind.NUMBER), VALUE_COLUMN, "khoảng 10")
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "không phải là số" in shown[0]


def test_a_closed_month_is_read_only(panel, demo_workspace):
    panel.show_month(demo_workspace.plans.current_plan().id, MONTH, read_only=True)
    index = panel.model.index(0, VALUE_COLUMN)
    assert not panel.model.flags(index) & index.flags().ItemIsEditable


def test_a_yes_no_indicator_is_answered_from_a_combo(qtbot, panel, demo_workspace):
    plan_id = demo_workspace.plans.current_plan().id
    new_id = demo_workspace.indicators.add_indicator(
        plan_id, Indicator(None, "Có bộ phận một cửa", IndicatorKind.YES_NO, "", ">=", 1.0)
    )
    panel.reload()
    model, view = panel.model, panel._ui.indicator_table
    position = next(i for i in range(model.visible_count()) if model.row_at(model.index(i, 0)).indicator.id == new_id)
    view.edit(model.index(position, VALUE_COLUMN))
    combo = view.findChild(QComboBox, "yes_no_editor")
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: _stored(demo_workspace, new_id).met is True)


def test_the_add_indicator_dialog_adds_one(qtbot, translator, demo_workspace):
    plan_id = demo_workspace.plans.current_plan().id
    dialog = AddIndicatorDialog(demo_workspace.indicators, plan_id)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    ui.name_edit.setText("Số tài khoản VNeID mức 2 được kích hoạt")
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(IndicatorKind.NUMBER.value))
    ui.unit_edit.setText("tài khoản")
    ui.direction_combo.setCurrentIndex(0)
    ui.level_edit.setText("1.500")
    ui.cumulative_check.setChecked(False)

    ui.button_box.accepted.emit()

    added = next(r.indicator for r in demo_workspace.indicators.indicator_rows(plan_id, MONTH) if r.indicator.id == dialog.added_id())
    assert (added.name, added.kind, added.unit, added.assigned_level, added.cumulative) == (
        "Số tài khoản VNeID mức 2 được kích hoạt", IndicatorKind.NUMBER, "tài khoản", 1500.0, False
    )


def test_the_add_indicator_dialog_tells_what_is_missing(qtbot, translator, demo_workspace):
    dialog = AddIndicatorDialog(demo_workspace.indicators, demo_workspace.plans.current_plan().id)
    qtbot.addWidget(dialog)
    dialog._ui.button_box.accepted.emit()
    assert dialog.added_id() is None
    assert dialog._ui.error_label.text() == "Hãy nhập tên chỉ tiêu."


def test_the_indicator_model_passes_the_model_tester(qtmodeltester, panel):
    qtmodeltester.check(panel.model)
