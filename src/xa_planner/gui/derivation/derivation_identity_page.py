"""The derivation wizard's first page: which template, which year, and the new plan's identity."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizardPage

from xa_planner.gui.derivation.derivation_choices import DerivationChoices
from xa_planner.gui.forms.derivation_identity_page_ui import Ui_DerivationIdentityPage
from xa_planner.localization import format_date
from xa_planner.services.views import TemplateSummary

_NO_DATE = QDate(1999, 12, 31)  # the date edit's minimum, shown as "(chưa ban hành)"


_CAPTION_TITLE_LENGTH = 90  # a province's title runs to 250 characters; the tooltip shows it whole


def template_caption(template: TemplateSummary) -> str:
    """"113/KH-UBND — 30/01/2026 — Triển khai thực hiện …", short enough for a 1280-wide screen."""
    title = " ".join(template.title.split())
    if len(title) > _CAPTION_TITLE_LENGTH:
        cut = title.rfind(" ", 0, _CAPTION_TITLE_LENGTH)
        title = title[: cut if cut > 0 else _CAPTION_TITLE_LENGTH].rstrip(" ,;") + "…"
    parts = [template.doc_number, format_date(template.doc_date) if template.doc_date else "", title]
    return " — ".join(part for part in parts if part)


class DerivationIdentityPage(QWizardPage):
    """Title and directing document follow the template and year until the officer types their own."""

    _ui: Ui_DerivationIdentityPage

    def __init__(self, derivation, templates: list[TemplateSummary], state: DerivationChoices, parent=None) -> None:
        super().__init__(parent)
        self._derivation = derivation
        self._state = state
        self._draft = None
        self._ui = Ui_DerivationIdentityPage()
        self._ui.setupUi(self)
        for template in templates:
            self._ui.template_combo.addItem(template_caption(template), template.id)
            self._ui.template_combo.setItemData(self._ui.template_combo.count() - 1, template.title, Qt.ItemDataRole.ToolTipRole)
        ui = self._ui
        ui.year_spin.setValue(state.year)
        ui.issued_date_edit.setDate(_NO_DATE)
        found = ui.template_combo.findData(state.template_id)
        ui.template_combo.setCurrentIndex(max(found, 0))
        self._auto_title = self._auto_doc = ""
        self._reload_draft()
        ui.template_combo.currentIndexChanged.connect(self._reload_draft)
        ui.year_spin.valueChanged.connect(self._reload_draft)
        ui.title_edit.textChanged.connect(self.completeChanged)
        ui.title_edit.textChanged.connect(self._show_title_warnings)

    @property
    def draft(self):
        """The template's DerivationDraft for the chosen year (candidates and defaults)."""
        return self._draft

    def _reload_draft(self, *_args) -> None:
        ui = self._ui
        template_id = ui.template_combo.currentData()
        self._draft = self._derivation.draft(template_id, ui.year_spin.value()) if template_id is not None else None
        if self._draft is None:
            return
        if ui.title_edit.text() in ("", self._auto_title):
            ui.title_edit.setText(self._draft.default_title)
            ui.title_edit.setCursorPosition(0)  # a long title shows its beginning
        if ui.directing_doc_edit.text() in ("", self._auto_doc):
            ui.directing_doc_edit.setText(self._draft.default_directing_doc)
            ui.directing_doc_edit.setCursorPosition(0)
        self._auto_title, self._auto_doc = self._draft.default_title, self._draft.default_directing_doc
        self._show_title_warnings()

    def _show_title_warnings(self, *_args) -> None:
        """The draft's warnings about the proposed title, while the officer has not rewritten it."""
        label = self._ui.title_warning_label
        warnings = self._draft.title_warnings if self._draft is not None else ()
        shown = warnings if self._ui.title_edit.text() == self._auto_title else ()
        label.setText("\n".join(shown))
        label.setVisible(bool(shown))

    def isComplete(self) -> bool:  # noqa: N802
        return self._draft is not None and bool(self._ui.title_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        ui, state = self._ui, self._state
        template_id = ui.template_combo.currentData()
        if template_id != state.template_id:
            state.choices.clear()  # another template: its tasks, suggestions and units start afresh
            state.mapping.clear()
            state.commune_wording_for.clear()
        date = ui.issued_date_edit.date()
        state.template_id = template_id
        state.year = ui.year_spin.value()
        state.title = " ".join(ui.title_edit.text().split())
        state.number = ui.number_edit.text().strip()
        state.issued_on = None if date <= _NO_DATE else dt.date(date.year(), date.month(), date.day())
        state.directing_doc = ui.directing_doc_edit.text().strip()
        return True

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
