"""PlanPage: the commune plan as an editable table grouped by section, with filters and the "6 rõ" check."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidgetItem, QWidget

from xa_planner.domain.completeness import NO_DUE, NO_LEAD, NO_PRODUCT
from xa_planner.gui.forms.plan_page_ui import Ui_PlanPage
from xa_planner.gui.plan.plan_delegate import PlanItemDelegate
from xa_planner.gui.plan.plan_edits import EDITABLE_COLUMNS
from xa_planner.gui.plan.plan_filters import (
    ANY_ROLE,
    LEAD_ROLE,
    SUPPORT_ROLE,
    PlanFilters,
    office_summary,
)
from xa_planner.gui.plan.plan_table_model import PlanTableModel
from xa_planner.gui.plan.plan_task_actions import PlanTaskActions
from xa_planner.gui.widgets.page import Page
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import N_, _, format_number, ngettext
from xa_planner.services.plan_service import completeness_problems
from xa_planner.services.views import PlanSummary

_WIDTHS = {0: 64, 1: 420, 2: 160, 3: 150, 4: 200, 5: 150, 6: 110, 7: 220, 8: 160}
_ROLES = (ANY_ROLE, LEAD_ROLE, SUPPORT_ROLE)
_PROBLEMS: dict[str, str] = {  # by the problem's code (a StrEnum's value finds it too)
    NO_LEAD: N_("chưa có đơn vị chủ trì"),
    NO_DUE: N_("chưa có thời hạn"),
    NO_PRODUCT: N_("chưa có kết quả/sản phẩm"),
}
_TASK_ROLE = Qt.ItemDataRole.UserRole


def plan_caption(plan: PlanSummary) -> str:
    """How a plan is named in the plan picker: its number and title."""
    return f"{plan.number} — {plan.title}" if plan.number else plan.title


class PlanPage(Page):
    _ui: Ui_PlanPage

    derive_requested = Signal()  # the empty state's "build the commune plan" button

    def __init__(self, plan_service, editing_service, commune_service, today=dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plans_service = plan_service
        self._commune = commune_service
        self._today = today
        self._plans: list[PlanSummary] = []
        self._plan: PlanSummary | None = None
        self._ui = Ui_PlanPage()
        self._ui.setupUi(self)
        self._model = PlanTableModel(self, today)
        self._delegate = PlanItemDelegate(self)
        self._configure_table()
        self.task_actions = PlanTaskActions(self, self._ui.plan_table, self._model, editing_service,
                                            self._plan_id, self._reload_rows)
        self._connect_actions()
        self._connect_filters()
        self._ui.completeness_panel.hide()
        self._ui.derive_button.clicked.connect(self.derive_requested)

    @property
    def model(self) -> PlanTableModel:
        return self._model

    def _configure_table(self) -> None:
        table = self._ui.plan_table
        configure_table(table, self._model, sortable=True, widths=_WIDTHS)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setItemDelegate(self._delegate)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.activated.connect(self._on_plan_table_activated)
        self._model.modelReset.connect(self._on_model_reset)
        self._model.dataChanged.connect(self._on_model_data_changed)
        self._ui.table_splitter.setStretchFactor(0, 4)
        self._ui.table_splitter.setStretchFactor(1, 1)

    def _connect_actions(self) -> None:
        ui, actions = self._ui, self.task_actions
        stack = actions.undo_stack
        table_only = (ui.add_task_action, ui.remove_task_action, ui.move_up_action, ui.move_down_action,
                      ui.copy_action)
        page_wide = (ui.add_section_action, ui.bulk_assign_action, ui.undo_action, ui.redo_action,
                     ui.completeness_action, ui.find_action)
        for action in table_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for action in page_wide:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        ui.plan_table.addActions(list(table_only) + list(page_wide[:4]))
        ui.plan_table.addAction(actions.groups.menu.menuAction())
        self.addActions(list(page_wide))
        ui.add_task_action.triggered.connect(actions.add_task)
        ui.add_section_action.triggered.connect(actions.add_section)
        ui.remove_task_action.triggered.connect(actions.remove_tasks)
        ui.move_up_action.triggered.connect(lambda: actions.move(-1))
        ui.move_down_action.triggered.connect(lambda: actions.move(+1))
        ui.bulk_assign_action.triggered.connect(actions.bulk_assign)
        ui.copy_action.triggered.connect(actions.copy)
        ui.undo_action.triggered.connect(stack.undo)
        ui.redo_action.triggered.connect(stack.redo)
        actions.groups.changed.connect(self._fill_section_combo)
        stack.canUndoChanged.connect(ui.undo_action.setEnabled)
        stack.canRedoChanged.connect(ui.redo_action.setEnabled)
        ui.undo_action.setEnabled(False)
        ui.redo_action.setEnabled(False)
        ui.completeness_action.toggled.connect(self._on_completeness_action_toggled)
        ui.find_action.triggered.connect(self._on_find_action_triggered)
        ui.completeness_list.itemActivated.connect(self._on_completeness_list_item_activated)
        ui.completeness_list.itemClicked.connect(self._on_completeness_list_item_activated)

    def _connect_filters(self) -> None:
        ui = self._ui
        ui.search_edit.textChanged.connect(self._model.set_filter)
        ui.search_edit.textChanged.connect(self._update_texts)
        ui.plan_combo.currentIndexChanged.connect(self._on_plan_combo_current_index_changed)
        for combo in (ui.office_combo, ui.role_combo, ui.section_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        for check in (ui.due_within_check, ui.overdue_check, ui.no_lead_check):
            check.toggled.connect(self._apply_filters)
        ui.due_within_spin.valueChanged.connect(self._apply_filters)
        ui.clear_filters_button.clicked.connect(self.clear_filters)

    # --- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self._plans = self._plans_service.plans()
        current = next((p for p in self._plans if p.is_current), self._plans[0] if self._plans else None)
        combo = self._ui.plan_combo
        combo.blockSignals(True)
        combo.clear()
        for plan in self._plans:
            combo.addItem(plan_caption(plan), plan.id)
        combo.setCurrentIndex(self._plans.index(current) if current else -1)
        combo.setVisible(len(self._plans) > 1)
        self._ui.plan_caption_label.setVisible(len(self._plans) > 1)
        combo.blockSignals(False)
        offices = self._commune.offices(include_retired=True)
        self.task_actions.offices = offices
        self._delegate.set_offices(offices)
        self._fill_office_combo(offices)
        self._load_plan(current)

    def _plan_id(self) -> int | None:
        return self._plan.id if self._plan else None

    def _load_plan(self, plan: PlanSummary | None) -> None:
        if (plan.id if plan else None) != self._plan_id():
            # Undo steps belong to one plan; reloading the same plan (after leaving the page, or a
            # change elsewhere) keeps them: each step re-checks the rows it changes.
            self.task_actions.undo_stack.clear()
        self._plan = plan
        self._delegate.plan_year = self.task_actions.plan_year = plan.year if plan else None
        self._reload_rows(None)
        self._fill_section_combo()
        QTimer.singleShot(0, self, lambda: self._model.warm_sort_keys((PlanTableModel.CONTENT_COLUMN,)))

    def _reload_rows(self, select_task_id: int | None) -> None:
        """Read the plan again (after adding, removing or moving tasks) and keep the chosen task in view."""
        current = self.task_actions.current_row()
        plan_id = self._plan_id()
        self._model.set_rows(self._plans_service.plan_rows(plan_id) if plan_id is not None else [])
        keep = select_task_id if select_task_id is not None else current.task_id if current else None
        self.task_actions.select_task(keep)

    def _on_plan_combo_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._plans):
            self._load_plan(self._plans[index])

    # --- filters -----------------------------------------------------------------------
    def _fill_office_combo(self, offices) -> None:
        combo = self._ui.office_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("Tất cả đơn vị"), None)
        for office in offices:
            if not office.retired:
                combo.addItem(office.short_name, office.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _fill_section_combo(self) -> None:
        combo = self._ui.section_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("Tất cả các nhóm"), None)
        for section_id, heading in self._model.sections():
            combo.addItem(heading, section_id)
            combo.setItemData(combo.count() - 1, heading, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self._apply_filters()

    def current_filters(self) -> PlanFilters:
        ui = self._ui
        return PlanFilters(
            office_id=ui.office_combo.currentData(),
            role=_ROLES[max(0, ui.role_combo.currentIndex())],
            section_id=ui.section_combo.currentData(),
            due_within_days=ui.due_within_spin.value() if ui.due_within_check.isChecked() else None,
            overdue=ui.overdue_check.isChecked(),
            no_lead=ui.no_lead_check.isChecked(),
        )

    def _apply_filters(self, *_args) -> None:
        self._ui.role_combo.setEnabled(self._ui.office_combo.currentData() is not None)
        self._ui.due_within_spin.setEnabled(self._ui.due_within_check.isChecked())
        self._model.set_filters(self.current_filters())
        self._update_texts()

    def clear_filters(self) -> None:
        ui = self._ui
        for widget in (ui.office_combo, ui.role_combo, ui.section_combo, ui.due_within_check,
                       ui.overdue_check, ui.no_lead_check, ui.search_edit):
            widget.blockSignals(True)
        for combo in (ui.office_combo, ui.role_combo, ui.section_combo):
            combo.setCurrentIndex(0)
        for check in (ui.due_within_check, ui.overdue_check, ui.no_lead_check):
            check.setChecked(False)
        ui.search_edit.clear()
        for widget in (ui.office_combo, ui.role_combo, ui.section_combo, ui.due_within_check,
                       ui.overdue_check, ui.no_lead_check, ui.search_edit):
            widget.blockSignals(False)
        self._model.set_filter("")
        self._apply_filters()

    def _on_find_action_triggered(self) -> None:
        self._ui.search_edit.setFocus()
        self._ui.search_edit.selectAll()

    # --- the "6 rõ" check --------------------------------------------------------------
    def _on_completeness_action_toggled(self, checked: bool) -> None:
        self._ui.completeness_panel.setVisible(checked)
        if checked:
            self._fill_completeness_list()

    def _fill_completeness_list(self) -> None:
        ui = self._ui
        problems = completeness_problems(self._model.rows())
        ui.completeness_list.clear()
        for row, problem in problems:
            label = f"{row.ref or '—'}: {_(_PROBLEMS[problem])}\n{row.content[:90]}"
            item = QListWidgetItem(label, ui.completeness_list)
            item.setData(_TASK_ROLE, row.task_id)
            item.setToolTip(row.content)
        tasks = len({row.task_id for row, _problem in problems})
        ui.completeness_label.setText(
            _("Mọi nhiệm vụ đã đủ đơn vị chủ trì, thời hạn và sản phẩm.") if not problems else
            ngettext("{n} nhiệm vụ còn thiếu (bấm để chọn):", "{n} nhiệm vụ còn thiếu (bấm để chọn):",
                     tasks).format(n=format_number(tasks))
        )

    def _on_completeness_list_item_activated(self, item: QListWidgetItem) -> None:
        task_id = item.data(_TASK_ROLE)
        if not self.task_actions.select_task(task_id):
            self.clear_filters()  # the task is filtered out: show everything, then select it
            self.task_actions.select_task(task_id)
        self._ui.plan_table.setFocus()

    # --- reacting to the model ---------------------------------------------------------
    def _on_plan_table_activated(self, index) -> None:
        # Enter starts editing, like F2 (Qt only activates on Enter).
        if index.column() in EDITABLE_COLUMNS and self._model.row_at(index) is not None:
            self._ui.plan_table.edit(index)

    def _on_model_reset(self) -> None:
        table = self._ui.plan_table
        table.clearSpans()
        for row in self._model.section_rows():
            table.setSpan(row, 0, 1, self._model.columnCount())
        self._update_texts()
        self._refresh_completeness()

    def _on_model_data_changed(self, *_args) -> None:
        self._update_office_summary()
        self._refresh_completeness()

    def _refresh_completeness(self) -> None:
        if self._ui.completeness_action.isChecked():
            self._fill_completeness_list()

    def _update_texts(self, *_args) -> None:
        ui = self._ui
        total = self._model.total_count()
        shown = self._model.task_count()
        if not self._plans:
            ui.empty_label.setText(
                _("Chưa có kế hoạch của xã. Hãy nhập kế hoạch của tỉnh, rồi xây dựng kế hoạch của xã từ kế hoạch đó.")
            )
        elif total == 0:
            ui.empty_label.setText(_("Kế hoạch này chưa có nhiệm vụ nào."))
        ui.content_stack.setCurrentWidget(ui.table_splitter if total else ui.empty_page)
        ui.derive_button.setVisible(not self._plans)
        for widget in (ui.search_edit, ui.actions_toolbar, ui.office_combo, ui.section_combo):
            widget.setEnabled(total > 0)
        ui.add_section_action.setEnabled(self._plan is not None)
        if shown == total:
            ui.count_label.setText(_("{total} nhiệm vụ").format(total=format_number(total)))
        else:
            ui.count_label.setText(
                _("{shown}/{total} nhiệm vụ").format(shown=format_number(shown), total=format_number(total))
            )
        self._update_office_summary()

    def _update_office_summary(self) -> None:
        label = self._ui.office_summary_label
        office_id = self._ui.office_combo.currentData()
        label.setVisible(office_id is not None)
        if office_id is None:
            return
        summary = office_summary(self._model.rows(), office_id, self._today())
        label.setText(
            _("{office}: {leads} nhiệm vụ chủ trì, {supports} phối hợp, {overdue} quá hạn").format(
                office=self._ui.office_combo.currentText(), leads=format_number(summary.leads),
                supports=format_number(summary.supports), overdue=format_number(summary.overdue))
        )

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._model.retranslate()
        self._ui.office_combo.setItemText(0, _("Tất cả đơn vị"))
        self._ui.section_combo.setItemText(0, _("Tất cả các nhóm"))
        self._update_texts()
        self._refresh_completeness()
