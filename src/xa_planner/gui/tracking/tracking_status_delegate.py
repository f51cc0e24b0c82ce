"""TrackingStatusDelegate: a combo of the four reported statuses, committed as soon as one is chosen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from xa_planner.gui.widgets.status_labels import STATUS_ORDER, status_label

_Index = QModelIndex | QPersistentModelIndex


class TrackingStatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("status_editor")
        for status in STATUS_ORDER:
            combo.addItem(status_label(status), status.value)
        # One choice is one edit: store it at once instead of waiting for the focus to move.
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QComboBox), "createEditor made a combo"
        editor.setCurrentIndex(max(0, editor.findData(value)) if value else 0)

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox), "createEditor made a combo"
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)
