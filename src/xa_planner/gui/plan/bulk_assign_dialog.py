"""BulkAssignDialog: one lead, coordinating offices, person or deadline for many selected tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from xa_planner.domain.offices import Office
from xa_planner.gui.forms.bulk_assign_dialog_ui import Ui_BulkAssignDialog
from xa_planner.gui.plan.plan_cell_editors import invalid_due_message
from xa_planner.gui.plan.plan_edits import (
    ADD_SUPPORT,
    KEEP,
    KEEP_SUPPORT,
    REPLACE_SUPPORT,
    BulkAssignment,
    read_due,
)
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _, ngettext

_SUPPORT_MODES = (KEEP_SUPPORT, ADD_SUPPORT, REPLACE_SUPPORT)
_NO_LEAD = "none"  # the lead combo's "(no lead)" entry; KEEP is its first entry


class BulkAssignDialog(TranslatedDialog):
    _ui: Ui_BulkAssignDialog

    def __init__(self, offices: list[Office], task_count: int, plan_year: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offices = [o for o in offices if not o.retired]
        self._task_count = task_count
        self._result: BulkAssignment | None = None
        self._ui = Ui_BulkAssignDialog()
        self._ui.setupUi(self)
        self._ui.due_edit.set_plan_year(plan_year)
        self._fill_offices()
        self._ui.support_mode_combo.currentIndexChanged.connect(self._update_support_list)
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self._update_texts()
        self._update_support_list()
        self.remember_input()

    @classmethod
    def ask(cls, parent: QWidget | None, offices: list[Office], task_count: int,
            plan_year: int | None) -> BulkAssignment | None:
        """The assignment to apply to the selected tasks, or None when cancelled or empty."""
        dialog = cls(offices, task_count, plan_year, parent)
        dialog.exec()
        return dialog.assignment()

    def assignment(self) -> BulkAssignment | None:
        return self._result

    def _fill_offices(self) -> None:
        combo = self._ui.lead_combo
        combo.addItem("", KEEP)
        combo.addItem("", _NO_LEAD)
        for office in self._offices:
            combo.addItem(office.short_name, office.id)
            item = QListWidgetItem(office.short_name, self._ui.support_list)
            item.setData(Qt.ItemDataRole.UserRole, office.id)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _update_texts(self) -> None:
        self._ui.lead_combo.setItemText(0, _("(giữ nguyên)"))
        self._ui.lead_combo.setItemText(1, _("(chưa giao)"))
        self._ui.summary_label.setText(
            ngettext("Áp dụng cho {n} nhiệm vụ đã chọn.", "Áp dụng cho {n} nhiệm vụ đã chọn.",
                     self._task_count).format(n=self._task_count)
        )

    def _update_support_list(self, *_args) -> None:
        self._ui.support_list.setEnabled(self._ui.support_mode_combo.currentIndex() > 0)

    def edited_assignment(self) -> BulkAssignment:
        ui = self._ui
        lead = ui.lead_combo.currentData()
        items = (ui.support_list.item(i) for i in range(ui.support_list.count()))
        person = ui.person_edit.text().strip()
        due = read_due(ui.due_edit.text(), ui.due_edit.plan_year())
        return BulkAssignment(
            lead_office_id=None if lead == _NO_LEAD else lead,
            support_mode=_SUPPORT_MODES[max(0, ui.support_mode_combo.currentIndex())],
            support_office_ids=tuple(
                i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
            ),
            responsible_person=person or KEEP,
            due=due if due.timeframe else KEEP,
        )

    def _on_button_box_accepted(self) -> None:
        ui = self._ui
        if not ui.due_edit.is_valid():
            ui.error_label.setText(invalid_due_message())
            ui.due_edit.setFocus()
            return
        assignment = self.edited_assignment()
        if assignment.is_empty():
            ui.error_label.setText(_("Chưa chọn thay đổi nào để giao."))
            return
        self._result = assignment
        self.accept()

    def retranslate(self) -> None:
        super().retranslate()
        self._update_texts()
