"""TemplateUpdateDialog: what an amended provincial plan changes for the commune plan, and taking the chosen changes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QDialog, QWidget

from xa_planner.gui.forms.template_update_dialog_ui import Ui_TemplateUpdateDialog
from xa_planner.gui.templates.template_change_table_model import (
    TemplateChangeTableModel,
    marked_differences,
)
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import _, format_number, ngettext


def update_summary_text(summary) -> str:
    """What taking the changes did, in one or two sentences."""
    text = _(
        "Đã cập nhật kế hoạch của xã: {reworded} nhiệm vụ sửa nội dung, {added} nhiệm vụ thêm mới, "
        "{removed} nhiệm vụ bỏ."
    ).format(reworded=format_number(summary.reworded), added=format_number(summary.added),
             removed=format_number(summary.removed))
    if summary.kept:
        kept = ngettext(
            "Giữ lại {n} nhiệm vụ vì đã có báo cáo tiến độ: {tasks}.",
            "Giữ lại {n} nhiệm vụ vì đã có báo cáo tiến độ: {tasks}.",
            len(summary.kept),
        ).format(n=len(summary.kept), tasks="; ".join(summary.kept))
        text = f"{text}\n{kept}"
    return text


class TemplateUpdateDialog(QDialog):
    """Lists the changes with a checkbox each; applying runs in the background and closes the dialog."""

    _ui: Ui_TemplateUpdateDialog

    def __init__(self, update_service, plan_id: int, template_id: int, changes, parent: QWidget | None = None):
        super().__init__(parent)
        self._service, self._plan_id, self._template_id = update_service, plan_id, template_id
        self._summary = None
        self._ui = Ui_TemplateUpdateDialog()
        self._ui.setupUi(self)
        self._model = TemplateChangeTableModel(self)
        configure_table(self._ui.changes_table, self._model, widths={0: 120, 1: 90, 2: 330})
        self._ui.changes_table.horizontalHeader().setStretchLastSection(True)
        self._ui.changes_table.setWordWrap(True)
        self._ui.changes_splitter.setStretchFactor(0, 3)
        self._ui.changes_splitter.setStretchFactor(1, 2)
        self._model.set_rows(changes)
        self._connect()
        self._fill_texts()
        if changes:
            self._ui.changes_table.selectRow(0)

    def _connect(self) -> None:
        ui = self._ui
        ui.check_all_button.clicked.connect(lambda: self._model.set_all_checked(True))
        ui.check_none_button.clicked.connect(lambda: self._model.set_all_checked(False))
        ui.apply_button.clicked.connect(self._on_apply_button_clicked)
        ui.close_button.clicked.connect(self.reject)
        ui.changes_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._model.dataChanged.connect(self._update_buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, update_service, plan_id: int, template_id: int):
        """The UpdateSummary of the changes taken, or None when the officer took none."""
        changes = update_service.changes(plan_id, template_id)
        if not changes:  # nothing to choose from: say so instead of opening an empty window
            prompts.show_info(
                parent,
                _("Kế hoạch của tỉnh này không khác kế hoạch đang dùng: không có gì cần cập nhật."),
                _("So sánh với kế hoạch đang dùng"),
            )
            return None
        dialog = cls(update_service, plan_id, template_id, changes, parent)
        dialog.exec()
        return dialog.summary()

    def summary(self):
        return self._summary

    @property
    def model(self) -> TemplateChangeTableModel:
        return self._model

    def _fill_texts(self) -> None:
        ui, count = self._ui, self._model.rowCount()
        ui.intro_label.setText(ngettext(
            "Kế hoạch của tỉnh đang chọn khác kế hoạch đang dùng ở {n} nhiệm vụ. Đánh dấu các thay đổi "
            "muốn đưa vào kế hoạch của xã; nhiệm vụ đã có báo cáo tiến độ sẽ không bị bỏ.",
            "Kế hoạch của tỉnh đang chọn khác kế hoạch đang dùng ở {n} nhiệm vụ. Đánh dấu các thay đổi "
            "muốn đưa vào kế hoạch của xã; nhiệm vụ đã có báo cáo tiến độ sẽ không bị bỏ.",
            count,
        ).format(n=count))
        ui.no_changes_label.setText(_(
            "Kế hoạch của tỉnh đang chọn không khác gì kế hoạch mà kế hoạch của xã đang dùng: "
            "không có gì cần cập nhật."
        ))
        ui.intro_label.setVisible(count > 0)
        ui.content_stack.setCurrentWidget(ui.changes_splitter if count else ui.no_changes_label)
        for button in (ui.check_all_button, ui.check_none_button, ui.apply_button):
            button.setVisible(count > 0)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self._ui.apply_button.setEnabled(bool(self._model.checked_keys()))

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        change = self._model.row_at(rows[0].row()) if rows else None
        old_html, new_html = marked_differences(change.old_text, change.new_text) if change else ("", "")
        self._ui.old_text_browser.setHtml(old_html or _("(không có — nhiệm vụ mới)"))
        self._ui.new_text_browser.setHtml(new_html or _("(không có — nhiệm vụ bị bỏ)"))

    def _on_apply_button_clicked(self) -> None:
        keys = self._model.checked_keys()
        service, plan_id, template_id = self._service, self._plan_id, self._template_id
        self._set_busy(True)
        run_in_background(lambda: service.apply(plan_id, template_id, keys), self._on_applied, self._on_failed)

    def _on_applied(self, summary) -> None:
        self._summary = summary
        self._set_busy(False)
        self.accept()

    def _on_failed(self, err: Exception) -> None:
        self._set_busy(False)
        prompts.show_error(self, str(err))

    def _set_busy(self, busy: bool) -> None:
        for button in (self._ui.apply_button, self._ui.close_button, self._ui.check_all_button,
                       self._ui.check_none_button):
            button.setEnabled(not busy)
        self._ui.changes_table.setEnabled(not busy)
        if not busy:
            self._update_buttons()
