"""TranslatedDialog: the base of every dialog: re-translates its form when the language changes, and
asks before Hủy, Esc or the close button throw away what the officer typed."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from xa_planner.gui.widgets import prompts


class _TranslatableForm(Protocol):
    """What every generated form (pyside6-uic's Ui_… class) offers its dialog."""

    def retranslateUi(self, form: QDialog) -> None: ...  # noqa: N802 — pyside6-uic's name


class TranslatedDialog(QDialog):
    """Subclasses keep their generated form in ``self._ui`` and extend retranslate() for code-set texts.

    A dialog with input calls remember_input() once its form is filled; from then on closing it
    without saving asks first when anything differs. Dialogs whose input lives elsewhere than in
    their editors (a list, a model) override has_unsaved_input().
    """

    _ui: _TranslatableForm | None = None
    _input_baseline: tuple | None = None

    def retranslate(self) -> None:
        if self._ui is not None:
            self._ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- nothing typed is lost without asking --------------------------------------------
    def remember_input(self) -> None:
        """What the form shows now is the saved state: closing with exactly this asks nothing."""
        self._input_baseline = self._input_state()

    def has_unsaved_input(self) -> bool:
        return self._input_baseline is not None and self._input_state() != self._input_baseline

    def reject(self) -> None:
        # Hủy, Esc and the window's close button all arrive here.
        if self.has_unsaved_input() and not prompts.confirm_discard(self):
            return
        super().reject()

    def _input_state(self) -> tuple:
        return tuple(_editor_value(w) for w in self.findChildren(QWidget) if isinstance(w, _EDITORS))


_EDITORS = (
    QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QListWidget,
)  # fmt: skip


def _editor_value(widget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):  # the index alone: a language switch retranslates items
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QListWidget):  # check lists (the offices of a bulk assignment)
        return tuple(widget.item(i).checkState().value for i in range(widget.count()))
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return widget.isChecked() if widget.isCheckable() else None
