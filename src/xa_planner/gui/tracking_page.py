"""TrackingPage: the chosen month's status of every task of the current plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from xa_planner.domain.periods import Period
from xa_planner.gui.forms.tracking_page_ui import Ui_TrackingPage
from xa_planner.gui.page import Page
from xa_planner.gui.status_labels import CLASS_ORDER, class_label
from xa_planner.gui.table_views import configure_table
from xa_planner.gui.tracking_table_model import TrackingTableModel
from xa_planner.localization import _, format_number

_WIDTHS = {0: 56, 1: 400, 2: 150, 3: 100, 4: 190, 5: 240, 6: 180, 7: 180}


def month_caption(period: Period) -> str:
    return _("Tháng {month}/{year}").format(month=f"{period.month:02d}", year=period.year)


class TrackingPage(Page):
    def __init__(self, tracking_service, plan_service, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self._tracking = tracking_service
        self._plans_service = plan_service
        self._today = today
        self._periods: list[Period] = []
        self._plan = None
        self._ui = Ui_TrackingPage()
        self._ui.setupUi(self)
        self._model = TrackingTableModel(self)
        configure_table(self._ui.tracking_table, self._model, sortable=True, widths=_WIDTHS)
        self._ui.tracking_table.horizontalHeader().setStretchLastSection(True)
        self._fill_status_combo()
        self._model.modelReset.connect(self._update_texts)
        self._ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self._ui.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        self._ui.status_combo.currentIndexChanged.connect(self._on_status_combo_current_index_changed)

    @property
    def model(self) -> TrackingTableModel:
        return self._model

    def refresh(self) -> None:
        self._plan = self._plans_service.current_plan()
        chosen = self.current_period()
        self._periods = self._tracking.periods()
        self._fill_period_combo(chosen)
        self._load_rows()

    def current_period(self) -> Period | None:
        index = self._ui.period_combo.currentIndex()
        return self._periods[index] if 0 <= index < len(self._periods) else None

    def _fill_period_combo(self, chosen: Period | None) -> None:
        combo = self._ui.period_combo
        combo.blockSignals(True)
        combo.clear()
        for period in self._periods:
            combo.addItem(month_caption(period))
        keep = self._periods.index(chosen) if chosen in self._periods else 0
        combo.setCurrentIndex(keep if self._periods else -1)
        combo.blockSignals(False)

    def _fill_status_combo(self) -> None:
        combo = self._ui.status_combo
        chosen = max(0, combo.currentIndex())
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("Tất cả"), None)
        for status_class in CLASS_ORDER:
            combo.addItem(class_label(status_class), status_class)
        combo.setCurrentIndex(chosen)
        combo.blockSignals(False)

    def _load_rows(self) -> None:
        period = self.current_period()
        if self._plan is None or period is None:
            self._model.set_rows([])
            return
        self._model.set_rows(self._tracking.tracking_rows(self._plan.id, period, self._today()))

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self._load_rows()

    def _on_status_combo_current_index_changed(self, index: int) -> None:
        self._model.set_status_class(self._ui.status_combo.itemData(index))

    def _on_search_edit_text_changed(self, text: str) -> None:
        self._model.set_filter(text)

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
        chosen = self.current_period()
        self._fill_period_combo(chosen)
        self._model.retranslate()
        self._update_texts()
