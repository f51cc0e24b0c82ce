"""The Báo cáo menu's actions: office sheets out and back, the monthly report, the province's consolidation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from xa_planner.gui.main.plan_menu_actions import NOTICE_MS, ExportFolder
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.localization import _, ngettext
from xa_planner.services.errors import ServiceError
from xa_planner.services.sheet_views import ImportPreview, ImportSummary

if TYPE_CHECKING:
    from xa_planner.services.commune_service import CommuneService
    from xa_planner.services.plan_service import PlanService
    from xa_planner.services.report_service import ReportService
    from xa_planner.services.sheet_service import SheetService
    from xa_planner.services.tracking_service import TrackingService


def import_message(summary: ImportSummary) -> str:
    return ngettext(
        "Đã nhập {count} phiếu: {tasks} nhiệm vụ và {indicators} chỉ tiêu được cập nhật.",
        "Đã nhập {count} phiếu: {tasks} nhiệm vụ và {indicators} chỉ tiêu được cập nhật.",
        summary.sheets_applied,
    ).format(count=summary.sheets_applied, tasks=summary.tasks_changed, indicators=summary.indicators_changed)


@dataclass(frozen=True)
class ReportMenu:
    """The Báo cáo menu's four actions, and the status bar their progress goes to."""

    menu: QMenu
    send_sheets: QAction
    import_sheets: QAction
    monthly_report: QAction
    aggregate_reports: QAction
    status_bar: QStatusBar


@dataclass(frozen=True)
class ReportMenuServices:
    """What the Báo cáo actions use; the sheet and report services are built on first use."""

    plans: PlanService
    tracking: TrackingService
    commune: CommuneService
    sheets: Callable[[], SheetService]
    reports: Callable[[], ReportService]


class ReportMenuActions(QObject):
    """Wires the four Báo cáo actions to their dialogs; *data_changed* refreshes the pages."""

    def __init__(self, window: QWidget, menu: ReportMenu, services: ReportMenuServices, folder: ExportFolder,
                 today: Callable[[], dt.date], data_changed: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._menu, self._services = window, menu, services
        self._folder, self._today, self._data_changed = folder, today, data_changed
        menu.send_sheets.triggered.connect(self.send_sheets)
        menu.import_sheets.triggered.connect(self.import_sheets)
        menu.monthly_report.triggered.connect(self.monthly_report)
        menu.aggregate_reports.triggered.connect(self.aggregate_reports)
        menu.menu.aboutToShow.connect(self.update_enabled)
        menu.menu.setToolTipsVisible(True)
        window.installEventFilter(self)
        self.update_enabled()

    def plan_actions(self) -> tuple[QAction, ...]:
        menu = self._menu
        return (menu.send_sheets, menu.import_sheets, menu.monthly_report)

    def update_enabled(self) -> None:
        """Sheets and the report need the commune's plan; the consolidation needs no workspace data."""
        has_plan = self._services.plans.has_plan()
        reason = "" if has_plan else _("Chưa có kế hoạch của xã; hãy lập kế hoạch trước.")
        for action in self.plan_actions():
            action.setEnabled(has_plan)
            action.setToolTip(reason)

    # --- the actions -----------------------------------------------------------------------
    def send_sheets(self) -> None:
        from xa_planner.gui.tracking.sheets_export_dialog import (
            SheetsExportDialog,  # loaded on first use
        )
        services = self._services
        dialog = SheetsExportDialog(services.sheets(), services.tracking, services.plans, services.commune,
                                    self._folder.get(), self._today(), self._window)
        dialog.exec()
        folder = dialog.written_folder()
        if folder is not None:
            self._folder.set(folder)
            self._data_changed()  # the home page lists the offices whose sheets are out

    def import_sheets(self) -> None:
        paths = prompts.choose_sheet_files(self._window, self._folder.get())
        if not paths:
            return
        self._set_busy(True, _("Đang đọc phiếu của các đơn vị…"))
        sheets = self._services.sheets()
        run_in_background(lambda: sheets.preview_import(paths), self._on_previewed, self._on_failed)

    def _on_previewed(self, preview: ImportPreview) -> None:
        self._set_busy(False)
        from xa_planner.gui.tracking.sheets_import_dialog import (
            SheetsImportDialog,  # loaded on first use
        )
        confirmed = SheetsImportDialog.ask(self._window, preview)
        if confirmed is None or not preview.accepted:
            return
        self._set_busy(True, _("Đang nhập phiếu…"))
        sheets = self._services.sheets()
        run_in_background(lambda: sheets.apply_import(preview, confirmed.tasks, confirmed.indicators),
                          self._on_applied, self._on_failed)

    def _on_applied(self, summary: ImportSummary) -> None:
        self._set_busy(False)
        self._data_changed()
        self._menu.status_bar.showMessage(import_message(summary), NOTICE_MS)

    def _on_failed(self, err: Exception) -> None:
        self._set_busy(False)
        message = str(err) if isinstance(err, ServiceError) else _(
            "Không nhập được phiếu: {error}").format(error=err)
        prompts.show_error(self._window, message, _("Không nhập được phiếu"))

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._menu.import_sheets.setDisabled(busy)
        if busy:
            self._menu.status_bar.showMessage(message)
        else:
            self._menu.status_bar.clearMessage()

    def monthly_report(self) -> None:
        from xa_planner.gui.reports.report_dialog import ReportDialog  # loaded on first use
        if ReportDialog.ask(self._window, self._services.reports(), self._services.tracking, self._folder,
                            self._today()):
            self._data_changed()  # the sent month is now closed

    def aggregate_reports(self) -> None:
        # Province-level work, rare on a commune PC: its workbook code loads only when used.
        from xa_planner.gui.reports.aggregate_dialog import AggregateDialog

        AggregateDialog.ask(self._window, self._folder.get())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.update_enabled()
        return False
