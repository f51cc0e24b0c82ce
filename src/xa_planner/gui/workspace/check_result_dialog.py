"""CheckResultDialog: the outcome of the data check in words an officer can act on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.check_result_dialog_ui import Ui_CheckResultDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _, format_number
from xa_planner.services.views import CheckReport


class CheckResultDialog(TranslatedDialog):
    _ui: Ui_CheckResultDialog

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self._ui = Ui_CheckResultDialog()
        self._ui.setupUi(self)
        self._ui.button_box.rejected.connect(self.accept)
        self._fill_texts()

    @classmethod
    def ask(cls, parent: QWidget | None, report: CheckReport) -> None:
        cls(report, parent).exec()

    def _fill_texts(self) -> None:
        report, ui = self._report, self._ui
        if report.ok:
            ui.verdict_label.setText(_("Dữ liệu không có lỗi."))
        else:
            ui.verdict_label.setText(
                _("Dữ liệu có lỗi. Hãy khôi phục từ bản sao lưu gần nhất (Tệp → Khôi phục từ bản sao lưu…).")
            )
        ui.integrity_label.setText(_integrity_words(report))
        ui.links_label.setText(format_number(report.foreign_key_problems))
        ui.revision_label.setText(revision_words(report.schema_revision))
        ui.messages_list.clear()
        ui.messages_list.addItems(list(report.messages))
        ui.messages_list.setVisible(bool(report.messages))

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_texts()


def _integrity_words(report: CheckReport) -> str:
    if report.ok:
        return _("Tốt")
    # SQLite describes each problem in English; they stay in the list below, for whoever helps.
    return _("Có {n} chỗ hỏng (chi tiết kỹ thuật ở dưới)").format(n=format_number(len(report.messages)))


def revision_words(revision: str) -> str:
    """"0002_add_tracking_tables" → "phiên bản 2": the schema's number, never its code name."""
    number = revision.split("_", 1)[0]
    if not number.isdigit():
        return _("không rõ")
    return _("phiên bản {n}").format(n=int(number))
