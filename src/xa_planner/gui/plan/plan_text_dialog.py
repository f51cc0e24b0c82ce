"""PlanTextDialog: edit the plan's preamble, its text blocks and the "Nơi nhận" lines."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from xa_planner.domain.plan_text import PlanText, PlanTextBlock
from xa_planner.gui.forms.plan_text_dialog_ui import Ui_PlanTextDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import N_, _
from xa_planner.services.errors import ServiceError

_LEVELS = ((1, N_("Mục lớn (I, II, III…)")), (2, N_("Mục nhỏ (1, 2, 3…)")))


def lines_of(text: str) -> tuple[str, ...]:
    """Non-empty lines, trimmed: one paragraph or one recipient each."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def block_caption(block: PlanTextBlock) -> str:
    indent = "    " * (block.level - 1)
    return indent + (block.heading or _("(phần không có tiêu đề)"))


class PlanTextDialog(TranslatedDialog):
    _ui: Ui_PlanTextDialog

    def __init__(self, plan_export, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_export = plan_export
        self._plan_id = plan_id
        self._saved: PlanText | None = None
        self._blocks: list[PlanTextBlock] = []
        self._row = -1
        self._ui = Ui_PlanTextDialog()
        self._ui.setupUi(self)
        self._fill_levels()
        self._connect()
        self.show_text(plan_export.plan_text(plan_id))
        self._shown = self.edited_text()

    def has_unsaved_input(self) -> bool:
        # The blocks live in a list behind the form: compare the whole text, not the editors.
        return self.edited_text() != self._shown

    def _connect(self) -> None:
        ui = self._ui
        ui.block_list.currentRowChanged.connect(self._on_block_list_current_row_changed)
        ui.heading_edit.textEdited.connect(self._on_block_edited)
        ui.level_combo.activated.connect(self._on_block_edited)
        ui.add_block_button.clicked.connect(self._on_add_block_button_clicked)
        ui.remove_block_button.clicked.connect(self._on_remove_block_button_clicked)
        ui.move_up_button.clicked.connect(lambda: self._move_block(-1))
        ui.move_down_button.clicked.connect(lambda: self._move_block(1))
        ui.restore_defaults_button.clicked.connect(self._on_restore_defaults_button_clicked)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, plan_export, plan_id: int) -> PlanText | None:
        """Show the dialog; the saved text, or None when the officer cancelled."""
        dialog = cls(plan_export, plan_id, parent)
        dialog.exec()
        return dialog.saved_text()

    def saved_text(self) -> PlanText | None:
        return self._saved

    def save_button(self):
        return self._ui.button_box.button(QDialogButtonBox.StandardButton.Save)

    # --- showing and reading the form ---------------------------------------------------
    def show_text(self, text: PlanText) -> None:
        self._ui.preamble_edit.setPlainText(text.preamble)
        self._ui.recipients_edit.setPlainText("\n".join(text.recipients))
        self._blocks = list(text.blocks)
        self._row = -1
        self._refill_list(0 if self._blocks else -1)

    def edited_text(self) -> PlanText:
        """The text as the form shows it now (not yet saved)."""
        self._store_current_block()
        return PlanText(
            preamble=self._ui.preamble_edit.toPlainText().strip(),
            blocks=tuple(b for b in self._blocks if b.heading or b.paragraphs),
            recipients=lines_of(self._ui.recipients_edit.toPlainText()),
        )

    def _fill_levels(self) -> None:
        combo = self._ui.level_combo
        chosen = max(0, combo.currentIndex())
        combo.clear()
        for level, label in _LEVELS:
            combo.addItem(_(label), level)
        combo.setCurrentIndex(chosen)

    def _refill_list(self, select: int) -> None:
        block_list = self._ui.block_list
        block_list.blockSignals(True)
        block_list.clear()
        for block in self._blocks:
            block_list.addItem(QListWidgetItem(block_caption(block)))
        block_list.blockSignals(False)
        self._row = -1
        block_list.setCurrentRow(select)
        self._load_block(select)

    # --- the current block ---------------------------------------------------------------
    def _current_block_from_form(self) -> PlanTextBlock:
        ui = self._ui
        return PlanTextBlock(
            heading=ui.heading_edit.text().strip(),
            paragraphs=lines_of(ui.paragraphs_edit.toPlainText()),
            level=ui.level_combo.currentData() or 1,
        )

    def _store_current_block(self) -> None:
        if 0 <= self._row < len(self._blocks):
            self._blocks[self._row] = self._current_block_from_form()

    def _load_block(self, row: int) -> None:
        ui = self._ui
        has_block = 0 <= row < len(self._blocks)
        block = self._blocks[row] if has_block else PlanTextBlock("", ())
        ui.heading_edit.setText(block.heading)
        ui.paragraphs_edit.setPlainText("\n\n".join(block.paragraphs))  # blank lines: readable
        ui.level_combo.setCurrentIndex(max(0, ui.level_combo.findData(block.level)))
        for widget in (ui.heading_edit, ui.paragraphs_edit, ui.level_combo, ui.remove_block_button):
            widget.setEnabled(has_block)
        ui.move_up_button.setEnabled(has_block and row > 0)
        ui.move_down_button.setEnabled(has_block and row < len(self._blocks) - 1)
        self._row = row if has_block else -1

    def _on_block_list_current_row_changed(self, row: int) -> None:
        self._store_current_block()
        self._load_block(row)

    def _on_block_edited(self, *_args) -> None:
        self._store_current_block()
        item = self._ui.block_list.item(self._row)
        if item is not None:
            item.setText(block_caption(self._blocks[self._row]))

    def _on_add_block_button_clicked(self) -> None:
        self._store_current_block()
        row = self._row + 1 if self._row >= 0 else len(self._blocks)
        self._blocks.insert(row, PlanTextBlock(_("Phần mới"), (), 1))
        self._refill_list(row)
        self._ui.heading_edit.setFocus()
        self._ui.heading_edit.selectAll()

    def _on_remove_block_button_clicked(self) -> None:
        if self._row < 0:
            return
        row = self._row
        del self._blocks[row]
        self._refill_list(min(row, len(self._blocks) - 1))

    def _move_block(self, step: int) -> None:
        self._store_current_block()
        row, target = self._row, self._row + step
        if row < 0 or not 0 <= target < len(self._blocks):
            return
        self._blocks[row], self._blocks[target] = self._blocks[target], self._blocks[row]
        self._refill_list(target)

    # --- buttons -------------------------------------------------------------------------
    def _on_restore_defaults_button_clicked(self) -> None:
        self.show_text(self._plan_export.default_plan_text(self._plan_id))
        self._ui.error_label.setText(_("Đã điền lại nội dung mặc định; bấm Lưu để giữ."))

    def _on_button_box_accepted(self) -> None:
        text = self.edited_text()
        if not text.blocks and not text.preamble:
            self._ui.error_label.setText(_("Kế hoạch cần có ít nhất lời mở đầu hoặc một phần nội dung."))
            return
        try:
            self._plan_export.save_plan_text(self._plan_id, text)
        except ServiceError as err:
            self._ui.error_label.setText(str(err))
            return
        self._saved = text
        self.accept()

    def retranslate(self) -> None:
        self._store_current_block()
        super().retranslate()
        self._fill_levels()
        self._refill_list(self._row)
