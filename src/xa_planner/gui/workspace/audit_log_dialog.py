"""AuditLogDialog: who changed what and when, read-only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.audit_log_dialog_ui import Ui_AuditLogDialog
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.gui.workspace.maintenance_table_models import AuditTableModel
from xa_planner.services.views import AuditEntry


class AuditLogDialog(TranslatedDialog):
    _ui: Ui_AuditLogDialog

    def __init__(self, entries: Sequence[AuditEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_AuditLogDialog()
        self._ui.setupUi(self)
        self._model = AuditTableModel(self)
        configure_table(self._ui.audit_table, self._model, sortable=True, stretch_column=4, widths={0: 140, 1: 120, 2: 160, 3: 140})
        self._model.set_rows(entries)
        self._ui.audit_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._ui.content_stack.setCurrentWidget(self._ui.audit_table if entries else self._ui.empty_label)
        self._ui.button_box.rejected.connect(self.accept)

    @classmethod
    def ask(cls, parent: QWidget | None, entries: Sequence[AuditEntry]) -> None:
        cls(entries, parent).exec()

    @property
    def model(self) -> AuditTableModel:
        return self._model

    def retranslate(self) -> None:
        super().retranslate()
        self._model.retranslate()
