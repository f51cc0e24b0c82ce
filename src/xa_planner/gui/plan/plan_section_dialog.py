"""PlanSectionDialog: a new group of tasks (number, title) with its first task."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.plan_section_dialog_ui import Ui_PlanSectionDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _


@dataclass(frozen=True)
class NewSection:
    ref: str
    title: str
    first_task: str


class PlanSectionDialog(TranslatedDialog):
    _ui: Ui_PlanSectionDialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: NewSection | None = None
        self._ui = Ui_PlanSectionDialog()
        self._ui.setupUi(self)
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self.remember_input()

    @classmethod
    def ask(cls, parent: QWidget | None) -> NewSection | None:
        dialog = cls(parent)
        dialog.exec()
        return dialog.new_section()

    def new_section(self) -> NewSection | None:
        return self._result

    def _on_button_box_accepted(self) -> None:
        ui = self._ui
        section = NewSection(ui.ref_edit.text().strip(), ui.title_edit.text().strip(),
                             ui.first_task_edit.text().strip())
        if not section.title:
            ui.error_label.setText(_("Hãy nhập tên nhóm nhiệm vụ."))
            ui.title_edit.setFocus()
            return
        if not section.first_task:
            ui.error_label.setText(_("Hãy nhập nội dung nhiệm vụ đầu tiên của nhóm."))
            ui.first_task_edit.setFocus()
            return
        self._result = section
        self.accept()
