"""ImportReviewDialog: the officer checks and fixes a parsed provincial plan beside its source, then saves it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QRect
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from xa_planner.gui.forms.import_review_dialog_ui import Ui_ImportReviewDialog
from xa_planner.gui.templates.import_source_view import highlight_lines
from xa_planner.gui.templates.import_task_tree_model import ImportTaskTreeModel
from xa_planner.gui.templates.source_page_view import page_image
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.task_labels import doubt_label, schedule_text
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _, format_number
from xa_planner.services.errors import ServiceError
from xa_planner.services.import_draft import ImportDraft, join_units, split_units
from xa_planner.services.import_views import ParsedPlan
from xa_planner.services.plan_warning_texts import plan_warning_text
from xa_planner.services.source_preview import SourcePreviewer, open_source_preview, page_label

_NO_DATE = QDate(1999, 12, 31)  # the date edit's minimum, shown as "(chưa rõ)"


class ImportReviewDialog(TranslatedDialog):
    """A scan's or a PDF's review also shows the page each task was read from (*previewer*)."""

    _ui: Ui_ImportReviewDialog

    def __init__(
        self,
        template_service,
        draft: ImportDraft,
        parent: QWidget | None = None,
        previewer: SourcePreviewer | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = template_service
        self._draft = draft
        self._previewer = previewer
        self._current: int | None = None
        self._loading = False
        self.saved_id: int | None = None
        self._ui = Ui_ImportReviewDialog()
        self._ui.setupUi(self)
        self._model = ImportTaskTreeModel(draft, self)
        self._ui.task_tree.setModel(self._model)
        self._ui.main_splitter.setSizes([360, 560, 440])
        self._ui.source_edit.setPlainText(draft.source_text())
        if previewer is None:  # a Word or text file: its text alone, as before (the tab bar hides)
            self._ui.source_tabs.removeTab(self._ui.source_tabs.indexOf(self._ui.page_tab))
        self._load_document()
        self._show_reading_warnings()
        self._connect()
        self._after_structure_change(0 if draft.tasks else None)

    @classmethod
    def ask(cls, parent: QWidget | None, template_service, parsed: ParsedPlan, source_name: str,
            source_sha256: str, source_path: Path | None = None) -> int | None:
        """The id of the template saved from the reviewed plan, or None when cancelled.

        With *source_path*, a scan's or a PDF's pages are shown beside the tasks read from them.
        """
        previewer = None
        if source_path is not None:
            previewer = open_source_preview(source_path, source_sha256, parsed.source_places, parsed.source_lines)
        dialog = cls(template_service, ImportDraft(parsed, source_name, source_sha256), parent, previewer)
        try:
            dialog.exec()
        finally:
            dialog.close_source_pages()
        return dialog.saved_id

    def close_source_pages(self) -> None:
        """Let go of the source file; the page tab shows what it showed last."""
        if self._previewer is not None:
            self._previewer.close()
            self._previewer = None

    @property
    def draft(self) -> ImportDraft:
        return self._draft

    @property
    def model(self) -> ImportTaskTreeModel:
        return self._model

    def _connect(self) -> None:
        ui = self._ui
        ui.task_tree.selectionModel().currentChanged.connect(self._on_task_tree_current_changed)
        ui.only_doubtful_check.toggled.connect(self._on_only_doubtful_check_toggled)
        for editor in (ui.ref_edit, ui.lead_edit, ui.support_edit, ui.timeframe_edit, ui.directing_docs_edit):
            editor.textEdited.connect(self._store_task_fields)
        for text_editor in (ui.content_edit, ui.products_edit):
            text_editor.textChanged.connect(self._store_task_fields)
        ui.split_button.clicked.connect(self._on_split_button_clicked)
        ui.merge_button.clicked.connect(self._on_merge_button_clicked)
        ui.add_button.clicked.connect(self._on_add_button_clicked)
        ui.drop_button.clicked.connect(self._on_drop_button_clicked)
        ui.move_up_button.clicked.connect(lambda: self._move(-1))
        ui.move_down_button.clicked.connect(lambda: self._move(+1))
        ui.button_box.accepted.connect(self._on_save)
        ui.button_box.rejected.connect(self.reject)

    # --- document ----------------------------------------------------------------------
    def _load_document(self) -> None:
        ui, doc = self._ui, self._draft.document
        ui.number_edit.setText(doc.number)
        ui.date_edit.setDate(QDate(doc.date.year, doc.date.month, doc.date.day) if doc.date else _NO_DATE)
        ui.issuer_edit.setText(doc.issuer)
        ui.title_edit.setText(doc.title)

    def _show_reading_warnings(self) -> None:
        """What the importer noticed in the file (pages left out, repeated numbers…), above it all."""
        sentences = [plan_warning_text(warning) for warning in self._draft.reading_warnings]
        label = self._ui.warnings_label
        label.setText("\n".join([_("Khi đọc tệp:"), *(f"• {sentence}" for sentence in sentences)]))
        label.setVisible(bool(sentences))

    def _store_document(self) -> None:
        ui = self._ui
        date = ui.date_edit.date()
        self._draft.set_document(
            number=ui.number_edit.text(),
            date=None if date <= _NO_DATE else dt.date(date.year(), date.month(), date.day()),
            issuer=ui.issuer_edit.text(),
            title=ui.title_edit.text(),
        )

    # --- the selected task -------------------------------------------------------------
    def select_task(self, task_index: int | None) -> None:
        index = self._model.index_of_task(task_index) if task_index is not None else QModelIndex()
        tree = self._ui.task_tree
        if index.isValid():
            tree.expand(index.parent())
            tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            tree.scrollTo(index)
        else:
            tree.selectionModel().clearSelection()
            self._show_task(None)

    def current_task(self) -> int | None:
        return self._current

    def _on_task_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_task(self._model.task_at(current))

    def _show_task(self, task_index: int | None) -> None:
        self._current = task_index
        ui = self._ui
        task = self._draft.tasks[task_index] if task_index is not None else None
        self._loading = True
        ui.ref_edit.setText(task.ref if task else "")
        ui.content_edit.setPlainText(task.content if task else "")
        ui.lead_edit.setText(join_units(task.lead) if task else "")
        ui.support_edit.setText(join_units(task.support) if task else "")
        ui.timeframe_edit.setText(task.timeframe if task else "")
        ui.products_edit.setPlainText(task.products if task else "")
        ui.directing_docs_edit.setText(task.directing_docs if task else "")
        self._loading = False
        ui.task_panel.setEnabled(task is not None)
        self._update_task_notes()
        highlight_lines(ui.source_edit, task.source_lines if task else None)
        self._show_source_page(task.source_lines if task else None)
        self._update_buttons()

    def _show_source_page(self, lines: tuple[int, int] | None) -> None:
        """The page the task's lines were read from, framed; a sentence instead when it has none."""
        if self._previewer is None:
            return
        ui = self._ui
        try:
            preview = self._previewer.preview(lines) if lines else None
        except ServiceError as err:
            preview, message = None, str(err)
        else:
            message = _("Không rõ nhiệm vụ này nằm ở đâu trên trang gốc.")
        if preview is None:
            ui.page_label.setText(message)
            ui.page_view.show_page(page_image(None), [])
            return
        ui.page_label.setText(page_label(preview))
        frames = [QRect(left, top, right - left, bottom - top) for left, top, right, bottom in preview.boxes]
        ui.page_view.show_page(page_image(preview.image), frames)

    def _store_task_fields(self, *_args) -> None:
        """Every keystroke in an editor goes into the draft; the tree shows the new text."""
        if self._loading or self._current is None:
            return
        ui = self._ui
        self._draft.edit(
            self._current,
            ref=ui.ref_edit.text().strip(),
            content=ui.content_edit.toPlainText(),
            lead=split_units(ui.lead_edit.text()),
            support=split_units(ui.support_edit.text()),
            timeframe=ui.timeframe_edit.text(),
            products=ui.products_edit.toPlainText(),
            directing_docs=ui.directing_docs_edit.text(),
        )
        self._model.task_changed(self._current)
        self._update_task_notes()

    def _update_task_notes(self) -> None:
        ui = self._ui
        task = self._draft.tasks[self._current] if self._current is not None else None
        schedule = schedule_text(task.due, task.recurrence) if task else ""
        ui.schedule_label.setText(_("→ {schedule}").format(schedule=schedule) if schedule else "")
        targets = [t.text for t in task.targets] if task else []
        ui.targets_label.setText("\n".join(targets) if targets else _("(không có)"))
        doubts = [doubt_label(code) for code in task.doubts] if task else []
        ui.doubts_label.setText("; ".join(doubts))
        ui.doubts_caption_label.setVisible(bool(doubts))
        ui.doubts_label.setVisible(bool(doubts))

    # --- operations --------------------------------------------------------------------
    def _on_split_button_clicked(self) -> None:
        if self._current is None:
            return
        try:
            new_index = self._draft.split(self._current, self._ui.content_edit.textCursor().position())
        except ValueError:
            prompts.show_info(self, _("Hãy đặt con trỏ trong ô Nội dung vào chỗ cần tách, giữa hai phần văn bản."))
            return
        self._after_structure_change(new_index)

    def _on_merge_button_clicked(self) -> None:
        if self._current is not None and self._current < len(self._draft.tasks) - 1:
            self._draft.merge_with_next(self._current)
            self._after_structure_change(self._current)

    def _on_add_button_clicked(self) -> None:
        new_index = self._draft.add_after(self._current if self._current is not None else len(self._draft.tasks) - 1)
        self._ui.only_doubtful_check.setChecked(False)
        self._after_structure_change(new_index)
        self._ui.content_edit.setFocus()

    def _on_drop_button_clicked(self) -> None:
        if self._current is None:
            return
        self._draft.drop(self._current)
        self._after_structure_change(min(self._current, len(self._draft.tasks) - 1) if self._draft.tasks else None)

    def _move(self, delta: int) -> None:
        if self._current is not None:
            self._after_structure_change(self._draft.move(self._current, delta))

    def _on_only_doubtful_check_toggled(self, _checked: bool) -> None:
        self._model.set_only_doubtful(self._ui.only_doubtful_check.isChecked())
        self._after_structure_change(self._current)

    def _after_structure_change(self, select: int | None) -> None:
        self._model.reload()
        self._ui.task_tree.expandAll()
        if select is None or not self._model.index_of_task(select).isValid():
            select = self._model.first_task()
        self.select_task(select)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self._draft.tasks)
        doubtful = sum(1 for task in self._draft.tasks if task.doubts)
        self._ui.count_label.setText(
            _("{total} nhiệm vụ, {doubtful} cần xem lại").format(
                total=format_number(total), doubtful=format_number(doubtful)
            )
        )

    def _update_buttons(self) -> None:
        ui, current, last = self._ui, self._current, len(self._draft.tasks) - 1
        for button in (ui.split_button, ui.drop_button):
            button.setEnabled(current is not None)
        ui.merge_button.setEnabled(current is not None and current < last)
        ui.move_up_button.setEnabled(current is not None and current > 0)
        ui.move_down_button.setEnabled(current is not None and current < last)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(last >= 0)

    # --- save / cancel -----------------------------------------------------------------
    def _on_save(self) -> None:
        self._store_document()
        try:
            self.saved_id = self._templates.save_template(self._draft.to_template(), self._draft.source_text())
        except ServiceError as err:
            prompts.show_error(self, str(err))
            return
        self.accept()

    def reject(self) -> None:
        """Cancel (or Esc, or closing the window) asks before throwing edits away."""
        self._store_document()
        if self._draft.changed and not prompts.confirm(
            self, _("Bỏ các chỉnh sửa đã làm và không lưu kế hoạch này?")
        ):
            return
        super().reject()

    def retranslate(self) -> None:
        super().retranslate()
        self._model.retranslate()
        self._update_task_notes()
        self._show_reading_warnings()
        self._show_source_page(self._draft.tasks[self._current].source_lines if self._current is not None else None)
        self._update_count()
