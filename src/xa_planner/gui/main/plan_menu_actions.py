"""The Kế hoạch menu's document actions: export, print preview and the plan's prose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton

from xa_planner.localization import _, ngettext

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


class PlanMenuActions(QObject):
    """Wires the five document actions of the main window's form to their dialogs."""

    def __init__(self, window: QMainWindow, ui, workspace, folder: ExportFolder) -> None:
        super().__init__(window)
        self._window = window
        self._ui = ui
        self._plans = workspace.plans
        self._workspace = workspace
        self._folder = folder
        self._last_folder: Path | None = None
        self._open_folder_button = self._build_open_folder_button()
        self._connect()
        ui.plan_menu.setToolTipsVisible(True)
        window.installEventFilter(self)
        self.update_enabled()

    def _connect(self) -> None:
        ui = self._ui
        ui.export_plan_action.triggered.connect(lambda: self.export("plan"))
        ui.export_appendix_action.triggered.connect(lambda: self.export("appendix"))
        ui.print_plan_action.triggered.connect(lambda: self.preview("plan"))
        ui.print_appendix_action.triggered.connect(lambda: self.preview("appendix"))
        ui.plan_text_action.triggered.connect(self.edit_text)
        ui.plan_menu.aboutToShow.connect(self.update_enabled)
        ui.nav_list.currentRowChanged.connect(self.update_enabled)
        ui.status_bar.messageChanged.connect(self._on_status_message_changed)

    def actions(self):
        ui = self._ui
        return (ui.export_plan_action, ui.export_appendix_action, ui.print_plan_action,
                ui.print_appendix_action, ui.plan_text_action)

    def update_enabled(self, *_args) -> None:
        """The actions need a plan: disabled, with the reason as tooltip, until one exists."""
        has_plan = self._plans.current_plan() is not None
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
        plan_export = self._workspace.plan_export
        from xa_planner.gui.plan.export_dialog import ExportDialog  # loaded on first use
        dialog = ExportDialog(plan_export, plan_id, kind, self._folder.get(), self._window)
        dialog.exec()
        if dialog.written_folder() is not None:
            self._announce(dialog.written_folder(), dialog.written_files())

    def preview(self, kind: str) -> None:
        plan_id = self._plan_id()
        if plan_id is not None:
            from xa_planner.gui.widgets.print_preview_dialog import (
                PrintPreviewDialog,  # loaded on first use
            )
            PrintPreviewDialog.ask(self._window, self._workspace.plan_export, plan_id, kind,
                                   on_save=lambda: self.export(kind))

    def edit_text(self) -> None:
        plan_id = self._plan_id()
        from xa_planner.gui.plan.plan_text_dialog import PlanTextDialog  # loaded on first use
        if plan_id is not None and PlanTextDialog.ask(self._window, self._workspace.plan_export, plan_id):
            self._ui.status_bar.showMessage(_("Đã lưu nội dung kế hoạch."), NOTICE_MS // 2)

    # --- the status bar notice -------------------------------------------------------------
    def _build_open_folder_button(self) -> QPushButton:
        button = QPushButton(self._window)
        button.setFlat(True)
        button.hide()
        button.clicked.connect(self._on_open_folder_button_clicked)
        self._ui.status_bar.addPermanentWidget(button)
        return button

    def _announce(self, folder: Path, files: list[Path]) -> None:
        self._folder.set(folder)
        self._last_folder = folder
        message = ngettext(
            "Đã xuất {count} tệp vào {folder}.", "Đã xuất {count} tệp vào {folder}.", len(files)
        ).format(count=len(files), folder=folder)
        self._ui.status_bar.showMessage(message, NOTICE_MS)
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
