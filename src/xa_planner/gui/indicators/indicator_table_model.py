"""IndicatorTableModel: the plan's indicators for the chosen month, with figures editable in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from xa_planner.domain.indicators import IndicatorKind
from xa_planner.gui.indicators.indicator_entry import (
    NO,
    NUMERATOR_COLUMN,
    VALUE_COLUMN,
    YES,
    assessment_text,
    figure_text,
    level_share,
    level_text,
    measured_text,
)
from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.localization import N_, format_number
from xa_planner.services.views import IndicatorRow

SHARE_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_MET, _NOT_MET, _UNKNOWN = QColor("#1e7b34"), QColor("#b00020"), QColor("#5a6570")


class IndicatorTableModel(RowsTableModel):
    """Rows are IndicatorRow; a typed figure is emitted as value_entered for the panel to store."""

    COLUMNS = (
        N_("TT"),
        N_("Chỉ tiêu"),
        N_("Tử số"),
        N_("Mẫu số / Giá trị"),
        N_("Kết quả"),
        N_("Tháng trước"),
        N_("Mức giao"),
        N_("Tiến độ so với mức giao"),
        N_("Đánh giá"),
    )
    PROGRESS_COLUMN = 7
    ASSESSMENT_COLUMN = 8

    value_entered = Signal(object, int, str)  # IndicatorRow, column, text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._read_only = False
        self._numbers: dict[int, int] = {}

    def set_rows(self, rows) -> None:
        self._numbers = {id(row): number for number, row in enumerate(rows, start=1)}
        super().set_rows(rows)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def cell_text(self, row: IndicatorRow, column: int) -> str:
        indicator, value = row.indicator, row.value
        match column:
            case 0:
                return format_number(self._numbers.get(id(row), 0))
            case 1:
                return indicator.name
            case 2:
                return figure_text(value.numerator) if value and indicator.kind is IndicatorKind.RATIO else ""
            case 3:
                return _value_cell(row)
            case 4:
                return measured_text(indicator.kind, indicator.unit, row.measured)
            case 5:
                previous = row.previous.measured(indicator.kind) if row.previous else None
                return measured_text(indicator.kind, indicator.unit, previous)
            case 6:
                return level_text(row)
            case 7:
                share = level_share(row)
                return f"{format_number(round(100 * share))}%" if share is not None else ""
            case _:
                return assessment_text(row)

    def sort_key(self, position: int, row: IndicatorRow, column: int) -> Any:
        if column == 0:
            return position
        if column in (4, self.PROGRESS_COLUMN):
            share = row.measured if column == 4 else level_share(row)
            return share if share is not None else -1.0
        return super().sort_key(position, row, column)

    def cell_data(self, row: IndicatorRow, column: int, role: int) -> Any:
        if role == SHARE_ROLE and column == self.PROGRESS_COLUMN:
            return level_share(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ASSESSMENT_COLUMN:
            return _UNKNOWN if row.met is None else (_MET if row.met else _NOT_MET)
        if role == Qt.ItemDataRole.EditRole and self._editable(row, column):
            return _edit_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (1, self.ASSESSMENT_COLUMN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _editable(self, row: IndicatorRow, column: int) -> bool:
        if self._read_only:
            return False
        return column == VALUE_COLUMN or (column == NUMERATOR_COLUMN and row.indicator.kind is IndicatorKind.RATIO)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._editable(self.row_at(index), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.row_at(index)
        if not self._editable(row, index.column()):
            return False
        text = "" if value is None else str(value)
        if text.strip() != (_edit_text(row, index.column()) or ""):
            self.value_entered.emit(row, index.column(), text)
        return True


def _value_cell(row: IndicatorRow) -> str:
    indicator, value = row.indicator, row.value
    if value is None:
        return ""
    if indicator.kind is IndicatorKind.RATIO:
        return figure_text(value.denominator)
    if indicator.kind is IndicatorKind.YES_NO:
        return measured_text(indicator.kind, "", value.value)
    return figure_text(value.value)


def _edit_text(row: IndicatorRow, column: int) -> str | None:
    """What an editor starts from: the figure as typed, YES/NO for a yes/no indicator."""
    value = row.value
    if value is None:
        return None
    if row.indicator.kind is IndicatorKind.YES_NO:
        return None if value.value is None else (YES if value.value >= 1 else NO)
    if column == NUMERATOR_COLUMN:
        return figure_text(value.numerator)
    return figure_text(value.denominator if row.indicator.kind is IndicatorKind.RATIO else value.value)
