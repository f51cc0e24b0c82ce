"""ReopenMonthDialog: the reason for reopening a month whose report was already sent."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.reopen_month_dialog_ui import Ui_ReopenMonthDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _


class ReopenMonthDialog(TranslatedDialog):
    _ui: Ui_ReopenMonthDialog

    def __init__(self, month_caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._month_caption = month_caption
        self._reason: str | None = None
        self._ui = Ui_ReopenMonthDialog()
        self._ui.setupUi(self)
        self._update_texts()
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self.remember_input()

    @classmethod
    def ask(cls, parent: QWidget | None, month_caption: str) -> str | None:
        """The reason typed, or None when the officer cancelled."""
        dialog = cls(month_caption, parent)
        dialog.exec()
        return dialog.reason()

    def reason(self) -> str | None:
        return self._reason

    def _update_texts(self) -> None:
        self._ui.intro_label.setText(
            _("{month} đã chốt báo cáo. Mở lại để sửa số liệu; lý do được ghi vào nhật ký thay đổi.").format(
                month=self._month_caption
            )
        )

    def _on_button_box_accepted(self) -> None:
        reason = self._ui.reason_edit.toPlainText().strip()
        if not reason:
            self._ui.error_label.setText(_("Hãy ghi lý do mở lại tháng đã chốt."))
            self._ui.reason_edit.setFocus()
            return
        self._reason = reason
        self.accept()

    def retranslate(self) -> None:
        super().retranslate()
        self._update_texts()
