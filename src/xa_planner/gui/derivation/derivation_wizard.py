"""DerivationWizard: from a provincial template to the commune's own plan, in four pages (five when deadlines fall before the plan's year)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from xa_planner.gui.derivation.derivation_choices import DerivationChoices
from xa_planner.gui.derivation.derivation_deadlines_page import DerivationDeadlinesPage
from xa_planner.gui.derivation.derivation_identity_page import DerivationIdentityPage
from xa_planner.gui.derivation.derivation_preview_page import DerivationPreviewPage
from xa_planner.gui.derivation.derivation_tasks_page import DerivationTasksPage
from xa_planner.gui.derivation.derivation_units_page import DerivationUnitsPage
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError


class DerivationWizard(QWizard):
    def __init__(self, derivation, templates, commune, template_id: int | None, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._derivation = derivation
        self._creating = False
        self.created_plan_id: int | None = None
        self.state = DerivationChoices(template_id=template_id, year=year)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(1200, 660)  # fits 1280×720 and 1366×768 less the taskbar, title bar included
        self.identity_page = DerivationIdentityPage(derivation, templates.templates(), self.state, self)
        self.tasks_page = DerivationTasksPage(self.state, lambda: self.identity_page.draft, self)
        self.units_page = DerivationUnitsPage(derivation, commune, self.state, self)
        self.deadlines_page = DerivationDeadlinesPage(derivation, self.state, self)
        self.preview_page = DerivationPreviewPage(derivation, commune, self.state, self)
        self._page_ids = {page: self.addPage(page) for page in self.pages()}
        self._translate_texts()

    @classmethod
    def ask(cls, parent: QWidget | None, derivation, templates, commune, template_id: int | None = None,
            year: int | None = None) -> int | None:
        """The id of the plan created, or None when the officer cancelled."""
        wizard = cls(derivation, templates, commune, template_id, year or dt.date.today().year, parent)
        wizard.exec()
        return wizard.created_plan_id

    def pages(self) -> tuple:
        return (self.identity_page, self.tasks_page, self.units_page, self.deadlines_page, self.preview_page)

    def nextId(self) -> int:  # noqa: N802
        """The deadlines page only when the chosen tasks have deadlines before the plan's year."""
        if self.currentPage() is self.units_page and not self.deadlines_page.has_past_deadlines():
            return self._page_ids[self.preview_page]
        return super().nextId()

    def is_creating(self) -> bool:
        return self._creating

    # --- finish: create the plan in the background --------------------------------------
    def accept(self) -> None:
        if self.created_plan_id is not None:
            super().accept()
            return
        if self._creating:
            return
        self._set_creating(True)
        state = self.state
        request = state.request()
        run_in_background(
            lambda: self._derivation.create_plan(request),
            self._on_created,
            self._on_create_failed,
        )

    def _on_created(self, result) -> None:
        self._set_creating(False)
        self.created_plan_id = result.plan_id
        super().accept()

    def _on_create_failed(self, err: Exception) -> None:
        self._set_creating(False)
        message = str(err) if isinstance(err, ServiceError) else _("Không tạo được kế hoạch: {error}").format(error=err)
        prompts.show_error(self, message)

    def _set_creating(self, creating: bool) -> None:
        self._creating = creating
        self.preview_page.set_busy(creating)
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not creating)

    def reject(self) -> None:
        if self._creating:  # a plan half-way into the database is not abandoned
            return
        # Past the first page the officer has chosen tasks and offices: ask before dropping them.
        if self.currentId() != self.startId() and not prompts.confirm_discard(self):
            return
        super().reject()

    # --- language ------------------------------------------------------------------------
    def _translate_texts(self) -> None:
        self.setWindowTitle(_("Xây dựng kế hoạch của xã"))
        for button, text in (
            (QWizard.WizardButton.BackButton, _("< &Quay lại")),
            (QWizard.WizardButton.NextButton, _("&Tiếp theo >")),
            (QWizard.WizardButton.FinishButton, _("&Tạo kế hoạch")),
            (QWizard.WizardButton.CancelButton, _("Hủy")),
        ):
            self.setButtonText(button, text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._translate_texts()
            for page in self.pages():
                page.retranslate()
        super().changeEvent(event)
