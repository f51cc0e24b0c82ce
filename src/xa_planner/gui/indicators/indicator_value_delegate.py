"""IndicatorValueDelegate: a Có/Không combo for yes/no indicators, a plain line editor for figures."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from xa_planner.domain.indicators import IndicatorKind
from xa_planner.gui.indicators.indicator_entry import NO, YES
from xa_planner.gui.widgets.rows_table_model import ROW_ROLE
from xa_planner.localization import _

_Index = QModelIndex | QPersistentModelIndex


class IndicatorValueDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        row = index.data(ROW_ROLE)
        if row is None or row.indicator.kind is not IndicatorKind.YES_NO:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("yes_no_editor")
        combo.addItem(_("Có"), YES)
        combo.addItem(_("Không"), NO)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)
