"""The derivation wizard's page for deadlines set before the plan's year: move them into it, or keep them."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWizardPage

from xa_planner.gui.derivation.derivation_choices import DerivationChoices
from xa_planner.gui.derivation.derivation_deadlines_model import DerivationDeadlinesModel
from xa_planner.gui.forms.derivation_deadlines_page_ui import Ui_DerivationDeadlinesPage
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import format_number, ngettext

_WIDTHS = {0: 70, 1: 520, 2: 150, 3: 150}


class DerivationDeadlinesPage(QWizardPage):
    """Shown only when the chosen tasks have such deadlines; moving them is the default, so that
    no task of a new plan is overdue the day it is made unless the officer says so."""

    _ui: Ui_DerivationDeadlinesPage

    def __init__(self, derivation, state: DerivationChoices, parent=None) -> None:
        super().__init__(parent)
        self._derivation = derivation
        self._state = state
        self._found_for: tuple | None = None
        self._ui = Ui_DerivationDeadlinesPage()
        self._ui.setupUi(self)
        self._model = DerivationDeadlinesModel(self)
        configure_table(self._ui.deadlines_table, self._model, widths=_WIDTHS)
        self._ui.deadlines_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    @property
    def model(self) -> DerivationDeadlinesModel:
        return self._model

    def has_past_deadlines(self) -> bool:
        """Do the tasks chosen so far have deadlines before the plan's year?  (Asked by the wizard
        to decide whether this page is shown; the answer is kept until the choices change.)"""
        state = self._state
        if state.template_id is None:
            return False
        key = (state.template_id, state.year, tuple(state.chosen_positions()))
        if key != self._found_for:
            result = self._derivation.preview(state.request())
            self._model.set_rows(result.past_deadlines)
            self._found_for = key
        return self._model.total_count() > 0

    def initializePage(self) -> None:  # noqa: N802
        self.has_past_deadlines()
        self._ui.shift_radio.setChecked(self._state.shift_past_deadlines)
        self._ui.keep_radio.setChecked(not self._state.shift_past_deadlines)
        self._update_summary()

    def shift_chosen(self) -> bool:
        return self._ui.shift_radio.isChecked()

    def choose(self, shift: bool) -> None:
        (self._ui.shift_radio if shift else self._ui.keep_radio).setChecked(True)

    def _update_summary(self) -> None:
        count = self._model.total_count()
        text = ngettext(
            "{n} nhiệm vụ có thời hạn trước năm {year}. Dời sang năm {year} (cùng ngày, tháng) "
            "hay giữ nguyên?",
            "{n} nhiệm vụ có thời hạn trước năm {year}. Dời sang năm {year} (cùng ngày, tháng) "
            "hay giữ nguyên?",
            count,
        )
        self._ui.summary_label.setText(text.format(n=format_number(count), year=self._state.year))

    def validatePage(self) -> bool:  # noqa: N802
        self._state.shift_past_deadlines = self.shift_chosen()
        return True

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._model.retranslate()
        self._update_summary()
