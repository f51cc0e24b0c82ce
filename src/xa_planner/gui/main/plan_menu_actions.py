"""The Kế hoạch menu's document actions: export, print preview and the plan's prose."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QPushButton, QStatusBar, QWidget

from xa_planner.localization import _, ngettext

if TYPE_CHECKING:
    from xa_planner.services.plan_export_service import PlanExportService
    from xa_planner.services.plan_service import PlanService

NOTICE_MS = 20000


class ExportFolder:
    """The last folder documents were exported to: kept in the settings when given."""

    def __init__(self, settings=None, save: Callable[[], None] | None = None) -> None:
        self._settings = settings
        self._save = save
        self._session_dir = ""

    def get(self) -> Path:
        text = self._settings.last_export_dir if self._settings is not None else self._session_dir
        folder = Path(text) if text else Path.home()
        return folder if folder.is_dir() else Path.home()

    def set(self, folder: Path) -> None:
        if self._settings is None:
            self._session_dir = str(folder)
            return
        self._settings.last_export_dir = str(folder)
        if self._save is not None:
            self._save()


@dataclass(frozen=True)
class PlanMenu:
    """The Kế hoạch menu's document actions, and the status bar their notices go to."""

    menu: QMenu
    export_plan: QAction
    export_appendix: QAction
    print_plan: QAction
    print_appendix: QAction
    plan_text: QAction
    status_bar: QStatusBar


class PlanMenuActions(QObject):
    """Wires the five document actions of the Kế hoạch menu to their dialogs.

    Receives the plan service (is there a plan?) and, built on first use, the export service.
    """

    def __init__(self, window: QWidget, menu: PlanMenu, plans: PlanService,
                 plan_export: Callable[[], PlanExportService], folder: ExportFolder) -> None:
        super().__init__(window)
        self._window = window
        self._menu = menu
        self._plans = plans
        self._plan_export = plan_export
        self._folder = folder
        self._last_folder: Path | None = None
        self._open_folder_button = self._build_open_folder_button()
        self._connect()
        menu.menu.setToolTipsVisible(True)
        window.installEventFilter(self)
        self.update_enabled()

    def _connect(self) -> None:
        menu = self._menu
        menu.export_plan.triggered.connect(lambda: self.export("plan"))
        menu.export_appendix.triggered.connect(lambda: self.export("appendix"))
        menu.print_plan.triggered.connect(lambda: self.preview("plan"))
        menu.print_appendix.triggered.connect(lambda: self.preview("appendix"))
        menu.plan_text.triggered.connect(self.edit_text)
        menu.menu.aboutToShow.connect(self.update_enabled)
        menu.status_bar.messageChanged.connect(self._on_status_message_changed)

    def actions(self) -> tuple[QAction, ...]:
        menu = self._menu
        return (menu.export_plan, menu.export_appendix, menu.print_plan, menu.print_appendix, menu.plan_text)

    def update_enabled(self, *_args) -> None:
        """The actions need a plan: disabled, with the reason as tooltip, until one exists."""
        has_plan = self._plans.has_plan()
        reason = "" if has_plan else _("Chưa có kế hoạch của xã; hãy lập kế hoạch trước.")
        for action in self.actions():
            action.setEnabled(has_plan)
            action.setToolTip(reason)  # empty: Qt shows the action's text

    def _plan_id(self) -> int | None:
        plan = self._plans.current_plan()
        return plan.id if plan is not None else None

    # --- the actions ---------------------------------------------------------------------
    def export(self, kind: str) -> None:
        plan_id = self._plan_id()
        if plan_id is None:
            return
        plan_export = self._plan_export()
        from xa_planner.gui.plan.export_dialog import ExportDialog  # loaded on first use
        dialog = ExportDialog(plan_export, plan_id, kind, self._folder.get(), self._window)
        dialog.exec()
        folder = dialog.written_folder()
        if folder is not None:
            self._announce(folder, dialog.written_files())

    def preview(self, kind: str) -> None:
        plan_id = self._plan_id()
        if plan_id is not None:
            from xa_planner.gui.widgets.print_preview_dialog import (
                PrintPreviewDialog,  # loaded on first use
            )
            PrintPreviewDialog.ask(self._window, self._plan_export(), plan_id, kind,
                                   on_save=lambda: self.export(kind))

    def edit_text(self) -> None:
        plan_id = self._plan_id()
        from xa_planner.gui.plan.plan_text_dialog import PlanTextDialog  # loaded on first use
        if plan_id is not None and PlanTextDialog.ask(self._window, self._plan_export(), plan_id):
            self._menu.status_bar.showMessage(_("Đã lưu nội dung kế hoạch."), NOTICE_MS // 2)

    # --- the status bar notice -------------------------------------------------------------
    def _build_open_folder_button(self) -> QPushButton:
        button = QPushButton(self._window)
        button.setFlat(True)
        button.hide()
        button.clicked.connect(self._on_open_folder_button_clicked)
        self._menu.status_bar.addPermanentWidget(button)
        return button

    def _announce(self, folder: Path, files: list[Path]) -> None:
        self._folder.set(folder)
        self._last_folder = folder
        message = ngettext(
            "Đã xuất {count} tệp vào {folder}.", "Đã xuất {count} tệp vào {folder}.", len(files)
        ).format(count=len(files), folder=folder)
        self._menu.status_bar.showMessage(message, NOTICE_MS)
        self._open_folder_button.setText(_("Mở thư mục"))
        self._open_folder_button.show()

    def _on_status_message_changed(self, message: str) -> None:
        if not message:
            self._open_folder_button.hide()

    def _on_open_folder_button_clicked(self) -> None:
        if self._last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_folder)))

    def last_folder(self) -> Path | None:
        return self._last_folder

    def export_folder(self) -> ExportFolder:
        """The remembered export folder, shared with the Báo cáo menu's actions."""
        return self._folder

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.update_enabled()
            if self._open_folder_button.isVisible():
                self._open_folder_button.setText(_("Mở thư mục"))
        return False
