"""The changes of an amended provincial plan, each with a checkbox, and how two wordings differ."""

from __future__ import annotations

import difflib
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from xa_planner.gui.widgets.status_labels import (
    DONE_COLOUR,
    DUE_SOON_COLOUR,
    MUTED_COLOUR,
    OVERDUE_COLOUR,
)
from xa_planner.localization import N_, _

if TYPE_CHECKING:  # the service module pulls in the derivation rules: keep it off the start-up path
    from xa_planner.services.template_update_service import PlanChange

_Index = QModelIndex | QPersistentModelIndex
# The kinds of domain/template_diff.py, spelled here so that rapidfuzz stays off the start-up path.
ADDED, REMOVED, REWORDED = "added", "removed", "reworded"
KIND_LABELS = {ADDED: N_("Thêm mới"), REMOVED: N_("Bỏ"), REWORDED: N_("Sửa nội dung")}
_KIND_COLOURS = {ADDED: DONE_COLOUR, REMOVED: OVERDUE_COLOUR, REWORDED: DUE_SOON_COLOUR}
_REMOVED_STYLE = "background:#f8d7da;color:#8a1020;text-decoration:line-through"
_ADDED_STYLE = "background:#d4edda;color:#145a26;font-weight:bold"


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def ref_text(change: PlanChange) -> str:
    """"II.3", "II.3 → II.4" when the number moved, or the one that exists."""
    if change.old_ref and change.new_ref and change.old_ref != change.new_ref:
        return f"{change.old_ref} → {change.new_ref}"
    return change.new_ref or change.old_ref


def marked_differences(old: str, new: str) -> tuple[str, str]:
    """HTML of both wordings with the words only in the old struck out and those only in the new marked."""
    old_words, new_words = old.split(), new.split()
    old_html, new_html = [], []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        removed = html.escape(" ".join(old_words[i1:i2]))
        added = html.escape(" ".join(new_words[j1:j2]))
        if op == "equal":
            old_html.append(removed)
            new_html.append(added)
            continue
        if removed:
            old_html.append(f'<span style="{_REMOVED_STYLE}">{removed}</span>')
        if added:
            new_html.append(f'<span style="{_ADDED_STYLE}">{added}</span>')
    return " ".join(old_html), " ".join(new_html)


class TemplateChangeTableModel(QAbstractTableModel):
    """Rows of changes; column 0 carries the checkbox ("take this change")."""

    COLUMNS = (N_("Loại"), N_("TT"), N_("Nội dung cũ"), N_("Nội dung mới"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlanChange] = []
        self._checked: list[bool] = []

    def set_rows(self, rows: Sequence[PlanChange]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = [True] * len(self._rows)
        self.endResetModel()

    def row_at(self, row: int) -> PlanChange | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def checked_keys(self) -> list[str]:
        return [change.key for change, checked in zip(self._rows, self._checked, strict=True) if checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = [checked] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (kind_label(change.kind), ref_text(change), change.old_text, change.new_text)[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(_KIND_COLOURS.get(change.kind, MUTED_COLOUR))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
