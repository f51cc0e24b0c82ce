"""PlanItemDelegate: the right editor for each plan column (office picker, office checklist, due field)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from xa_planner.domain.offices import Office
from xa_planner.gui.plan.plan_cell_editors import DueEditor, OfficeChecklistEditor
from xa_planner.gui.plan.plan_edits import CONTENT, DUE, LEAD, SUPPORT
from xa_planner.localization import _

_Index = QModelIndex | QPersistentModelIndex
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class PlanItemDelegate(QStyledItemDelegate):
    """Offices are offered by short name: active ones, plus a retired one the task still names."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offices: list[Office] = []
        self.plan_year: int | None = None

    def set_offices(self, offices: list[Office]) -> None:
        self._offices = list(offices)

    def _offered(self, kept_ids) -> list[Office]:
        kept = set(kept_ids)
        return [o for o in self._offices if not o.retired or o.id in kept]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        column = index.column()
        if column == LEAD:
            combo = QComboBox(parent)
            combo.addItem(_("(chưa giao)"), None)
            for office in self._offered([value]):
                combo.addItem(office.short_name, office.id)
            return combo
        if column == SUPPORT:
            return OfficeChecklistEditor(self._offered(value or ()), parent)
        if column == DUE:
            return DueEditor(parent, self.plan_year)
        if column == CONTENT:
            editor = QPlainTextEdit(parent)
            editor.setToolTip(_("Ctrl+Enter hoặc Tab: lưu; Esc: bỏ qua"))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, OfficeChecklistEditor):
            editor.set_checked_ids(value or ())
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, OfficeChecklistEditor):
            model.setData(index, editor.checked_ids())
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, DueEditor):
            if editor.is_valid():
                model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index) -> None:  # noqa: N802
        rect = option.rect
        line = option.fontMetrics.height()
        if isinstance(editor, OfficeChecklistEditor):
            rect = rect.adjusted(0, 0, 0, 0)
            rect.setWidth(max(rect.width(), 240))
            rect.setHeight(min(editor.count() * (line + 8) + 8, 300))
        elif isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, 0, 0)
            rect.setHeight(line * 5 + 12)
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if isinstance(editor, DueEditor) and event.key() in _COMMIT_KEYS and not editor.is_valid():
                return True  # stay in the field: the red frame and tooltip say what is wrong
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if isinstance(editor, QPlainTextEdit) and ctrl and event.key() in _COMMIT_KEYS[:2]:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)
