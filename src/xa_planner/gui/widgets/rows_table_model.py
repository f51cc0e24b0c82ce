"""RowsTableModel: a read-only table over plain rows, filtered ignoring accents and sorted the Vietnamese way."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from xa_planner.gui.widgets.text_keys import fast_fold, fast_sort_key, matching_rows
from xa_planner.localization import _

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_PREFIX = (
    80  # characters of a cell that decide its place: enough to order, cheap on 10,000 rows
)
_Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Subclasses name their COLUMNS (marked with N_) and say how a row reads in each column."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._folded_cache: list[str] | None = []
        self._visible: list[int] = []
        self._query = ""
        self._sort_column = -1
        self._descending = False
        self._sort_keys: dict[int, list] = {}

    # --- what subclasses provide -------------------------------------------------------
    def cell_text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def search_text(self, row: Any) -> str:
        """Everything a search may match in *row*; by default every column."""
        return " ".join(self.cell_text(row, c) for c in range(len(self.COLUMNS)))

    def sort_key(self, position: int, row: Any, column: int) -> Any:
        return fast_sort_key(self.cell_text(row, column)[:SORT_PREFIX])

    def cell_data(self, row: Any, column: int, role: int) -> Any:
        """Roles other than display, tooltip and ROW_ROLE (colours, fonts, alignment)."""
        return None

    def tooltip_text(self, row: Any, column: int) -> str | None:
        """The cell's tooltip: by default its text when too long to read in the column."""
        text = self.cell_text(row, column)
        return text if len(text) > 40 else None

    # --- rows, filtering and sorting ---------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._folded_cache = None  # folded on the first search, not on every load
        self._sort_keys.clear()
        self._visible = self._arranged()
        self.endResetModel()

    @property
    def _folded(self) -> list[str]:
        """The rows' search text, folded for accent-insensitive matching (computed on demand)."""
        if self._folded_cache is None:
            self._folded_cache = [fast_fold(self.search_text(row)) for row in self._rows]
        return self._folded_cache

    @_folded.setter
    def _folded(self, value: list[str] | None) -> None:
        self._folded_cache = value

    def set_filter(self, query: str) -> None:
        if query == self._query:
            return
        self._query = query
        self._reset_visible()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reset_visible()

    def _reset_visible(self) -> None:
        self.beginResetModel()
        self._visible = self._arranged()
        self.endResetModel()

    def _arranged(self) -> list[int]:
        """Indexes of the rows to show, in the order to show them."""
        if self._query.strip():
            indexes = matching_rows(self._folded, self._query)
        else:
            indexes = list(range(len(self._rows)))
        if 0 <= self._sort_column < len(self.COLUMNS):
            keys = self._keys_for(self._sort_column)
            indexes.sort(key=keys.__getitem__, reverse=self._descending)
        elif self._descending:
            indexes.reverse()
        return indexes

    def warm_sort_keys(self, columns: tuple[int, ...]) -> None:
        """Compute the sort keys of *columns* now (called when idle) so the first header click is instant."""
        for column in columns:
            self._keys_for(column)

    def _keys_for(self, column: int) -> list:
        if column not in self._sort_keys:
            self._sort_keys[column] = [
                self.sort_key(i, row, column) for i, row in enumerate(self._rows)
            ]
        return self._sort_keys[column]

    # --- access ------------------------------------------------------------------------
    def row_at(self, index: _Index | int) -> Any:
        """The row shown at *index* (a model index or a row number), None outside the table."""
        position = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[self._visible[position]] if 0 <= position < len(self._visible) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def total_count(self) -> int:
        return len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def retranslate(self) -> None:
        """Re-read headers and cells after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.COLUMNS) - 1))
        if self._visible:
            last = self.index(len(self._visible) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return _(self.COLUMNS[section]) if horizontal and 0 <= section < len(self.COLUMNS) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip_text(row, index.column())
        if role == ROW_ROLE:
            return row
        return self.cell_data(row, index.column(), role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
