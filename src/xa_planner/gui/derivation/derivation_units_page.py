"""The derivation wizard's third page: each provincial unit of the chosen tasks → a commune office."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWizardPage

from xa_planner.gui.derivation.derivation_choices import DerivationChoices
from xa_planner.gui.derivation.derivation_units_model import DerivationUnitsModel
from xa_planner.gui.forms.derivation_units_page_ui import Ui_DerivationUnitsPage
from xa_planner.gui.widgets.office_choice_delegate import OfficeChoiceDelegate
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import _, format_number


class DerivationUnitsPage(QWizardPage):
    _ui: Ui_DerivationUnitsPage

    def __init__(self, derivation, commune, state: DerivationChoices, parent=None) -> None:
        super().__init__(parent)
        self._derivation = derivation
        self._commune = commune
        self._state = state
        self._ui = Ui_DerivationUnitsPage()
        self._ui.setupUi(self)
        self._model = DerivationUnitsModel(self)
        table = self._ui.units_table
        configure_table(table, self._model, widths={0: 300, 1: 300})
        table.setItemDelegateForColumn(DerivationUnitsModel.OFFICE_COLUMN, OfficeChoiceDelegate(table))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 16)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._model.dataChanged.connect(self._update_count)
        self._model.modelReset.connect(self._on_model_reset)

    @property
    def model(self) -> DerivationUnitsModel:
        return self._model

    def initializePage(self) -> None:  # noqa: N802
        state = self._state
        units = self._derivation.unit_choices(state.template_id, state.chosen_positions())
        self._model.set_units(units, self._commune.offices(include_retired=False), state.mapping)

    def _on_model_reset(self) -> None:
        table = self._ui.units_table
        for row in range(self._model.rowCount()):  # the combos stay open: every choice is visible
            table.openPersistentEditor(self._model.index(row, DerivationUnitsModel.OFFICE_COLUMN))
        self._update_count()

    def _update_count(self, *_args) -> None:
        unmapped = self._model.unmapped_units()
        text = _("{total} cơ quan của tỉnh; {unmapped} chưa giao cho đơn vị nào của xã.").format(
            total=format_number(self._model.rowCount()), unmapped=format_number(len(unmapped))
        )
        self._ui.count_label.setText(text)

    def validatePage(self) -> bool:  # noqa: N802
        self._state.mapping = self._model.changes()
        self._state.unit_names = {k: v for k, v in self._model.unit_names().items() if k in self._state.mapping}
        return True

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._model.retranslate()
        self._update_count()
