"""MainWindow: the menus, the page navigation and the status bar; it wires actions to pages and dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from xa_planner.gui.forms import resources_rc  # noqa: F401 — registers the icons
from xa_planner.gui.forms.main_window_ui import Ui_MainWindow
from xa_planner.gui.main.home_page import HomePage
from xa_planner.gui.main.lazy_pages import LazyPages
from xa_planner.gui.main.plan_menu_actions import ExportFolder, PlanMenu, PlanMenuActions
from xa_planner.gui.main.report_menu_actions import (
    ReportMenu,
    ReportMenuActions,
    ReportMenuServices,
)
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.page import Page
from xa_planner.gui.workspace.maintenance_table_models import format_moment
from xa_planner.localization import _
from xa_planner.services.errors import ServiceError

if TYPE_CHECKING:
    from xa_planner.gui.plan.plan_page import PlanPage
    from xa_planner.gui.templates.template_import_flow import TemplateImportFlow
    from xa_planner.gui.templates.templates_page import TemplatesPage
    from xa_planner.gui.tracking.tracking_page import TrackingPage

_PAGE_ICONS = (":/icons/home.svg", ":/icons/plan.svg", ":/icons/tracking.svg", ":/icons/templates.svg")
HOME, PLAN, TRACKING, TEMPLATES = range(4)


STATUS_MESSAGE_MS = 8000  # how long a confirmation stays in the status bar


class MainWindow(QMainWindow):
    """Receives the open workspace's services; asks the composition root for workspace-level changes."""

    _ui: Ui_MainWindow

    language_chosen = Signal(str)
    workspace_open_requested = Signal(Path)
    workspace_create_requested = Signal(Path)
    workspace_reopen_requested = Signal()
    shared_database_chosen = Signal(str)  # a PostgreSQL URL without password, or "" for the file

    def __init__(self, workspace, language: str, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None, export_folder: ExportFolder | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self._template_import: TemplateImportFlow | None = None  # built when a province plan is first imported
        self._ui = Ui_MainWindow()
        self._ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self.home_page = HomePage(workspace.home, today)
        self._pages = LazyPages(self._ui.page_stack, (lambda: self.home_page, self._build_plan_page,
                                                      self._build_tracking_page, self._build_templates_page))
        for row, icon in enumerate(_PAGE_ICONS):
            self._ui.nav_list.item(row).setIcon(QIcon(icon))
        self._build_status_bar()
        self._build_language_actions(language)
        self._connect_actions()
        self._build_menu_actions(workspace, export_folder or ExportFolder())
        self._ui.nav_list.setCurrentRow(HOME)
        self._update_status_bar()

    # --- construction ------------------------------------------------------------------
    def pages(self) -> tuple[Page, ...]:
        """The pages built so far: the others are built, fresh, when first shown."""
        return self._pages.built()

    # The pages behind Kế hoạch, Theo dõi and Mẫu của tỉnh are built on first use (start-up).
    @property
    def plan_page(self) -> PlanPage:
        return cast("PlanPage", self._pages.page(PLAN))

    @property
    def tracking_page(self) -> TrackingPage:
        return cast("TrackingPage", self._pages.page(TRACKING))

    @property
    def templates_page(self) -> TemplatesPage:
        return cast("TemplatesPage", self._pages.page(TEMPLATES))

    # Each page's module (its form, models, delegates) is imported when the page is first built.
    def _build_plan_page(self) -> PlanPage:
        from xa_planner.gui.plan.plan_page import PlanPage

        ws = self._workspace
        page = PlanPage(ws.plans, ws.editing, ws.commune, self._today)
        page.derive_requested.connect(lambda: self._on_derive_plan_action_triggered())
        return page

    def _build_tracking_page(self) -> TrackingPage:
        from xa_planner.gui.tracking.tracking_page import TrackingPage

        ws = self._workspace
        return TrackingPage(ws.tracking, ws.plans, self._today, indicator_service=ws.indicators,
                            indicator_workbook=lambda: ws.indicator_workbook)

    def _build_templates_page(self) -> TemplatesPage:
        from xa_planner.gui.templates.templates_page import TemplatesPage

        ws = self._workspace
        page = TemplatesPage(ws.templates, plan_service=ws.plans,
                             template_updates=lambda: ws.template_updates)
        page.import_requested.connect(self._on_import_plan_action_triggered)
        page.derive_requested.connect(self._on_derive_plan_action_triggered)
        page.plan_updated.connect(self._mark_pages_stale)
        return page

    def _build_menu_actions(self, workspace, folder: ExportFolder) -> None:
        """The Kế hoạch and Báo cáo menus' document actions, each given the services it uses."""
        ui = self._ui
        plan_menu = PlanMenu(ui.plan_menu, ui.export_plan_action, ui.export_appendix_action,
                             ui.print_plan_action, ui.print_appendix_action, ui.plan_text_action, ui.status_bar)
        self.plan_documents = PlanMenuActions(self, plan_menu, workspace.plans, lambda: workspace.plan_export, folder)
        ui.nav_list.currentRowChanged.connect(self.plan_documents.update_enabled)
        report_menu = ReportMenu(ui.report_menu, ui.send_sheets_action, ui.import_sheets_action,
                                 ui.monthly_report_action, ui.aggregate_reports_action, ui.status_bar)
        services = ReportMenuServices(workspace.plans, workspace.tracking, workspace.commune,
                                      sheets=lambda: workspace.sheets, reports=lambda: workspace.reports)
        self.report_documents = ReportMenuActions(self, report_menu, services, folder, self._today,
                                                  self._mark_pages_stale)

    def _build_status_bar(self) -> None:
        self._commune_label = QLabel(self)
        self._workspace_label = QLabel(self)
        self._workspace_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._ui.status_bar.addWidget(self._commune_label)
        self._read_only_label = QLabel(self)
        self._read_only_label.setObjectName("read_only_label")  # styled as a banner (style.qss)
        self._read_only_label.setVisible(self._workspace.read_only)
        self._ui.status_bar.addPermanentWidget(self._read_only_label)
        self._ui.status_bar.addPermanentWidget(self._workspace_label)

    def _build_language_actions(self, language: str) -> None:
        group = QActionGroup(self)
        for action, code in ((self._ui.vietnamese_action, "vi"), (self._ui.english_action, "en")):
            group.addAction(action)
            action.setData(code)
            action.setChecked(code == language)
        group.triggered.connect(lambda action: self.language_chosen.emit(action.data()))

    def _connect_actions(self) -> None:
        ui = self._ui
        ui.nav_list.currentRowChanged.connect(self._pages.show)
        for action, page in (
            (ui.show_home_action, HOME),
            (ui.show_plan_action, PLAN),
            (ui.show_tracking_action, TRACKING),
            (ui.show_month_progress_action, TRACKING),
            (ui.show_templates_action, TEMPLATES),
        ):
            action.triggered.connect(lambda _checked=False, page=page: self.show_page(page))
        ui.open_workspace_action.triggered.connect(self._on_open_workspace_action_triggered)
        ui.new_workspace_action.triggered.connect(self._on_new_workspace_action_triggered)
        ui.backup_now_action.triggered.connect(self._on_backup_now_action_triggered)
        ui.export_workspace_action.triggered.connect(self._on_export_workspace_action_triggered)
        ui.restore_backup_action.triggered.connect(self._on_restore_backup_action_triggered)
        ui.check_data_action.triggered.connect(self._on_check_data_action_triggered)
        ui.import_plan_action.triggered.connect(self._on_import_plan_action_triggered)
        ui.derive_plan_action.triggered.connect(lambda: self._on_derive_plan_action_triggered())
        ui.quit_action.triggered.connect(self.close)
        ui.commune_profile_action.triggered.connect(self.edit_commune_profile)
        ui.offices_action.triggered.connect(self._on_offices_action_triggered)
        ui.shared_database_action.triggered.connect(self._on_shared_database_action_triggered)
        ui.audit_log_action.triggered.connect(self._on_audit_log_action_triggered)
        ui.about_action.triggered.connect(self._on_about_action_triggered)
        ui.help_guide_action.triggered.connect(self._on_help_guide_action_triggered)

    # --- navigation and state ----------------------------------------------------------
    def show_page(self, index: int) -> None:
        self._ui.nav_list.setCurrentRow(index)

    def current_page(self) -> Page:
        return cast(Page, self._ui.page_stack.currentWidget())  # every slot shown holds a built page

    def menu_titles(self) -> list[str]:
        return [action.text() for action in self._ui.menu_bar.actions()]

    def _update_status_bar(self) -> None:
        profile = self._workspace.commune.profile()
        commune = profile.commune_name or _("chưa có tên xã")
        self._commune_label.setText(_("Xã: {name}").format(name=commune))
        self._workspace_label.setText(_("Tệp dữ liệu: {path}").format(path=self._workspace.path))
        title = _("{commune} — Kế hoạch Đề án 06").format(commune=commune)
        if self._workspace.read_only:
            # Opened from a read-only place: viewing, printing and exporting only.
            self._read_only_label.setText(_("CHỈ ĐỌC: xem, in và xuất được; không sửa được"))
            self._read_only_label.setToolTip(
                _("Tệp, thư mục hoặc ổ đĩa này không cho ghi. Hãy chép tệp sang một thư mục ghi được để sửa.")
            )
            title = _("{title} (chỉ đọc)").format(title=title)
        self.setWindowTitle(title)

    def _mark_pages_stale(self) -> None:
        for page in self.pages():
            page.mark_stale()

    # --- workspace actions -------------------------------------------------------------
    def _start_dir(self) -> Path:
        return Path(self._workspace.path).parent

    def _on_open_workspace_action_triggered(self) -> None:
        path = prompts.choose_workspace_to_open(self, self._start_dir())
        if path is not None:
            self.workspace_open_requested.emit(path)

    def _on_new_workspace_action_triggered(self) -> None:
        path = prompts.choose_new_workspace(self, self._start_dir())
        if path is not None:
            self.workspace_create_requested.emit(path)

    def _on_backup_now_action_triggered(self) -> None:
        self._ui.backup_now_action.setEnabled(False)
        self._ui.status_bar.showMessage(_("Đang sao lưu…"))
        run_in_background(self._workspace.maintenance.backup_now, self._on_backup_done, self._on_backup_failed)

    def _on_backup_done(self, backup) -> None:
        self._ui.backup_now_action.setEnabled(True)
        if backup is None:
            message = _(
                "Không có thay đổi nào kể từ lần sao lưu trước; bản sao lưu gần nhất trong {folder} vẫn dùng được."
            ).format(folder=self._workspace.maintenance.backup_folder())
        else:
            message = _("Đã sao lưu lúc {moment} vào {path}").format(
                moment=format_moment(backup.created_at), path=backup.path
            )
        self._ui.status_bar.showMessage(message, 10000)

    def _on_backup_failed(self, err: Exception) -> None:
        self._ui.backup_now_action.setEnabled(True)
        self._ui.status_bar.clearMessage()
        prompts.show_failure(self, err)

    def _on_export_workspace_action_triggered(self) -> None:
        target = prompts.choose_workspace_copy(self, self._start_dir() / Path(self._workspace.path).name)
        if target is None:
            return
        if target.resolve() == Path(self._workspace.path).resolve():
            prompts.show_error(self, _("Hãy chọn một tệp khác với tệp dữ liệu đang mở."))
            return
        self._ui.export_workspace_action.setEnabled(False)
        self._ui.status_bar.showMessage(_("Đang xuất toàn bộ dữ liệu…"))
        run_in_background(lambda: self._workspace.maintenance.backup_to(target),
                          self._on_workspace_exported, self._on_workspace_export_failed)

    def _on_workspace_exported(self, target: Path) -> None:
        self._ui.export_workspace_action.setEnabled(True)
        self._ui.status_bar.showMessage(
            _("Đã xuất toàn bộ dữ liệu vào {path}; mở tệp này trên máy mới.").format(path=target), 15000)

    def _on_workspace_export_failed(self, err: Exception) -> None:
        self._ui.export_workspace_action.setEnabled(True)
        self._ui.status_bar.clearMessage()
        prompts.show_failure(self, err)

    def _on_restore_backup_action_triggered(self) -> None:
        from xa_planner.gui.workspace.restore_backup_dialog import (
            RestoreBackupDialog,  # loaded on first use
        )
        backup = RestoreBackupDialog.ask(self, self._workspace.maintenance.backups())
        if backup is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._workspace.maintenance.restore(backup.path)
        except ServiceError as err:
            prompts.show_error(self, str(err))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.workspace_reopen_requested.emit()

    def _on_check_data_action_triggered(self) -> None:
        self._ui.check_data_action.setEnabled(False)
        self._ui.status_bar.showMessage(_("Đang kiểm tra dữ liệu…"))
        run_in_background(self._workspace.maintenance.check, self._on_check_done, self._on_check_failed)

    def _on_check_done(self, report) -> None:
        self._ui.check_data_action.setEnabled(True)
        self._ui.status_bar.clearMessage()
        from xa_planner.gui.workspace.check_result_dialog import (
            CheckResultDialog,  # loaded on first use
        )
        CheckResultDialog.ask(self, report)

    def _on_check_failed(self, err: Exception) -> None:
        self._ui.check_data_action.setEnabled(True)
        self._ui.status_bar.clearMessage()
        prompts.show_failure(self, err)

    # --- provincial plans → commune plan ----------------------------------------------------
    def _on_import_plan_action_triggered(self) -> None:
        if self._template_import is None:
            from xa_planner.gui.templates.template_import_flow import (
                TemplateImportFlow,  # loaded on first use
            )
            self._template_import = TemplateImportFlow(self._workspace.templates, self)
            self._template_import.busy_changed.connect(self._on_template_import_busy_changed)
            self._template_import.template_saved.connect(self._on_template_saved)
        self._template_import.start(self._start_dir())

    def _on_template_import_busy_changed(self, busy: bool) -> None:
        self._ui.import_plan_action.setDisabled(busy)
        self.templates_page.setDisabled(busy)
        if busy:
            self._ui.status_bar.showMessage(_("Đang đọc kế hoạch của tỉnh…"))
        else:
            self._ui.status_bar.clearMessage()

    def _on_template_saved(self, template_id: int) -> None:
        self._mark_pages_stale()
        self.show_page(TEMPLATES)
        self.templates_page.select_template(template_id)

    def _on_derive_plan_action_triggered(self, template_id: int | None = None) -> None:
        if not self._workspace.templates.templates():
            prompts.show_info(self, _("Chưa có kế hoạch nào của tỉnh. Hãy nhập kế hoạch của tỉnh trước."))
            return
        ws = self._workspace
        chosen = template_id or self.templates_page.selected_template_id()
        # The derivation rules load with the wizard, once a year, not at every start.
        from xa_planner.gui.derivation.derivation_wizard import DerivationWizard

        if DerivationWizard.ask(self, ws.derivation, ws.templates, ws.commune, chosen, self._today().year):
            self._mark_pages_stale()
            self.show_page(PLAN)

    # --- tools -------------------------------------------------------------------------
    def edit_commune_profile(self) -> None:
        # The dialog loads on first use, keeping it out of start-up.
        from xa_planner.gui.workspace.commune_profile_dialog import CommuneProfileDialog

        if CommuneProfileDialog.ask(self, self._workspace.commune) is not None:
            self._update_status_bar()
            self.home_page.mark_stale()
            self.statusBar().showMessage(_("Đã lưu thông tin của xã."), STATUS_MESSAGE_MS)

    def _on_shared_database_action_triggered(self) -> None:
        # The dialog loads on first use, keeping it out of start-up.
        from xa_planner.gui.workspace.shared_database_dialog import SharedDatabaseDialog

        chosen = SharedDatabaseDialog.ask(self, self._shared_url())
        if chosen is not None and chosen != self._shared_url():
            self.shared_database_chosen.emit(chosen)

    def _shared_url(self) -> str:
        return "" if self._workspace.path is not None else self._workspace.shared_url

    def _on_offices_action_triggered(self) -> None:
        from xa_planner.gui.workspace.offices_dialog import OfficesDialog  # loaded on first use

        if OfficesDialog.ask(self, self._workspace.commune) is not None:
            self._mark_pages_stale()

    def _on_audit_log_action_triggered(self) -> None:
        from xa_planner.gui.workspace.audit_log_dialog import AuditLogDialog  # loaded on first use
        AuditLogDialog.ask(self, self._workspace.maintenance.audit_log())

    def _on_about_action_triggered(self) -> None:
        from xa_planner.gui.workspace.about_dialog import AboutDialog  # loaded on first use
        AboutDialog.ask(self, Path(self._workspace.path))

    def _on_help_guide_action_triggered(self) -> None:
        from xa_planner.gui.workspace.help_dialog import HelpDialog  # loaded on first use
        HelpDialog.show_for(self)

    # --- events ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            row = self._ui.nav_list.currentRow()
            self._ui.retranslateUi(self)
            self._ui.nav_list.setCurrentRow(row)
            self._update_status_bar()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._ui.status_bar.clearMessage()
        super().closeEvent(event)

