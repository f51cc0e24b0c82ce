"""ImportTaskTreeModel: the tasks of an import draft as a tree of sections in document order, doubtful ones flagged."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from xa_planner.domain.task_groups import section_ref
from xa_planner.gui.widgets.task_labels import doubt_label
from xa_planner.localization import _
from xa_planner.services.import_draft import ImportDraft

TASK_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1  # the task's index in the draft, None on sections
_DOUBT_COLOUR = QColor("#b00020")
_Index = QModelIndex | QPersistentModelIndex
_TOP = -1  # the parent of top-level items


@dataclass
class _Item:
    """A row of the tree: a section heading (task None) or a task (its index in the draft)."""

    parent: int
    row: int
    section: str = ""
    task: int | None = None
    children: list[int] = field(default_factory=list)


class ImportTaskTreeModel(QAbstractItemModel):
    """Sections nest in the sections whose number starts theirs ("II" holds "II.1"), and every
    section and task keeps the draft's order, so a section comes before its sub-sections."""

    def __init__(self, draft: ImportDraft, parent=None) -> None:
        super().__init__(parent)
        self._draft = draft
        self._only_doubtful = False
        self._items: list[_Item] = []
        self._top: list[int] = []
        self._item_of_task: dict[int, int] = {}
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
        if self._top:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._top) - 1, 0))

    def _regroup(self) -> None:
        self._items, self._top, self._item_of_task = [], [], {}
        shown = [(i, t) for i, t in enumerate(self._draft.tasks) if t.doubts or not self._only_doubtful]
        known: dict[str, str] = {}
        for _position, task in shown:
            known.setdefault(section_ref(task.section), task.section)
        for position, task in shown:
            ref = section_ref(task.section)
            if ref:
                known[ref] = task.section
            container = _TOP
            for section in _section_chain(task.section, ref, known):
                container = self._section_under(container, section)
            self._item_of_task[position] = self._add(container, task=position)

    def _section_under(self, container: int, section: str) -> int:
        """The section item *container* holds last when it is *section*, else a new one after it."""
        children = self._children(container)
        if children:
            last = self._items[children[-1]]
            if last.task is None and last.section == section:
                return children[-1]
        return self._add(container, section=section)

    def _children(self, item: int) -> list[int]:
        return self._top if item == _TOP else self._items[item].children

    def _add(self, container: int, section: str = "", task: int | None = None) -> int:
        children = self._children(container)
        self._items.append(_Item(container, len(children), section, task))
        children.append(len(self._items) - 1)
        return len(self._items) - 1

    def index_of_task(self, task_index: int) -> QModelIndex:
        if task_index not in self._item_of_task:
            return QModelIndex()
        item = self._item_of_task[task_index]
        return self.createIndex(self._items[item].row, 0, item)

    def task_at(self, index: _Index) -> int | None:
        return self.data(index, TASK_INDEX_ROLE) if index.isValid() else None

    def first_task(self) -> int | None:
        return min(self._item_of_task) if self._item_of_task else None

    def shown_task_count(self) -> int:
        return len(self._item_of_task)

    # --- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        container = parent.internalId() if parent.isValid() else _TOP
        return self.createIndex(row, column, self._children(container)[row])

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: _Index) -> QModelIndex: ...
    def parent(self, index: _Index | None = None) -> QObject | QModelIndex | None:
        """Without an index, QObject's parent; with one, the tree item holding it."""
        if index is None:
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        container = self._items[index.internalId()].parent
        if container == _TOP:
            return QModelIndex()
        return self.createIndex(self._items[container].row, 0, container)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._top)
        return len(self._items[parent.internalId()].children) if parent.column() == 0 else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return _("Mục và nhiệm vụ")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.internalId()]
        if item.task is None:
            return self._section_data(item.section, role)
        return self._task_data(item.task, role)

    def _section_data(self, section: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return section or _("(không thuộc mục nào)")
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
        if self._items[index.internalId()].task is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _section_chain(section: str, ref: str, known: dict[str, str]) -> list[str]:
    """The sections holding a task, outermost first: those of the draft whose number begins
    *ref* ("II", "II.5" for "II.5.a"), then the task's own."""
    parts = ref.split(".") if ref else []
    outer = [".".join(parts[:n]) for n in range(1, len(parts))]
    return [known[r] for r in outer if r in known] + [section]
