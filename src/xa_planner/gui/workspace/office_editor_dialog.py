"""OfficeEditorDialog: the names and contacts of one office, new or existing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from xa_planner.domain.offices import Office
from xa_planner.gui.forms.office_editor_dialog_ui import Ui_OfficeEditorDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _


class OfficeEditorDialog(TranslatedDialog):
    _ui: Ui_OfficeEditorDialog

    def __init__(self, office: Office | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = office or Office(id=None, short_name="", full_name="")
        self._result: Office | None = None
        self._ui = Ui_OfficeEditorDialog()
        self._ui.setupUi(self)
        ui = self._ui
        ui.short_name_edit.setText(self._office.short_name)
        ui.full_name_edit.setText(self._office.full_name)
        ui.head_edit.setText(self._office.head)
        ui.phone_edit.setText(self._office.phone)
        ui.email_edit.setText(self._office.email)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self._set_title()
        self.remember_input()

    @classmethod
    def ask(cls, parent: QWidget | None, office: Office | None = None) -> Office | None:
        """The office as edited (not yet stored), or None when cancelled."""
        dialog = cls(office, parent)
        dialog.exec()
        return dialog.result_office()

    def result_office(self) -> Office | None:
        return self._result

    def edited_office(self) -> Office:
        ui = self._ui
        short_name = ui.short_name_edit.text().strip()
        return replace(
            self._office,
            short_name=short_name,
            full_name=ui.full_name_edit.text().strip() or short_name,
            head=ui.head_edit.text().strip(),
            phone=ui.phone_edit.text().strip(),
            email=ui.email_edit.text().strip(),
        )

    def _on_button_box_accepted(self) -> None:
        office = self.edited_office()
        if not office.short_name:
            self._ui.error_label.setText(_("Hãy nhập tên viết tắt của đơn vị."))
            self._ui.short_name_edit.setFocus()
            return
        self._result = office
        self.accept()

    def _set_title(self) -> None:
        self.setWindowTitle(_("Sửa thông tin đơn vị") if self._office.id is not None else _("Thêm đơn vị"))

    def retranslate(self) -> None:
        super().retranslate()
        self._set_title()
