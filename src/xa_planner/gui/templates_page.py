"""TemplatesPage: the provincial plans imported into the workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.templates_page_ui import Ui_TemplatesPage
from xa_planner.gui.page import Page
from xa_planner.gui.table_views import configure_table
from xa_planner.gui.templates_table_model import TemplatesTableModel
from xa_planner.localization import _


class TemplatesPage(Page):
    def __init__(self, template_service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates = template_service
        self._ui = Ui_TemplatesPage()
        self._ui.setupUi(self)
        self._model = TemplatesTableModel(self)
        configure_table(
            self._ui.templates_table, self._model, sortable=True, stretch_column=2, widths={0: 130, 1: 110}
        )
        self._model.modelReset.connect(self._update_texts)

    @property
    def model(self) -> TemplatesTableModel:
        return self._model

    def refresh(self) -> None:
        self._model.set_rows(self._templates.templates())

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

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._model.retranslate()
        self._update_texts()
