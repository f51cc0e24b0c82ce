"""TrackingPage: the chosen month's status and notes of every task, and the month's indicators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.gui.forms.tracking_page_ui import Ui_TrackingPage
from xa_planner.gui.tracking.tracking_edits import save_progress
from xa_planner.gui.tracking.tracking_month_actions import (
    lock_banner_text,
    lock_month,
    reopen_month,
)
from xa_planner.gui.tracking.tracking_status_delegate import TrackingStatusDelegate
from xa_planner.gui.tracking.tracking_table_model import DUE_SOON_FILTER, TrackingTableModel
from xa_planner.gui.widgets.page import Page
from xa_planner.gui.widgets.period_combo import fill_period_combo
from xa_planner.gui.widgets.status_labels import ATTENTION_ORDER, category_label
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import _, format_number
from xa_planner.services.reporting_month import ReportingMonth
from xa_planner.services.views import TrackingRow

_WIDTHS = {0: 48, 1: 270, 2: 120, 3: 90, 4: 150, 5: 125, 6: 180, 7: 220, 8: 170, 9: 170}
_EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class TrackingPage(Page):
    _ui: Ui_TrackingPage

    def __init__(
        self,
        tracking_service,
        plan_service,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        *,
        indicator_service=None,
        indicator_workbook=None,
    ):
        super().__init__(parent)
        self._tracking = tracking_service
        self._plans_service = plan_service
        self._today = today
        self._periods: list[Period] = []
        self._plan = None
        self._locked = False
        self._period: Period | None = None  # the month the table shows (the combo may be ahead)
        self._reporting: ReportingMonth | None = None
        self._ui = Ui_TrackingPage()
        self._ui.setupUi(self)
        self._model = TrackingTableModel(self)
        self._set_up_table()
        self._ui.indicator_panel.attach(indicator_service, indicator_workbook)
        self._ui.tracking_tabs.setTabVisible(1, indicator_service is not None)
        self._ui.tasks_splitter.setSizes([900, 340])
        self._ui.tasks_splitter.setStretchFactor(0, 1)
        self._fill_status_combo()
        self._connect()

    def _set_up_table(self) -> None:
        view = self._ui.tracking_table
        configure_table(view, self._model, sortable=True, widths=_WIDTHS)
        view.setEditTriggers(_EDIT_TRIGGERS)
        view.setItemDelegateForColumn(TrackingTableModel.STATUS_COLUMN, TrackingStatusDelegate(view))
        view.horizontalHeader().setStretchLastSection(True)

    def _connect(self) -> None:
        ui = self._ui
        self._model.modelReset.connect(self._update_texts)
        # Queued: the status is stored after the combo editor has closed, never inside setData.
        self._model.status_chosen.connect(self._on_model_status_chosen, Qt.ConnectionType.QueuedConnection)
        ui.tracking_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.tracking_table.doubleClicked.connect(self._on_tracking_table_double_clicked)
        ui.notes_panel.save_requested.connect(self._on_notes_panel_save_requested)
        ui.search_edit.textChanged.connect(self._model.set_filter)
        ui.overdue_check.toggled.connect(self._model.set_overdue_only)
        ui.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        ui.status_combo.currentIndexChanged.connect(self._on_status_combo_current_index_changed)
        ui.office_combo.currentIndexChanged.connect(self._on_office_combo_current_index_changed)
        ui.lock_button.clicked.connect(self._on_lock_button_clicked)
        ui.reopen_button.clicked.connect(self._on_reopen_button_clicked)

    @property
    def model(self) -> TrackingTableModel:
        return self._model

    @property
    def ui(self) -> Ui_TrackingPage:
        return self._ui

    def refresh(self) -> None:
        self._plan = self._plans_service.current_plan()
        chosen, before = self.current_period(), self._reporting
        self._reporting = self._tracking.reporting_month(self._today())
        if chosen is None or (before is not None and chosen == before.period):
            chosen = self._reporting.period  # follow the reporting month, unless another was picked
        self._periods = self._tracking.periods(self._today())
        self._fill_period_combo(chosen)
        self._load_month()

    @property
    def reporting_month(self) -> ReportingMonth | None:
        """The month every view opens on, as of the last refresh."""
        return self._reporting

    def current_period(self) -> Period | None:
        index = self._ui.period_combo.currentIndex()
        return self._periods[index] if 0 <= index < len(self._periods) else None

    def choose_period(self, period: Period) -> None:
        """Show *period* (tests and the home page's links)."""
        self._ui.period_combo.setCurrentIndex(self._periods.index(period))

    # --- combos --------------------------------------------------------------------------
    def _fill_period_combo(self, chosen: Period | None) -> None:
        fill_period_combo(self._ui.period_combo, self._periods, chosen, self._reporting)

    def _fill_status_combo(self) -> None:
        due_soon = (_("Sắp đến hạn"), DUE_SOON_FILTER)
        choices = [(category_label(c), c.value) for c in ATTENTION_ORDER]
        choices.insert(2, due_soon)  # after the overdue ones: what needs attention first
        _refill(self._ui.status_combo, _("Tất cả"), choices, self._ui.status_combo.currentData())

    def _fill_office_combo(self) -> None:
        choices = [(office, office) for office in self._model.offices()]
        _refill(self._ui.office_combo, _("Tất cả đơn vị"), choices, self._ui.office_combo.currentData())
        self._model.set_office(self._ui.office_combo.currentData())

    # --- loading -------------------------------------------------------------------------
    def _load_month(self) -> None:
        self._save_notes()  # typed notes are never dropped by a reload or a change of month
        period = self._period = self.current_period()
        self._show_lock_state(period)
        rows: list[TrackingRow] = []
        if self._plan is not None and period is not None:
            rows = self._tracking.tracking_rows(self._plan.id, period, self._today())
        self._model.set_read_only(self._locked)
        self._model.set_rows(rows)
        self._fill_office_combo()
        self._ui.notes_panel.set_read_only(self._locked)
        self._ui.notes_panel.show_row(None)
        self._ui.indicator_panel.show_month(self._plan.id if self._plan else None, period, self._locked)

    def _reload_rows(self, task_id: int | None = None) -> None:
        """Read the month again after a save or a refusal; keep the chosen task shown."""
        period = self._period
        if self._plan is None or period is None:
            return
        self._model.replace_rows(self._tracking.tracking_rows(self._plan.id, period, self._today()))
        self._update_texts()
        self._select_task(task_id)

    def _select_task(self, task_id: int | None) -> None:
        position = self._model.row_of_task(task_id) if task_id is not None else -1
        view = self._ui.tracking_table
        if position < 0:
            self._ui.notes_panel.show_row(None)
            return
        view.selectRow(position)
        self._ui.notes_panel.show_row(self._model.row_at(self._model.index(position, 0)))

    def _show_lock_state(self, period: Period | None) -> None:
        ui = self._ui
        locked_at, locked_by = self._tracking.lock_info(period) if period else (None, "")
        self._locked = locked_at is not None
        ui.lock_banner.setVisible(self._locked)
        banner = ""
        if period is not None and locked_at is not None:
            banner = lock_banner_text(period, locked_at, locked_by)
        ui.lock_banner_label.setText(banner)
        ui.lock_button.setVisible(period is not None and not self._locked)
        ui.month_state_label.setText(_("đã chốt") if self._locked else _("đang nhập số liệu"))

    # --- edits ---------------------------------------------------------------------------
    def _on_model_status_chosen(self, row: TrackingRow, status: ProgressStatus) -> None:
        panel = self._ui.notes_panel
        shown = panel.row()
        notes = panel.notes() if shown and shown.task_id == row.task_id else None
        assert self._period is not None, "a row is shown for a month"
        save_progress(self, self._tracking, row, self._period, self._today(), status=status, notes=notes)
        self._reload_rows(row.task_id)

    def _on_notes_panel_save_requested(self) -> None:
        self._save_notes()

    def _save_notes(self, then_select: int | None = None) -> None:
        """Store the panel's notes, then show *then_select* (default: the same task)."""
        panel = self._ui.notes_panel
        row = panel.row()
        if row is None or not panel.is_dirty():
            return
        assert self._period is not None, "a row is shown for a month"
        save_progress(self, self._tracking, row, self._period, self._today(), notes=panel.notes())
        self._reload_rows(row.task_id if then_select is None else then_select)

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        panel = self._ui.notes_panel
        indexes = selected.indexes()
        chosen = self._model.row_at(indexes[0]) if indexes else None
        shown = panel.row()
        if panel.is_dirty() and shown is not None:
            if chosen is not None and chosen.task_id != shown.task_id:
                self._save_notes(chosen.task_id)  # moving on keeps what was typed, as on paper
            return
        panel.show_row(chosen)

    def _on_tracking_table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() in TrackingTableModel.NOTE_COLUMNS:
            self._ui.notes_panel.focus_note(TrackingTableModel.NOTE_COLUMNS.index(index.column()))

    # --- month ---------------------------------------------------------------------------
    def _on_lock_button_clicked(self) -> None:
        self._save_notes()
        period = self.current_period()
        if period is not None and lock_month(self, self._tracking, period):
            self._load_month()

    def _on_reopen_button_clicked(self) -> None:
        period = self.current_period()
        if period is not None and reopen_month(self, self._tracking, period):
            self._load_month()

    # --- filters and texts ---------------------------------------------------------------
    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self._load_month()

    def _on_status_combo_current_index_changed(self, index: int) -> None:
        self._model.set_standing_filter(self._ui.status_combo.itemData(index))

    def _on_office_combo_current_index_changed(self, index: int) -> None:
        self._model.set_office(self._ui.office_combo.itemData(index))

    def _update_texts(self) -> None:
        ui = self._ui
        total = self._model.total_count()
        if self._plan is None:
            ui.empty_label.setText(
                _("Chưa có kế hoạch của xã nên chưa có nhiệm vụ nào để theo dõi. Hãy xây dựng kế hoạch của xã trước.")
            )
        elif total == 0:
            ui.empty_label.setText(_("Kế hoạch hiện tại chưa có nhiệm vụ nào để theo dõi trong tháng này."))
        ui.content_stack.setCurrentWidget(ui.tracking_table if total else ui.empty_label)
        shown = self._model.visible_count()
        ui.count_label.setText(
            _("{shown}/{total} nhiệm vụ").format(shown=format_number(shown), total=format_number(total))
        )

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._fill_status_combo()
        self._fill_period_combo(self.current_period())
        self._show_lock_state(self.current_period())
        self._model.retranslate()
        self._update_texts()


def _refill(combo, all_label: str, choices: Sequence[tuple[str, object]], keep: object) -> None:
    """Refill a filter combo, "all" first, keeping the chosen key when it is still offered."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for label, key in choices:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
    combo.blockSignals(False)
