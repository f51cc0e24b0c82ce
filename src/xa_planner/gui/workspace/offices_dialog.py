"""OfficesDialog: add, edit, reorder, retire and reactivate the commune's offices."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QWidget

from xa_planner.domain.offices import Office
from xa_planner.gui.forms.offices_dialog_ui import Ui_OfficesDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.gui.workspace.office_editor_dialog import OfficeEditorDialog
from xa_planner.gui.workspace.offices_table_model import OfficesTableModel
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError


class OfficesDialog(TranslatedDialog):
    _ui: Ui_OfficesDialog

    def __init__(self, commune_service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commune = commune_service
        self._changed = False
        self._ui = Ui_OfficesDialog()
        self._ui.setupUi(self)
        self._model = OfficesTableModel(self)
        configure_table(
            self._ui.offices_table, self._model, stretch_column=1, widths={0: 150, 2: 150, 3: 110, 4: 170, 5: 130}
        )
        self._connect()
        self._reload(select_id=None)
        first = self._model.row_at(self._model.index(0, 0))
        self.select_office(first.id if first else None)

    def _connect(self) -> None:
        ui = self._ui
        ui.add_button.clicked.connect(self._on_add_button_clicked)
        ui.edit_button.clicked.connect(self._on_edit_button_clicked)
        ui.move_up_button.clicked.connect(self._on_move_up_button_clicked)
        ui.move_down_button.clicked.connect(self._on_move_down_button_clicked)
        ui.retire_button.clicked.connect(self._on_retire_button_clicked)
        ui.offices_table.doubleClicked.connect(self._on_edit_button_clicked)
        ui.offices_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.button_box.rejected.connect(self.accept)

    @classmethod
    def ask(cls, parent: QWidget | None, commune_service) -> list[Office] | None:
        """The offices after the officer's changes, or None when nothing changed."""
        dialog = cls(commune_service, parent)
        dialog.exec()
        return dialog.offices() if dialog.changed() else None

    def changed(self) -> bool:
        return self._changed

    def offices(self) -> list[Office]:
        return self._model.rows()

    def selected_office(self) -> Office | None:
        index = self._ui.offices_table.selectionModel().currentIndex()
        return self._model.row_at(index) if index.isValid() else None

    def select_office(self, office_id: int | None) -> None:
        row = self._model.row_of_office(office_id)
        table = self._ui.offices_table
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            table.selectionModel().setCurrentIndex(self._model.index(row, 0), flags)
            table.scrollTo(self._model.index(row, 0))
        self._update_buttons()

    def _reload(self, select_id: int | None) -> None:
        self._model.set_rows(self._commune.offices(include_retired=True))
        self.select_office(select_id)

    def _run(self, change) -> None:
        """Apply one change through the service, then show the stored list again."""
        selected = self.selected_office()
        try:
            result = change()
        except ServiceError as err:
            prompts.show_error(self, str(err))
            return
        self._changed = True
        select_id = result.id if isinstance(result, Office) else selected.id if selected else None
        self._reload(select_id)

    def _on_add_button_clicked(self) -> None:
        office = OfficeEditorDialog.ask(self, None)
        if office is not None:
            office = replace(office, position=len(self._model.rows()))
            self._run(lambda: self._commune.add_office(office))

    def _on_edit_button_clicked(self, _index: QModelIndex | None = None) -> None:
        selected = self.selected_office()
        if selected is None:
            return
        office = OfficeEditorDialog.ask(self, selected)
        if office is not None and office != selected:
            self._run(lambda: self._commune.update_office(office))

    def _on_move_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_move_down_button_clicked(self) -> None:
        self._move(+1)

    def _move(self, delta: int) -> None:
        selected = self.selected_office()
        if selected is not None:
            self._run(lambda: self._commune.move_office(selected.id, delta))

    def _on_retire_button_clicked(self) -> None:
        selected = self.selected_office()
        if selected is not None:
            self._run(lambda: self._commune.set_office_retired(selected.id, not selected.retired))

    def _update_buttons(self, *_args) -> None:
        ui = self._ui
        selected = self.selected_office()
        row = self._ui.offices_table.selectionModel().currentIndex().row() if selected else -1
        for button in (ui.edit_button, ui.retire_button):
            button.setEnabled(selected is not None)
        ui.move_up_button.setEnabled(selected is not None and row > 0)
        ui.move_down_button.setEnabled(selected is not None and row < self._model.rowCount() - 1)
        retired = selected is not None and selected.retired
        ui.retire_button.setText(_("&Hoạt động trở lại") if retired else _("&Ngừng hoạt động"))

    def retranslate(self) -> None:
        super().retranslate()
        self._model.retranslate()
        self._update_buttons()
