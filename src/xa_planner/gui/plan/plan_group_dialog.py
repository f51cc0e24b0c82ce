"""PlanGroupDialog: the new name of a group of tasks, or the group that receives its tasks."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.plan_group_dialog_ui import Ui_PlanGroupDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _


class PlanGroupDialog(TranslatedDialog):
    """One small form with two uses: a name to type (rename) or a group to choose (merge, delete)."""

    _ui: Ui_PlanGroupDialog

    def __init__(self, parent: QWidget | None, question: str, *, name: str | None = None,
                 targets: list[tuple[int, str]] | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_PlanGroupDialog()
        self._ui.setupUi(self)
        self._question = question
        self._asks_name = name is not None
        self.chosen: str | int | None = None
        self._ui.name_edit.setText(name or "")
        for section_id, heading in targets or []:
            self._ui.target_combo.addItem(heading, section_id)
        for widget in (self._ui.name_label, self._ui.name_edit):
            widget.setVisible(self._asks_name)
        for target_widget in (self._ui.target_label, self._ui.target_combo):
            target_widget.setVisible(not self._asks_name)
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        self.remember_input()

    @classmethod
    def ask_name(cls, parent: QWidget | None, question: str, name: str) -> str | None:
        """The group's new name, or None when the officer cancels."""
        dialog = cls(parent, question, name=name)
        dialog.exec()
        return dialog.chosen if isinstance(dialog.chosen, str) else None

    @classmethod
    def ask_target(cls, parent: QWidget | None, question: str, targets: list[tuple[int, str]]) -> int | None:
        """The id of the group chosen among *targets*, or None when the officer cancels."""
        dialog = cls(parent, question, targets=targets)
        dialog.exec()
        return dialog.chosen if isinstance(dialog.chosen, int) else None

    def retranslate(self) -> None:
        super().retranslate()
        self._ui.question_label.setText(self._question)

    def _on_button_box_accepted(self) -> None:
        if not self._asks_name:
            self.chosen = self._ui.target_combo.currentData()
            self.accept()
            return
        name = " ".join(self._ui.name_edit.text().split())
        if not name:
            self._ui.error_label.setText(_("Hãy nhập tên nhóm nhiệm vụ."))
            self._ui.name_edit.setFocus()
            return
        self.chosen = name
        self.accept()
