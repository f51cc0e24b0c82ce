"""FirstRunDialog: on a PC with no workspace yet, start from the demo data or an empty commune."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.first_run_dialog_ui import Ui_FirstRunDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _


@dataclass(frozen=True)
class FirstRunChoice:
    demo: bool
    commune_name: str = ""
    province_name: str = ""


class FirstRunDialog(TranslatedDialog):
    _ui: Ui_FirstRunDialog

    def __init__(self, workspace: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._choice: FirstRunChoice | None = None
        self._ui = Ui_FirstRunDialog()
        self._ui.setupUi(self)
        self._ui.empty_radio.toggled.connect(self._update_fields)
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self._update_fields()
        self._fill_location()
        self.remember_input()

    @classmethod
    def ask(cls, parent: QWidget | None, workspace: Path) -> FirstRunChoice | None:
        """How to start, or None when the officer closed the dialog (the app then exits)."""
        dialog = cls(workspace, parent)
        dialog.exec()
        return dialog.choice()

    def choice(self) -> FirstRunChoice | None:
        return self._choice

    def _update_fields(self, *_args) -> None:
        self._ui.commune_widget.setEnabled(self._ui.empty_radio.isChecked())

    def _fill_location(self) -> None:
        self._ui.location_label.setText(_("Dữ liệu được lưu tại: {path}").format(path=self._workspace))

    def _on_button_box_accepted(self) -> None:
        ui = self._ui
        if ui.demo_radio.isChecked():
            self._choice = FirstRunChoice(demo=True)
        else:
            name = ui.commune_name_edit.text().strip()
            if not name:
                ui.commune_name_edit.setFocus()
                ui.location_label.setText(_("Hãy nhập tên xã hoặc phường."))
                return
            self._choice = FirstRunChoice(False, name, ui.province_name_edit.text().strip())
        self.accept()

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_location()
