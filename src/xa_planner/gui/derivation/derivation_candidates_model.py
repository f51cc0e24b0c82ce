"""DerivationCandidatesModel: the template's tasks with a check box each — which ones the commune takes on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from xa_planner.localization import N_, _
from xa_planner.services.derivation_service import CandidateTask
from xa_planner.services.reason_texts import reason_text

_Index = QModelIndex | QPersistentModelIndex


class DerivationCandidatesModel(QAbstractTableModel):
    COLUMNS = (N_("Chọn"), N_("Mục"), N_("Số TT"), N_("Nội dung"), N_("Chủ trì"), N_("Lý do gợi ý"))
    CHECK_COLUMN, SECTION_COLUMN, CONTENT_COLUMN = 0, 1, 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateTask] = []
        self._checked: list[bool] = []

    def set_candidates(self, candidates: Sequence[CandidateTask], choices: dict[int, bool] | None = None) -> None:
        """Show *candidates*, checked as suggested unless *choices* (position → include) says otherwise."""
        self.beginResetModel()
        self._rows = list(candidates)
        self._checked = [(choices or {}).get(c.position, c.include) for c in self._rows]
        self.endResetModel()

    def choices(self) -> dict[int, bool]:
        return {c.position: checked for c, checked in zip(self._rows, self._checked, strict=True)}

    def checked_count(self) -> int:
        return sum(self._checked)

    def total_count(self) -> int:
        return len(self._rows)

    def section_of(self, row: int) -> str | None:
        return self._rows[row].section if 0 <= row < len(self._rows) else None

    def set_section_checked(self, section: str, checked: bool) -> None:
        self._set_rows_checked([r for r, c in enumerate(self._rows) if c.section == section], checked)

    def restore_suggestions(self) -> None:
        for row, candidate in enumerate(self._rows):
            self._set_rows_checked([row], candidate.include)

    def _set_rows_checked(self, rows: list[int], checked: bool) -> None:
        for row in rows:
            if self._checked[row] != checked:
                self._checked[row] = checked
                index = self.index(row, self.CHECK_COLUMN)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    # --- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return _(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CHECK_COLUMN:
            return Qt.CheckState.Checked if self._checked[row] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column != self.CHECK_COLUMN:
            return self._text(self._rows[row], column)
        return None

    @staticmethod
    def _text(candidate: CandidateTask, column: int) -> str:
        return (
            "",
            candidate.section,
            candidate.ref,
            " ".join(candidate.content.split()),
            "; ".join(candidate.lead),
            reason_text(candidate.reason),  # worded now: the language may have changed
        )[column]

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.CHECK_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self._set_rows_checked([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.CHECK_COLUMN else flags

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:  # the reasons, worded in the new language
            last = len(self.COLUMNS) - 1
            self.dataChanged.emit(self.index(0, last), self.index(len(self._rows) - 1, last))
