"""TemplateImportFlow: choose a provincial plan file, read it in the background, review it, save it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from xa_planner.gui.templates.import_review_dialog import ImportReviewDialog
from xa_planner.gui.templates.scan_progress_dialog import PageReporter, ScanProgressDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.localization import _
from xa_planner.services import template_service
from xa_planner.services.errors import ServiceError


class TemplateImportFlow(QObject):
    """One import at a time; busy_changed drives the window's "reading…" state.

    A scan shows its pages in a progress dialog whose Cancel stops the reading; a cancelled
    import ends quietly and leaves the workspace as it was.
    """

    busy_changed = Signal(bool)
    template_saved = Signal(int)

    def __init__(self, templates, parent: QWidget) -> None:
        super().__init__(parent)
        self._templates = templates
        self._parent = parent
        self._busy = False
        self._cursor_set = False
        self._stop = threading.Event()
        self._progress: ScanProgressDialog | None = None

    def is_busy(self) -> bool:
        return self._busy

    def start(self, start_dir: Path) -> None:
        """Ask for a file, then check whether it was imported before (its hash is read off the GUI thread)."""
        if self._busy:
            return
        path = prompts.choose_plan_file(self._parent, start_dir)
        if path is None:
            return
        self._set_busy(True)
        run_in_background(
            lambda: template_service.file_sha256(path),
            lambda sha: self._on_hashed(path, sha),
            self._on_failed,
        )

    def _on_hashed(self, path: Path, sha: str) -> None:
        existing = self._templates.same_source(sha)
        if existing is not None and not self._confirm_again(existing):
            self._set_busy(False)
            return
        self._stop = stop = threading.Event()
        reporter = PageReporter(self)
        reporter.page_done.connect(self._on_page_done)
        run_in_background(
            lambda: template_service.parse_plan(path, reporter.report, stop),
            lambda parsed: self._on_parsed(path, sha, parsed),
            self._on_failed,
        )

    def _on_page_done(self, done: int, total: int) -> None:
        if not self._busy:  # a report queued just before the reading ended
            return
        if self._progress is None:
            self._set_cursor(False)  # the Cancel button must look clickable
            self._progress = ScanProgressDialog(self._parent, self._stop)
        self._progress.show_pages(done, total)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.finish()
            self._progress = None

    def _confirm_again(self, template_id: int) -> bool:
        self._set_cursor(False)
        question = _("Tệp này đã được nhập (mẫu số {id}). Vẫn mở để xem lại và nhập thêm một lần nữa?")
        answer = prompts.confirm(self._parent, question.format(id=template_id), _("Tệp đã được nhập"))
        self._set_cursor(answer)
        return answer

    def _on_parsed(self, path: Path, sha: str, parsed) -> None:
        self._close_progress()
        self._set_busy(False)
        if self._stop.is_set():
            return
        template_id = ImportReviewDialog.ask(self._parent, self._templates, parsed, path.name, sha, path)
        if template_id is not None:
            self.template_saved.emit(template_id)

    def _on_failed(self, err: Exception) -> None:
        self._close_progress()
        self._set_busy(False)
        if self._stop.is_set():  # the officer pressed Cancel: nothing to report
            return
        if isinstance(err, ServiceError):
            message = str(err)
        else:
            message = _("Không đọc được tệp kế hoạch: {error}").format(error=err)
        prompts.show_error(self._parent, message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._set_cursor(busy)
        self.busy_changed.emit(busy)

    def _set_cursor(self, waiting: bool) -> None:
        if waiting and not self._cursor_set:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        elif not waiting and self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
        self._cursor_set = waiting
