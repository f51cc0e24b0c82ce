"""ImportTaskTreeModel: the tasks of an import draft as a tree, sections → tasks, doubtful ones flagged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from xa_planner.gui.task_labels import doubt_label
from xa_planner.localization import _
from xa_planner.services.import_draft import ImportDraft

TASK_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1  # the task's index in the draft, None on sections
_DOUBT_COLOUR = QColor("#b00020")
_NO_GROUP = 0  # internalId of top-level (section) items; a task's is its group's number + 1
_Index = QModelIndex | QPersistentModelIndex


class ImportTaskTreeModel(QAbstractItemModel):
    """Sections are runs of consecutive tasks sharing a section, so the tree keeps the draft's order."""

    def __init__(self, draft: ImportDraft, parent=None) -> None:
        super().__init__(parent)
        self._draft = draft
        self._only_doubtful = False
        self._groups: list[tuple[str, list[int]]] = []
        self._group_of: dict[int, tuple[int, int]] = {}
        self._regroup()

    # --- state -------------------------------------------------------------------------
    def set_only_doubtful(self, only: bool) -> None:
        self._only_doubtful = only
        self.reload()

    def reload(self) -> None:
        """Call after an operation that adds, removes or moves tasks."""
        self.beginResetModel()
        self._regroup()
        self.endResetModel()

    def task_changed(self, task_index: int) -> None:
        """Call after a task's fields were edited (its text, flag and tooltip may change)."""
        index = self.index_of_task(task_index)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def retranslate(self) -> None:
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    def _regroup(self) -> None:
        self._groups = []
        for position, task in enumerate(self._draft.tasks):
            if self._only_doubtful and not task.doubts:
                continue
            if not self._groups or self._groups[-1][0] != task.section:
                self._groups.append((task.section, []))
            self._groups[-1][1].append(position)
        self._group_of = {
            position: (group, row)
            for group, (_section, positions) in enumerate(self._groups)
            for row, position in enumerate(positions)
        }

    def index_of_task(self, task_index: int) -> QModelIndex:
        if task_index not in self._group_of:
            return QModelIndex()
        group, row = self._group_of[task_index]
        return self.createIndex(row, 0, group + 1)

    def task_at(self, index: _Index) -> int | None:
        return self.data(index, TASK_INDEX_ROLE) if index.isValid() else None

    def first_task(self) -> int | None:
        return self._groups[0][1][0] if self._groups else None

    def shown_task_count(self) -> int:
        return len(self._group_of)

    # --- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return _("Mục và nhiệm vụ")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_GROUP:
            return self._section_data(index.row(), role)
        position = self._groups[index.internalId() - 1][1][index.row()]
        return self._task_data(position, role)

    def _section_data(self, group: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._groups[group][0] or _("(không thuộc mục nào)")
        return None

    def _task_data(self, position: int, role: int) -> Any:
        task = self._draft.tasks[position]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join((task.title or task.content).split()) or _("(nhiệm vụ mới)")
            return f"{task.ref}  {text}" if task.ref else text
        if role == TASK_INDEX_ROLE:
            return position
        if not task.doubts:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _DOUBT_COLOUR
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _("Cần xem lại:") + "\n" + "\n".join(f"• {doubt_label(d)}" for d in task.doubts)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
