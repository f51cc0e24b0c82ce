"""CheckableRowsTableModel: a RowsTableModel whose rows carry a check box, remembered by each row's key."""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from xa_planner.gui.widgets.rows_table_model import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex


class CheckableRowsTableModel(RowsTableModel):
    """Subclasses say which column holds the box (CHECK_COLUMN) and what identifies a row (check_key)."""

    CHECK_COLUMN = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._checked: set[Hashable] = set()

    # --- what subclasses provide -------------------------------------------------------
    def check_key(self, row: Any) -> Hashable | None:
        """What the row's check is remembered by; None when the row has no check box."""
        raise NotImplementedError

    # --- the checks --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], checked: Collection[Hashable] = ()) -> None:
        """Show *rows*; the rows whose key is in *checked* start checked."""
        self._checked = set(checked)
        super().set_rows(rows)

    def checkable_keys(self, rows: Iterable[Any]) -> list[Hashable]:
        return [key for key in map(self.check_key, rows) if key is not None]

    def is_checked(self, row: Any) -> bool:
        key = self.check_key(row)
        return key is not None and key in self._checked

    def checked_rows(self) -> list[Any]:
        """The checked rows in their order, shown or filtered out."""
        return [row for row in self._rows if self.is_checked(row)]

    def set_checked(self, rows: Iterable[Any], checked: bool) -> None:
        """Check or uncheck *rows* (those without a box are left alone)."""
        keys = set(self.checkable_keys(rows))
        changed = keys - self._checked if checked else keys & self._checked
        if changed:
            self._checked = self._checked | changed if checked else self._checked - changed
            self._rows_changed()

    def set_all_checked(self, checked: bool) -> None:
        self.set_checked(self._rows, checked)

    def _rows_changed(self) -> None:
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(self.COLUMNS) - 1))

    # --- QAbstractTableModel -----------------------------------------------------------
    def _check_key_at(self, index: _Index) -> Hashable | None:
        row = self.row_at(index)
        return self.check_key(row) if row is not None and index.column() == self.CHECK_COLUMN else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            key = self._check_key_at(index)
            if key is None:
                return None
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self._check_key_at(index) is not None else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        key = self._check_key_at(index) if role == Qt.ItemDataRole.CheckStateRole else None
        if key is None:
            return False
        checked = value if isinstance(value, bool) else Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        last = len(self.COLUMNS) - 1
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        return True
