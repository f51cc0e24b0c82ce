"""TrackingNotesPanel: multi-line editors for the selected task's result, difficulties and proposals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.tracking_notes_panel_ui import Ui_TrackingNotesPanel
from xa_planner.gui.tracking.tracking_table_model import previous_text
from xa_planner.localization import _
from xa_planner.services.views import TrackingRow


@dataclass(frozen=True)
class TrackingNotes:
    result_note: str
    difficulties: str
    proposals: str


def notes_of(row: TrackingRow) -> TrackingNotes:
    return TrackingNotes(row.result_note, row.difficulties, row.proposals)


class TrackingNotesPanel(QWidget):
    """Shows one TrackingRow; save_requested asks the page to store the edited notes."""

    _ui: Ui_TrackingNotesPanel

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: TrackingRow | None = None
        self._read_only = False
        self._ui = Ui_TrackingNotesPanel()
        self._ui.setupUi(self)
        self._ui.save_button.clicked.connect(self.save_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_save_shortcut_activated)
        for edit in self._editors():
            edit.textChanged.connect(self._update_save_button)
        self.show_row(None)

    def _editors(self):
        ui = self._ui
        return (ui.result_edit, ui.difficulties_edit, ui.proposals_edit)

    def row(self) -> TrackingRow | None:
        return self._row

    def show_row(self, row: TrackingRow | None) -> None:
        """Fill the editors from *row* (None: nothing selected)."""
        self._row = row
        ui = self._ui
        notes = notes_of(row) if row else TrackingNotes("", "", "")
        for edit, text in zip(self._editors(), (notes.result_note, notes.difficulties, notes.proposals), strict=True):
            edit.setPlainText(text)
        self._update_texts()
        self._apply_state()
        ui.result_edit.moveCursor(ui.result_edit.textCursor().MoveOperation.End)

    def notes(self) -> TrackingNotes:
        ui = self._ui
        return TrackingNotes(
            ui.result_edit.toPlainText().strip(),
            ui.difficulties_edit.toPlainText().strip(),
            ui.proposals_edit.toPlainText().strip(),
        )

    def is_dirty(self) -> bool:
        """True when the editors hold notes not yet stored."""
        return self._row is not None and not self._read_only and self.notes() != notes_of(self._row)

    def focus_note(self, which: int) -> None:
        """Put the cursor in the result (0), difficulties (1) or proposals (2) editor."""
        editor = self._editors()[which]
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_state()
        self._update_texts()

    def _apply_state(self) -> None:
        for edit in self._editors():
            edit.setReadOnly(self._read_only)
            edit.setEnabled(self._row is not None)
        self._update_save_button()

    def _update_save_button(self) -> None:
        self._ui.save_button.setEnabled(self.is_dirty())
        self._ui.save_button.setVisible(not self._read_only)

    def _update_texts(self) -> None:
        ui, row = self._ui, self._row
        ui.hint_label.setText(_("Tháng đã chốt: chỉ xem.") if self._read_only else _("Ctrl+Enter để lưu"))
        if row is None:
            ui.task_label.setText(_("Chọn một nhiệm vụ trong bảng để ghi kết quả."))
            ui.previous_label.setText("")
            return
        ui.task_label.setText(f"{row.ref}. {row.content}" if row.ref else row.content)
        previous = previous_text(row) or _("chưa báo cáo")
        ui.previous_label.setText(_("Tháng trước: {previous}").format(previous=previous))

    def _on_save_shortcut_activated(self) -> None:
        if self.is_dirty():
            self.save_requested.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._update_texts()
        super().changeEvent(event)
