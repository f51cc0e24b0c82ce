"""The derivation wizard's second page: which of the template's tasks concern the commune."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWizardPage

from xa_planner.gui.derivation.derivation_candidates_model import DerivationCandidatesModel
from xa_planner.gui.derivation.derivation_choices import DerivationChoices
from xa_planner.gui.forms.derivation_tasks_page_ui import Ui_DerivationTasksPage
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import _, format_number

_WIDTHS = {0: 56, 1: 170, 2: 80, 3: 420, 4: 170, 5: 260}


class DerivationTasksPage(QWizardPage):
    _ui: Ui_DerivationTasksPage

    def __init__(self, state: DerivationChoices, draft_of, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self._draft_of = draft_of  # () → the identity page's current DerivationDraft
        self._shown_for: tuple | None = None
        self._ui = Ui_DerivationTasksPage()
        self._ui.setupUi(self)
        self._model = DerivationCandidatesModel(self)
        configure_table(self._ui.candidates_table, self._model, widths=_WIDTHS)
        self._ui.candidates_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._model.dataChanged.connect(self._on_checks_changed)
        self._model.modelReset.connect(self._on_checks_changed)
        ui = self._ui
        ui.check_section_button.clicked.connect(lambda: self._set_current_section(True))
        ui.uncheck_section_button.clicked.connect(lambda: self._set_current_section(False))
        ui.suggested_button.clicked.connect(self._model.restore_suggestions)
        ui.candidates_table.selectionModel().currentChanged.connect(self._update_buttons)

    @property
    def model(self) -> DerivationCandidatesModel:
        return self._model

    def initializePage(self) -> None:  # noqa: N802
        draft = self._draft_of()
        key = (draft.template_id, self._state.year)
        if key != self._shown_for:  # coming back from page 3 keeps the officer's ticks
            self._model.set_candidates(draft.candidates, self._state.choices)
            self._shown_for = key
        self._update_buttons()

    def select_row(self, row: int) -> None:
        self._ui.candidates_table.selectRow(row)

    def _set_current_section(self, checked: bool) -> None:
        section = self._model.section_of(self._ui.candidates_table.currentIndex().row())
        if section is not None:
            self._model.set_section_checked(section, checked)

    def _on_checks_changed(self, *_args) -> None:
        self._ui.count_label.setText(
            _("Đã chọn {checked}/{total} nhiệm vụ").format(
                checked=format_number(self._model.checked_count()), total=format_number(self._model.total_count())
            )
        )
        self.completeChanged.emit()

    def _update_buttons(self, *_args) -> None:
        has_row = self._ui.candidates_table.currentIndex().isValid()
        self._ui.check_section_button.setEnabled(has_row)
        self._ui.uncheck_section_button.setEnabled(has_row)

    def isComplete(self) -> bool:  # noqa: N802
        return self._model.checked_count() > 0

    def validatePage(self) -> bool:  # noqa: N802
        self._state.choices = self._model.choices()
        return True

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._model.retranslate()
        self._on_checks_changed()
