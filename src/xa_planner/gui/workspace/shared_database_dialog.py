"""SharedDatabaseDialog: where the office's shared PostgreSQL database is, tried before it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from xa_planner.gui.forms.shared_database_dialog_ui import Ui_SharedDatabaseDialog
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError
from xa_planner.services.shared_workspace import SharedLocation, try_shared_database

DEFAULT_PORT = 5432


class SharedDatabaseDialog(TranslatedDialog):
    """Returns the URL to keep in the settings: "" for the workspace file, never a password."""

    _ui: Ui_SharedDatabaseDialog

    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_SharedDatabaseDialog()
        self._ui.setupUi(self)
        self._chosen: str | None = None
        self._show(SharedLocation.of(current_url), bool(current_url))
        ui = self._ui
        ui.use_shared_check.toggled.connect(self._update_fields)
        ui.try_button.clicked.connect(self._on_try_button_clicked)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self._update_fields()
        self.remember_input()

    @classmethod
    def ask(cls, parent: QWidget | None, current_url: str) -> str | None:
        """The URL to use from now on ("" for the file), or None when the officer cancelled."""
        dialog = cls(current_url, parent)
        dialog.exec()
        return dialog.chosen_url()

    def chosen_url(self) -> str | None:
        return self._chosen

    def save_button(self):
        return self._ui.button_box.button(QDialogButtonBox.StandardButton.Save)

    def location(self) -> SharedLocation:
        ui = self._ui
        return SharedLocation(
            ui.host_edit.text().strip(), ui.port_spin.value(),
            ui.database_edit.text().strip(), ui.user_edit.text().strip(),
        )  # fmt: skip

    def _show(self, location: SharedLocation, used: bool) -> None:
        ui = self._ui
        ui.use_shared_check.setChecked(used)
        ui.host_edit.setText(location.host)
        ui.port_spin.setValue(location.port or DEFAULT_PORT)
        ui.database_edit.setText(location.database)
        ui.user_edit.setText(location.user)

    def _update_fields(self, *_args) -> None:
        ui = self._ui
        used = ui.use_shared_check.isChecked()
        for widget in (ui.host_edit, ui.port_spin, ui.database_edit, ui.user_edit,
                       ui.password_edit, ui.try_button):  # fmt: skip
            widget.setEnabled(used)

    def _missing(self) -> str:
        location = self.location()
        if not location.host or not location.database:
            return _("Hãy nhập máy chủ và tên cơ sở dữ liệu.")
        return ""

    def _on_try_button_clicked(self) -> None:
        problem = self._missing()
        if problem:
            self._ui.result_label.setText(problem)
            return
        self._ui.try_button.setEnabled(False)
        self._ui.result_label.setText(_("Đang kết nối…"))
        location, password = self.location(), self._ui.password_edit.text()
        run_in_background(lambda: try_shared_database(location, password),
                          self._on_try_succeeded, self._on_try_failed)  # fmt: skip

    def _on_try_succeeded(self, _result) -> None:
        self._ui.try_button.setEnabled(True)
        self._ui.result_label.setText(_("Kết nối được."))

    def _on_try_failed(self, err: Exception) -> None:
        self._ui.try_button.setEnabled(True)
        message = str(err) if isinstance(err, ServiceError) else _("Không kết nối được.")
        self._ui.result_label.setText(message)

    def _on_button_box_accepted(self) -> None:
        if not self._ui.use_shared_check.isChecked():
            self._chosen = ""
            self.accept()
            return
        problem = self._missing()
        if problem:
            self._ui.result_label.setText(problem)
            return
        self._chosen = self.location().url()  # without the password
        self.accept()
