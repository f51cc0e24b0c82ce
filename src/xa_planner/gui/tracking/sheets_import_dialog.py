"""SheetsImportDialog: what the returned office sheets would change; the officer confirms item by item."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView, QWidget

from xa_planner.domain.periods import Period
from xa_planner.gui.forms.sheets_import_dialog_ui import Ui_SheetsImportDialog
from xa_planner.gui.tracking.sheets_import_model import SheetsImportTableModel
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _, ngettext
from xa_planner.services.sheet_views import ImportPreview


@dataclass(frozen=True)
class ConfirmedChanges:
    """The task and indicator ids the officer left checked."""

    tasks: frozenset[int]
    indicators: frozenset[int]


def summary_text(preview: ImportPreview) -> str:
    accepted, refused = len(preview.accepted), len(preview.refused)
    changes = sum(len(s.changes) + len(s.indicator_changes) for s in preview.accepted)
    text = ngettext(
        "{count} phiếu: {accepted} nhập được, {refused} bị từ chối; {changes} thay đổi.",
        "{count} phiếu: {accepted} nhập được, {refused} bị từ chối; {changes} thay đổi.",
        len(preview.sheets),
    ).format(count=len(preview.sheets), accepted=accepted, refused=refused, changes=changes)
    months = sorted({s.period_key for s in preview.accepted if s.period_key})
    if months:  # so the officer sees which month Theo dõi and the report will show them in
        labels = ", ".join(Period.parse(key).label for key in months)
        text += " " + _("Phiếu của tháng {months}.").format(months=labels)
    if accepted:
        text += " " + _("Bỏ dấu ở những thay đổi không muốn nhận rồi bấm “Áp dụng”. "
                        "Chưa có gì được ghi cho đến khi bấm “Áp dụng”.")
    else:
        text += " " + _("Không có phiếu nào nhập được.")
    return text


class SheetsImportDialog(TranslatedDialog):
    _ui: Ui_SheetsImportDialog

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._ui = Ui_SheetsImportDialog()
        self._ui.setupUi(self)
        self.model = SheetsImportTableModel(preview, self)
        self._setup_view()
        self._ui.apply_button.setEnabled(bool(preview.accepted))
        ui = self._ui
        ui.check_all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        ui.check_none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        ui.apply_button.clicked.connect(self.accept)
        ui.cancel_button.clicked.connect(self.reject)
        self._fill_texts()

    def _setup_view(self) -> None:
        view = self._ui.changes_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, 230)
        for row in self.model.spanning_rows():
            view.setSpan(row, 0, 1, self.model.columnCount())
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    @classmethod
    def ask(cls, parent: QWidget | None, preview: ImportPreview) -> ConfirmedChanges | None:
        """Show the preview; the checked changes when "Áp dụng" was pressed, else None."""
        dialog = cls(preview, parent)
        if not dialog.exec():
            return None
        return dialog.confirmed()

    def confirmed(self) -> ConfirmedChanges:
        return ConfirmedChanges(frozenset(self.model.checked_ids("task")),
                                frozenset(self.model.checked_ids("indicator")))

    def _fill_texts(self) -> None:
        self._ui.summary_label.setText(summary_text(self._preview))

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_texts()
        self.model.layoutChanged.emit()
