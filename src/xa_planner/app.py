"""The composition root of the desktop app: settings → language → workspace → services → MainWindow."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import gc
import logging
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from xa_planner import diagnostics, paths
from xa_planner import settings as settings_store
from xa_planner.gui.forms import resources_rc  # noqa: F401 — registers the icons and style sheet
from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.main.plan_menu_actions import ExportFolder
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work, run_in_background
from xa_planner.gui.widgets.translator import GettextTranslator, install_language
from xa_planner.gui.widgets.window_geometry import restore_geometry, saved_geometry
from xa_planner.localization import DEFAULT_LANGUAGE, LANGUAGES, _
from xa_planner.services.errors import PasswordRefused, ServiceError, WorkspaceCorrupt
from xa_planner.services.workspace_service import (
    Workspace,
    create_empty,
    open_workspace,
    restore_workspace,
    workspace_exists,
)

DEMO_TASKS, DEMO_MONTHS = 60, 3
RECENT_LIMIT = 8
AUTO_BACKUP_INTERVAL_MS = 30 * 60 * 1000
SIGNAL_POLL_MS = 250
_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class AppController:
    """Owns the open workspace and its window; opens, switches and reopens workspaces on request."""

    def __init__(self, app: QApplication, translator: GettextTranslator, settings, settings_path: Path,
                 *, interactive: bool = True) -> None:
        self._app = app
        self._translator = translator
        self._settings = settings
        self._settings_path = settings_path
        self._settings_written = copy.deepcopy(settings)  # what the settings file holds
        self._interactive = interactive
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.first_run_cancelled = False
        self._backup_timer = QTimer(app)
        self._backup_timer.setInterval(AUTO_BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._on_backup_timer_timeout)

    # --- opening -----------------------------------------------------------------------
    def open_initial(self, path: Path) -> Workspace | None:
        """The workspace at *path*; on first run the demo or an empty one is created there."""
        if path.exists():
            return self._open(path)
        if not self._interactive:
            return self._guarded(lambda: _create_demo(path))
        # Only a first run shows this dialog: its form stays out of every later start-up.
        from xa_planner.gui.workspace.first_run_dialog import FirstRunDialog

        choice = FirstRunDialog.ask(None, path)
        if choice is None:
            self.first_run_cancelled = True
            return None
        if choice.demo:
            return self._guarded(lambda: _create_demo(path))
        return self._guarded(lambda: create_empty(path, choice.commune_name, choice.province_name))

    def _open(self, path: Path) -> Workspace | None:
        if self._settings.database_url:  # several PCs of one office share one database
            url = self._settings.database_url
            return self._guarded(lambda: self._open_shared(url))
        return self._guarded(lambda: open_workspace(path, user=self._settings.user_name))

    def _open_shared(self, url: str) -> Workspace:
        """The shared database; its password is asked for when the server wants one, never kept."""
        from xa_planner.services.shared_workspace import open_shared_workspace

        try:
            return open_shared_workspace(url, user=self._settings.user_name)
        except PasswordRefused as refused:
            if not self._interactive:
                raise
            password = prompts.ask_password(
                self.window, _("{problem} Nhập mật khẩu:").format(problem=refused)
            )
            if password is None:
                raise
            return open_shared_workspace(url, user=self._settings.user_name, password=password)

    def _guarded(self, make) -> Workspace | None:
        """Run *make*; a ServiceError becomes one clear message instead of a traceback."""
        try:
            workspace = make()
        except WorkspaceCorrupt as err:
            return self._offer_restore(err, make)
        except ServiceError as err:
            self._report(str(err))
            return None
        except OSError as err:
            self._report(_("Không mở được tệp dữ liệu: {error}").format(error=err.strerror or err))
            return None
        return workspace

    def _offer_restore(self, err: WorkspaceCorrupt, make) -> Workspace | None:
        """A damaged file was moved aside: offer its newest good backup, then open that."""
        if not self._interactive or err.path is None or err.backup is None:
            self._report(str(err))
            return None
        question = _("{problem}\n\nKhôi phục từ bản sao lưu này ngay bây giờ?").format(problem=err)
        if not prompts.confirm(self.window, question, _("Tệp dữ liệu bị hỏng")):
            return None
        try:
            restore_workspace(err.path, err.backup, user=self._settings.user_name)
            return make()
        except ServiceError as again:
            self._report(str(again))
            return None

    def _report(self, message: str) -> None:
        if self._interactive:
            prompts.show_error(self.window, message, _("Không mở được tệp dữ liệu"))
        else:
            print(message, file=sys.stderr)

    # --- the window --------------------------------------------------------------------
    def show(self, workspace: Workspace) -> MainWindow:
        """Build the window over *workspace*, replacing (and closing) the current one."""
        self._close_current()
        self.workspace = workspace
        self.window = MainWindow(
            workspace, self._settings.language,
            export_folder=ExportFolder(self._settings, self._save_settings),
        )
        self.window.language_chosen.connect(self._on_language_chosen)
        self.window.workspace_open_requested.connect(self._on_workspace_open_requested)
        self.window.workspace_create_requested.connect(self._on_workspace_create_requested)
        self.window.workspace_reopen_requested.connect(self._on_workspace_reopen_requested)
        self.window.shared_database_chosen.connect(self._on_shared_database_chosen)
        restore_geometry(self.window, self._settings.window_geometry)
        self.window.show()
        if workspace.path is not None:
            self._remember(Path(workspace.path))
            self._backup_timer.start()
        return self.window

    def _close_current(self) -> None:
        if self.window is not None:
            self._settings.window_geometry = saved_geometry(self.window)
            self._save_settings()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.workspace is not None:
            self._backup_timer.stop()
            self._wait_for_background_work()
            self._auto_backup_now()
            self.workspace.close()
            self.workspace = None

    # --- automatic backups -------------------------------------------------------------
    def _on_backup_timer_timeout(self) -> None:
        workspace = self.workspace
        if workspace is not None and not has_background_work():
            run_in_background(lambda: workspace.maintenance.backup_now("auto"),
                              lambda _made: None, self._on_auto_backup_failed)

    def _auto_backup_now(self) -> None:
        """A last automatic backup as the workspace closes (skipped when nothing changed)."""
        workspace = self.workspace
        if workspace is None or workspace.path is None:
            return
        try:
            workspace.maintenance.backup_now("auto")
        except ServiceError as err:
            self._on_auto_backup_failed(err)

    def _on_auto_backup_failed(self, err: Exception) -> None:
        # The work itself is safe in the workspace; a failed copy is reported, never fatal.
        message = _("Sao lưu tự động không thành công: {error}").format(error=err)
        if self.window is not None:
            self.window.statusBar().showMessage(message)
        else:
            print(message, file=sys.stderr)

    def shutdown(self) -> None:
        self._close_current()

    def _wait_for_background_work(self) -> None:
        """Let a running backup or check finish before the file is closed under it."""
        deadline = dt.datetime.now() + dt.timedelta(seconds=60)
        while has_background_work() and dt.datetime.now() < deadline:
            self._app.processEvents()
            time.sleep(0.005)  # leave the interpreter to the job's thread instead of spinning against it

    # --- requests from the window ------------------------------------------------------
    def _on_language_chosen(self, language: str) -> None:
        install_language(self._app, self._translator, language)
        self._settings.language = language
        self._save_settings()

    def _on_workspace_open_requested(self, path: Path) -> None:
        open_path = self.workspace.path if self.workspace is not None else None
        if open_path is not None and Path(path).resolve() == Path(open_path).resolve():
            return
        if not workspace_exists(path):
            self._report(_("Tệp {path} không phải là dữ liệu của ứng dụng này.").format(path=path))
            return
        workspace = self._open(path)
        if workspace is not None:
            self.show(workspace)

    def _on_workspace_create_requested(self, path: Path) -> None:
        workspace = self._guarded(lambda: create_empty(path))
        if workspace is not None:
            self.show(workspace).edit_commune_profile()

    def _on_shared_database_chosen(self, url: str) -> None:
        """Switch between the shared database and the workspace file; keep the choice if it opens,
        else go back to what was open."""
        assert self.window is not None, "the window asked for the switch"
        previous, geometry = self._settings.database_url, self.window.saveGeometry()
        self._close_current()  # the file may be the one to open again: release it first
        self._settings.database_url = url
        workspace = self._open(self._file_path())
        if workspace is None:
            self._settings.database_url = previous
            workspace = self._open(self._file_path())
            if workspace is None:
                self._app.quit()
                return
        else:
            self._save_settings()
        self.show(workspace).restoreGeometry(geometry)

    def _file_path(self) -> Path:
        last = self._settings.last_workspace
        return Path(last) if last else paths.default_workspace()

    def _on_workspace_reopen_requested(self) -> None:
        """After a restore: the file under the services changed, so rebuild everything over it."""
        assert self.workspace is not None and self.workspace.path is not None, "a file was restored"
        path = Path(self.workspace.path)
        self._close_current()
        workspace = self._open(path)
        if workspace is None:
            self._app.quit()
            return
        self.show(workspace)

    # --- settings ----------------------------------------------------------------------
    def _remember(self, path: Path) -> None:
        text = str(path)
        recent = [p for p in self._settings.recent_workspaces if p != text]
        self._settings.recent_workspaces = [text, *recent][:RECENT_LIMIT]
        self._settings.last_workspace = text
        self._save_settings()

    def _save_settings(self) -> None:
        # Unchanged preferences are not written again: each save syncs the file to disk, which
        # every start (reopening the same workspace) and every close would otherwise wait for.
        if self._settings == self._settings_written:
            return
        # Preferences are a convenience: an unwritable profile folder must not stop work.
        with contextlib.suppress(OSError):
            settings_store.save(self._settings, self._settings_path)
            self._settings_written = copy.deepcopy(self._settings)


def _create_demo(path: Path) -> Workspace:
    # Imported here only on first run: the demo vocabulary is not needed for a normal start.
    from xa_planner.services.demo_service import create_demo

    return create_demo(path, tasks=DEMO_TASKS, months=DEMO_MONTHS)


def _apply_style(app: QApplication) -> None:
    style = QFile(":/style.qss")
    if style.open(QIODevice.OpenModeFlag.ReadOnly):
        app.setStyleSheet(bytes(style.readAll().data()).decode("utf-8"))
        style.close()


def _initial_path(workspace: Path | None, settings) -> Path:
    if workspace is not None:
        return Path(workspace)
    last = Path(settings.last_workspace) if settings.last_workspace else None
    return last if last is not None and last.exists() else paths.default_workspace()


def _settle(app: QApplication, seconds: float = 3.0) -> None:
    """Let the panels that load after the first paint arrive, so the picture shows them."""
    deadline = dt.datetime.now() + dt.timedelta(seconds=seconds)
    quiet_since = None
    while dt.datetime.now() < deadline:
        app.processEvents()
        if has_background_work():
            quiet_since = None
        elif quiet_since is None:
            quiet_since = dt.datetime.now()
        elif dt.datetime.now() - quiet_since > dt.timedelta(milliseconds=400):
            return
        time.sleep(0.01)


def _smoke(app: QApplication, window: MainWindow, screenshot: Path | None) -> int:
    """Show the window with its data, let it paint, save the picture if asked."""
    window.show()
    for _round in range(3):
        app.processEvents()
    if screenshot is not None:
        _settle(app)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(screenshot)):
            print(_("Không lưu được ảnh {path}.").format(path=screenshot), file=sys.stderr)
            return 1
    return 0


def _on_qt_message(mode: QtMsgType, _context, message: str) -> None:
    diagnostics.log.getChild("qt").log(_QT_LOG_LEVELS.get(mode, logging.WARNING), "%s", message)


def _start_up_done() -> None:
    """The window is shown: log it, and give the garbage collector back (see cmd_gui).

    What the start built (modules, classes, the window) lives as long as the app: frozen, it is
    left out of every later collection instead of being scanned by each."""
    gc.freeze()
    gc.enable()
    diagnostics.configure_logging()
    diagnostics.log.info("window shown")


def _quit_on_termination(app: QApplication) -> None:
    """SIGTERM (log-off, shutdown, `kill`) ends the event loop, so the workspace closes properly.

    Python runs signal handlers only between bytecodes; a light timer gives it the chance while
    Qt's event loop waits.
    """
    # A zero timer, not quit() itself: it also ends a loop that has not started yet.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: QTimer.singleShot(0, app.quit))
    poll = QTimer(app)
    poll.setInterval(SIGNAL_POLL_MS)
    poll.timeout.connect(lambda: None)
    poll.start()
    app.commitDataRequest.connect(lambda _manager: diagnostics.log.info("session ends"))


def _install_error_channel(app: QApplication, controller: AppController) -> None:
    """Uncaught exceptions (in Qt slots too) and Qt's own warnings go to the log; the officer
    sees one calm message. The log file itself is opened once the window shows (or at the first
    failure), keeping its cost out of start-up."""
    qInstallMessageHandler(_on_qt_message)
    diagnostics.install_excepthook(lambda err: prompts.show_failure(controller.window, err))


def run_gui(workspace: Path | None, *, smoke_test: bool = False, screenshot: Path | None = None) -> int:
    """Start the desktop app (or, with *smoke_test*, start, show the data, and exit 0)."""
    owns_app = QApplication.instance() is None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    app.setApplicationName("xa_planner")
    app.setApplicationDisplayName(_("Kế hoạch Đề án 06"))
    settings_path = paths.config_dir() / "settings.json"
    settings = settings_store.load(settings_path)
    if settings.language not in LANGUAGES:
        settings.language = DEFAULT_LANGUAGE
    translator = GettextTranslator(app)
    install_language(app, translator, settings.language)
    _apply_style(app)
    controller = AppController(app, translator, settings, settings_path, interactive=not smoke_test)
    if owns_app:  # an embedding test keeps its own hooks
        _install_error_channel(app, controller)
        _quit_on_termination(app)
    opened = controller.open_initial(_initial_path(workspace, settings))
    if opened is None:
        return 0 if controller.first_run_cancelled else 1
    window = controller.show(opened)
    if owns_app:
        QTimer.singleShot(0, _start_up_done)
    try:
        if smoke_test:
            return _smoke(app, window, screenshot)
        QTimer.singleShot(0, window.raise_)
        return app.exec()
    finally:
        controller.shutdown()
        diagnostics.log.info("closed")

