"""OfficeChoiceDelegate: a combo of the commune's offices for the units → offices table."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_NOT_GIVEN = -1  # the combo's data for "not given to the commune" (None does not round-trip)
_Index = QModelIndex | QPersistentModelIndex


@runtime_checkable
class OfficeChoices(Protocol):
    """A model whose cells take an office: (office id or None, name) in the order offered."""

    def office_choices(self) -> list[tuple[int | None, str]]: ...


class OfficeChoiceDelegate(QStyledItemDelegate):
    """The model offers its choices through office_choices() → [(office id or None, name)]."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, OfficeChoices), "used on a model that offers office choices"
        for office_id, name in model.office_choices():
            combo.addItem(name, _NOT_GIVEN if office_id is None else office_id)
        combo.currentIndexChanged.connect(lambda _i, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox), "createEditor made a combo"
        office_id = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(_NOT_GIVEN if office_id is None else office_id)
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(max(position, 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox), "createEditor made a combo"
        office_id = editor.currentData()
        model.setData(index, None if office_id == _NOT_GIVEN else office_id, Qt.ItemDataRole.EditRole)
