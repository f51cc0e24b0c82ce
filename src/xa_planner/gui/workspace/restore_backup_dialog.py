"""RestoreBackupDialog: choose a backup to restore, confirmed before anything happens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.restore_backup_dialog_ui import Ui_RestoreBackupDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.gui.workspace.maintenance_table_models import BackupsTableModel, format_moment
from xa_planner.localization import _
from xa_planner.services.views import BackupInfo


class RestoreBackupDialog(TranslatedDialog):
    _ui: Ui_RestoreBackupDialog

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: BackupInfo | None = None
        self._ui = Ui_RestoreBackupDialog()
        self._ui.setupUi(self)
        self._model = BackupsTableModel(self)
        configure_table(self._ui.backups_table, self._model, sortable=True, stretch_column=3, widths={0: 150, 1: 170})
        self._model.set_rows(backups)
        self._ui.backups_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        has_backups = bool(backups)
        self._ui.content_stack.setCurrentWidget(self._ui.backups_table if has_backups else self._ui.empty_label)
        self._ui.backups_table.selectionModel().selectionChanged.connect(self._update_button)
        self._ui.backups_table.doubleClicked.connect(self._on_restore_button_clicked)
        self._ui.restore_button.clicked.connect(self._on_restore_button_clicked)
        self._ui.button_box.rejected.connect(self.reject)
        if has_backups:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self._ui.backups_table.selectionModel().setCurrentIndex(self._model.index(0, 0), flags)
        self._update_button()

    @classmethod
    def ask(cls, parent: QWidget | None, backups: Sequence[BackupInfo]) -> BackupInfo | None:
        """The backup the officer confirmed restoring, or None."""
        dialog = cls(backups, parent)
        dialog.exec()
        return dialog.chosen_backup()

    def chosen_backup(self) -> BackupInfo | None:
        return self._chosen

    def selected_backup(self) -> BackupInfo | None:
        return self._model.row_at(self._ui.backups_table.selectionModel().currentIndex())

    def _update_button(self, *_args) -> None:
        self._ui.restore_button.setEnabled(self.selected_backup() is not None)

    def _on_restore_button_clicked(self, *_args) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        question = _(
            "Khôi phục dữ liệu về thời điểm {moment}? Những thay đổi sau thời điểm đó sẽ không còn "
            "trong tệp dữ liệu (dữ liệu hiện tại vẫn được sao lưu trước khi khôi phục)."
        ).format(moment=format_moment(backup.created_at))
        if prompts.confirm(self, question, _("Khôi phục từ bản sao lưu")):
            self._chosen = backup
            self.accept()

    def retranslate(self) -> None:
        super().retranslate()
        self._model.retranslate()
