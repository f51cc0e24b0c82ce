"""IndicatorPanel: the plan's indicators for the chosen month; figures typed in place, new ones added."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from xa_planner.domain.periods import Period
from xa_planner.gui.forms.indicator_panel_ui import Ui_IndicatorPanel
from xa_planner.gui.indicators.add_indicator_dialog import AddIndicatorDialog
from xa_planner.gui.indicators.indicator_entry import EntryError, value_arguments
from xa_planner.gui.indicators.indicator_table_model import SHARE_ROLE, IndicatorTableModel
from xa_planner.gui.indicators.indicator_value_delegate import IndicatorValueDelegate
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.progress_bar_delegate import ProgressBarDelegate
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import _, format_number
from xa_planner.services.errors import ServiceError
from xa_planner.services.import_refusal_texts import import_refusal_text
from xa_planner.services.import_views import ImportRejected
from xa_planner.services.indicator_service import IndicatorService
from xa_planner.services.views import IndicatorRow

if TYPE_CHECKING:  # the workbook service loads with the first workbook read
    from xa_planner.services.indicator_workbook_service import IndicatorWorkbookService

_WIDTHS = {0: 44, 1: 380, 2: 90, 3: 130, 4: 110, 5: 110, 6: 110, 7: 170, 8: 190}
_EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class IndicatorPanel(QWidget):
    """attach() gives it the indicator service; show_month() loads a month (read-only when locked)."""

    _ui: Ui_IndicatorPanel

    indicators_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._indicators: IndicatorService | None = None
        self._workbook: Callable[[], IndicatorWorkbookService] | None = None  # built on first use
        self._workbook_dir = Path.home()
        self._plan_id: int | None = None
        self._period: Period | None = None
        self._read_only = False
        self._ui = Ui_IndicatorPanel()
        self._ui.setupUi(self)
        self._model = IndicatorTableModel(self)
        view = self._ui.indicator_table
        configure_table(view, self._model, sortable=True, stretch_column=1, widths=_WIDTHS)
        view.setEditTriggers(_EDIT_TRIGGERS)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setItemDelegate(IndicatorValueDelegate(view))
        view.setItemDelegateForColumn(IndicatorTableModel.PROGRESS_COLUMN, ProgressBarDelegate(SHARE_ROLE, view))
        # Queued: the figure is stored after the editor has closed, never inside setData.
        self._model.value_entered.connect(self._on_model_value_entered, Qt.ConnectionType.QueuedConnection)
        self._ui.add_button.clicked.connect(self._on_add_button_clicked)
        self._ui.workbook_button.clicked.connect(self._on_workbook_button_clicked)

    @property
    def model(self) -> IndicatorTableModel:
        return self._model

    def attach(self, indicator_service, workbook_service=None) -> None:
        """*workbook_service* is a callable giving the indicator workbook service (built lazily)."""
        self._indicators, self._workbook = indicator_service, workbook_service

    def show_month(self, plan_id: int | None, period: Period | None, read_only: bool) -> None:
        self._plan_id, self._period, self._read_only = plan_id, period, read_only
        self._model.set_read_only(read_only)
        self._ui.add_button.setEnabled(self._indicators is not None and plan_id is not None)
        self._ui.workbook_button.setVisible(self._workbook is not None)
        self._ui.workbook_button.setEnabled(self._workbook is not None and plan_id is not None and not read_only)
        self.reload()

    def reload(self) -> None:
        rows: list[IndicatorRow] = []
        if self._indicators is not None and self._plan_id is not None and self._period is not None:
            rows = self._indicators.indicator_rows(self._plan_id, self._period)
        self._model.set_rows(rows)
        self._update_texts()

    def _update_texts(self) -> None:
        ui, rows = self._ui, self._model.rows()
        ui.empty_label.setText(_("Kế hoạch chưa có chỉ tiêu nào. Bấm “Thêm chỉ tiêu…” để thêm."))
        ui.content_stack.setCurrentWidget(ui.indicator_table if rows else ui.empty_label)
        met = sum(1 for row in rows if row.met)
        ui.summary_label.setText(
            _("Đạt {met}/{total} chỉ tiêu").format(met=format_number(met), total=format_number(len(rows)))
            if rows
            else ""
        )

    def _on_model_value_entered(self, row: IndicatorRow, column: int, text: str) -> None:
        try:
            arguments = value_arguments(row, column, text)
            assert self._indicators is not None and self._period is not None, "rows are shown for a month"
            self._indicators.set_value(row.indicator.id, self._period, **arguments)
        except (EntryError, ServiceError) as err:
            prompts.show_error(self, str(err))
        self.reload()
        self.indicators_changed.emit()

    def _on_add_button_clicked(self) -> None:
        assert self._indicators is not None and self._plan_id is not None, "the button is enabled for a plan"
        if AddIndicatorDialog.ask(self, self._indicators, self._plan_id) is not None:
            self.reload()
            self.indicators_changed.emit()

    def _on_workbook_button_clicked(self) -> None:
        path = prompts.choose_indicator_workbook(self, self._workbook_dir)
        if path is None:
            return
        self._workbook_dir = path.parent
        assert self._workbook is not None and self._period is not None, "the button shows for a month"
        service = self._workbook()
        try:
            workbook = service.preview(path)
        except ImportRejected as err:
            prompts.show_error(self, import_refusal_text(err))
            return
        indicators = [row.indicator for row in self._model.rows()]
        # The workbook reader loads when a workbook is first read, not at start-up.
        from xa_planner.gui.indicators.indicator_workbook_dialog import IndicatorWorkbookDialog

        if IndicatorWorkbookDialog.ask(self, service, path, workbook, indicators, self._period, self._plan_id):
            self.reload()
            self.indicators_changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._model.retranslate()
            self._update_texts()
        super().changeEvent(event)
