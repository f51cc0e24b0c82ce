"""TemplatesPage: the provincial plans imported into the workspace."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.templates_page_ui import Ui_TemplatesPage
from xa_planner.gui.templates.template_update_dialog import (
    TemplateUpdateDialog,
    update_summary_text,
)
from xa_planner.gui.templates.templates_table_model import TemplatesTableModel
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.page import Page
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError


class TemplatesPage(Page):
    _ui: Ui_TemplatesPage

    import_requested = Signal()
    derive_requested = Signal(int)  # the selected template's id
    plan_updated = Signal()  # changes of an amended template were taken into the commune plan

    def __init__(self, template_service, parent: QWidget | None = None, *, plan_service=None,
                 template_updates: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self._templates = template_service
        self._plans = plan_service
        self._template_updates = template_updates  # built on first use: off the start-up path
        self._ui = Ui_TemplatesPage()
        self._ui.setupUi(self)
        self._model = TemplatesTableModel(self)
        configure_table(
            self._ui.templates_table, self._model, sortable=True, stretch_column=2, widths={0: 130, 1: 110}
        )
        self._model.modelReset.connect(self._update_texts)
        self._ui.import_button.clicked.connect(self.import_requested)
        self._ui.derive_button.clicked.connect(self._on_derive_button_clicked)
        self._ui.compare_button.clicked.connect(self._on_compare_button_clicked)
        self._ui.compare_button.setVisible(template_updates is not None)
        self._ui.templates_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._ui.templates_table.doubleClicked.connect(self._on_derive_button_clicked)

    @property
    def model(self) -> TemplatesTableModel:
        return self._model

    def refresh(self) -> None:
        self._model.set_rows(self._templates.templates())

    def selected_template_id(self) -> int | None:
        index = self._ui.templates_table.selectionModel().currentIndex()
        row = self._model.row_at(index) if index.isValid() else None
        return row.id if row else None

    def select_template(self, template_id: int) -> None:
        """Select (and scroll to) a template, e.g. the one just imported."""
        self.ensure_loaded()
        table = self._ui.templates_table
        for row in range(self._model.rowCount()):
            index = self._model.index(row, 0)
            if self._model.row_at(index).id == template_id:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                table.selectionModel().setCurrentIndex(index, flags)
                table.scrollTo(index)
                return

    def _on_derive_button_clicked(self, *_args) -> None:
        template_id = self.selected_template_id()
        if template_id is not None:
            self.derive_requested.emit(template_id)

    def _on_compare_button_clicked(self) -> None:
        template_id = self.selected_template_id()
        plan = self._plans.current_plan() if self._plans else None
        if template_id is None or self._template_updates is None:
            return
        if plan is None:
            prompts.show_info(self, _("Chưa có kế hoạch của xã để so sánh. Hãy xây dựng kế hoạch của xã trước."))
            return
        try:
            summary = TemplateUpdateDialog.ask(self, self._template_updates(), plan.id, template_id)
        except ServiceError as err:
            prompts.show_error(self, str(err))
            return
        if summary is not None:
            self.plan_updated.emit()
            prompts.show_info(self, update_summary_text(summary))

    def _update_buttons(self, *_args) -> None:
        has_selection = self.selected_template_id() is not None
        self._ui.derive_button.setEnabled(has_selection)
        self._ui.compare_button.setEnabled(has_selection)

    def _update_texts(self) -> None:
        ui = self._ui
        ui.empty_label.setText(
            _(
                "Chưa có kế hoạch nào của tỉnh trong tệp dữ liệu này. Hãy nhập kế hoạch của tỉnh "
                "(tệp .docx, .pdf, .xlsx hoặc .txt) để xây dựng kế hoạch của xã từ đó."
            )
        )
        has_rows = self._model.total_count() > 0
        ui.content_stack.setCurrentWidget(ui.templates_table if has_rows else ui.empty_label)
        if has_rows and self.selected_template_id() is None:
            ui.templates_table.selectRow(0)  # the derive button always has a template to work on
        self._update_buttons()

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._model.retranslate()
        self._update_texts()
