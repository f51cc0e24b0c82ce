"""OfficeChoiceDelegate: a combo of the commune's offices for the units → offices table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_NOT_GIVEN = -1  # the combo's data for "not given to the commune" (None does not round-trip)


class OfficeChoiceDelegate(QStyledItemDelegate):
    """The model offers its choices through office_choices() → [(office id or None, name)]."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for office_id, name in index.model().office_choices():
            combo.addItem(name, _NOT_GIVEN if office_id is None else office_id)
        combo.currentIndexChanged.connect(lambda _i, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        office_id = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(_NOT_GIVEN if office_id is None else office_id)
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(max(position, 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        office_id = editor.currentData()
        model.setData(index, None if office_id == _NOT_GIVEN else office_id, Qt.ItemDataRole.EditRole)
