"""SheetsExportDialog: write the month's office sheets to a folder, then show the files written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from xa_planner.gui.forms.sheets_export_dialog_ui import Ui_SheetsExportDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.period_combo import combo_period, fill_period_combo, offered_periods
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import _, ngettext
from xa_planner.services.errors import ServiceError

if TYPE_CHECKING:
    from xa_planner.services.commune_service import CommuneService
    from xa_planner.services.plan_service import PlanService
    from xa_planner.services.sheet_service import SheetService
    from xa_planner.services.tracking_service import TrackingService


def sheet_recipients(plan_rows: Sequence, offices: Sequence) -> list[str]:
    """Active offices that lead or support a task of the plan, in the offices' order."""
    involved = {row.lead_office_id for row in plan_rows}
    for row in plan_rows:
        involved.update(row.support_office_ids)
    return [o.full_name for o in offices if o.id in involved and not o.retired]


def error_text(err: Exception) -> str:
    if isinstance(err, ServiceError):
        return str(err)
    return _("Không ghi được phiếu: {error}").format(error=err)


class SheetsExportDialog(TranslatedDialog):
    """Receives the sheet service, the tracking service (the months) and what names the recipients."""

    _ui: Ui_SheetsExportDialog

    def __init__(self, sheets: SheetService, tracking: TrackingService, plans: PlanService,
                 commune: CommuneService, start_dir: Path, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheets = sheets
        self._recipients = self._recipients_of(plans, commune)
        self._written: list[Path] = []
        self._folder: Path | None = None
        self._ui = Ui_SheetsExportDialog()
        self._ui.setupUi(self)
        self._periods, self._reporting = offered_periods(tracking, today)
        due = self._reporting.period
        fill_period_combo(self._ui.period_combo, self._periods, due, self._reporting)
        self._ui.folder_edit.setText(str(start_dir))
        self._ui.open_folder_button.hide()
        self._connect()
        self._fill_list()

    @staticmethod
    def _recipients_of(plans: PlanService, commune: CommuneService) -> list[str]:
        plan = plans.current_plan()
        rows = plans.plan_rows(plan.id) if plan is not None else []
        return sheet_recipients(rows, commune.offices(include_retired=False))

    def _connect(self) -> None:
        ui = self._ui
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        ui.close_button.clicked.connect(self.reject)

    def written_files(self) -> list[Path]:
        return list(self._written)

    def written_folder(self) -> Path | None:
        return self._folder

    # --- texts -------------------------------------------------------------------------
    def _fill_list(self) -> None:
        ui = self._ui
        ui.items_list.clear()
        if self._written:
            ui.list_label.setText(ngettext(
                "Đã ghi {count} phiếu vào {folder}:", "Đã ghi {count} phiếu vào {folder}:", len(self._written)
            ).format(count=len(self._written), folder=self._folder))
            ui.items_list.addItems([p.name for p in self._written])
            return
        if not self._recipients:
            ui.list_label.setText(_("Chưa có đơn vị nào được giao nhiệm vụ nên chưa có phiếu để gửi."))
        else:
            ui.list_label.setText(ngettext(
                "{count} đơn vị sẽ nhận phiếu:", "{count} đơn vị sẽ nhận phiếu:", len(self._recipients)
            ).format(count=len(self._recipients)))
        ui.items_list.addItems(self._recipients)
        ui.export_button.setEnabled(bool(self._recipients))

    # --- actions -----------------------------------------------------------------------
    def _on_browse_button_clicked(self) -> None:
        folder = prompts.choose_export_folder(self, Path(self._ui.folder_edit.text().strip()))
        if folder is not None:
            self._ui.folder_edit.setText(str(folder))

    def _on_export_button_clicked(self) -> None:
        text = self._ui.folder_edit.text().strip()
        period = combo_period(self._ui.period_combo)
        if not text or period is None:
            self._ui.status_label.setText(_("Hãy chọn tháng và thư mục."))
            return
        folder = Path(text).expanduser()
        self._set_busy(True)
        sheets = self._sheets
        run_in_background(lambda: sheets.export_month(period, folder),
                          lambda written: self._on_written(folder, written), self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self._ui.status_label.setText(_("Đang ghi phiếu…") if busy else "")
        for widget in (self._ui.export_button, self._ui.close_button, self._ui.period_combo,
                       self._ui.folder_edit, self._ui.browse_button):
            widget.setEnabled(not busy)

    def _on_written(self, folder: Path, written: list[Path]) -> None:
        self._set_busy(False)
        self._folder, self._written = folder, list(written)
        for widget in (self._ui.export_button, self._ui.period_combo, self._ui.folder_edit,
                       self._ui.browse_button):
            widget.setEnabled(False)
        self._ui.open_folder_button.show()
        self._ui.close_button.setDefault(True)
        self._fill_list()

    def _on_failed(self, err: Exception) -> None:
        self._set_busy(False)
        prompts.show_error(self, error_text(err), _("Không gửi được phiếu"))

    def _on_open_folder_button_clicked(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def reject(self) -> None:
        if self._ui.close_button.isEnabled():  # not while the sheets are being written
            super().reject()

    def retranslate(self) -> None:
        super().retranslate()
        chosen = combo_period(self._ui.period_combo) or self._reporting.period
        fill_period_combo(self._ui.period_combo, self._periods, chosen, self._reporting)
        self._fill_list()
