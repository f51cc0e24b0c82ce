"""PlanPage: the commune plan as a table grouped by section, with a search that ignores accents."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.plan_page_ui import Ui_PlanPage
from xa_planner.gui.page import Page
from xa_planner.gui.plan_table_model import PlanTableModel
from xa_planner.gui.table_views import configure_table
from xa_planner.localization import _, format_number
from xa_planner.services.views import PlanSummary

_WIDTHS = {0: 56, 1: 420, 2: 160, 3: 140, 4: 180, 5: 140, 6: 120, 7: 200, 8: 160}


def plan_caption(plan: PlanSummary) -> str:
    """How a plan is named in the plan picker: its number and title."""
    return f"{plan.number} — {plan.title}" if plan.number else plan.title


class PlanPage(Page):
    def __init__(self, plan_service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plans_service = plan_service
        self._plans: list[PlanSummary] = []
        self._ui = Ui_PlanPage()
        self._ui.setupUi(self)
        self._model = PlanTableModel(self)
        configure_table(self._ui.plan_table, self._model, sortable=True, widths=_WIDTHS)
        self._ui.plan_table.horizontalHeader().setStretchLastSection(True)
        self._model.modelReset.connect(self._on_model_reset)
        self._ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self._ui.plan_combo.currentIndexChanged.connect(self._on_plan_combo_current_index_changed)

    @property
    def model(self) -> PlanTableModel:
        return self._model

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
        self._load_plan(current)

    def _load_plan(self, plan: PlanSummary | None) -> None:
        self._model.set_rows(self._plans_service.plan_rows(plan.id) if plan else [])
        QTimer.singleShot(0, lambda: self._model.warm_sort_keys((PlanTableModel.CONTENT_COLUMN,)))

    def _on_plan_combo_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._plans):
            self._load_plan(self._plans[index])

    def _on_search_edit_text_changed(self, text: str) -> None:
        self._model.set_filter(text)

    def _on_model_reset(self) -> None:
        table = self._ui.plan_table
        table.clearSpans()
        for row in self._model.section_rows():
            table.setSpan(row, 0, 1, self._model.columnCount())
        self._update_texts()

    def _update_texts(self) -> None:
        ui = self._ui
        total = self._model.total_count()
        shown = self._model.task_count()
        if not self._plans:
            ui.empty_label.setText(
                _("Chưa có kế hoạch của xã. Hãy nhập kế hoạch của tỉnh, rồi xây dựng kế hoạch của xã từ kế hoạch đó.")
            )
        elif total == 0:
            ui.empty_label.setText(_("Kế hoạch này chưa có nhiệm vụ nào."))
        ui.content_stack.setCurrentWidget(ui.plan_table if total else ui.empty_label)
        ui.search_edit.setEnabled(total > 0)
        if shown == total:
            ui.count_label.setText(_("{total} nhiệm vụ").format(total=format_number(total)))
        else:
            ui.count_label.setText(
                _("{shown}/{total} nhiệm vụ").format(shown=format_number(shown), total=format_number(total))
            )

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._model.retranslate()
        self._update_texts()
