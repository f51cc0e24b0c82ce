"""ScanProgressDialog: pages recognised so far while a scanned plan is read, with a Cancel button."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from xa_planner.localization import _


class PageReporter(QObject):
    """Carries page reports from the reading thread to the GUI thread (a queued signal)."""

    page_done = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """Called on the reading thread; never touches a widget."""
        self.page_done.emit(done, total)


class ScanProgressDialog(QProgressDialog):
    """Made at a scan's first page report (other files never show it); Cancel sets *stop* for the reader."""

    def __init__(self, parent: QWidget, stop: threading.Event) -> None:
        super().__init__(parent)
        self._stop = stop
        self.setWindowTitle(_("Đang đọc bản quét"))
        self.setCancelButtonText(_("Hủy"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.canceled.connect(self._on_canceled)

    @Slot(int, int)
    def show_pages(self, done: int, total: int) -> None:
        if self._stop.is_set():
            return
        self.setMaximum(total)
        self.setLabelText(
            _("Đang nhận dạng chữ trong bản quét: xong {done}/{total} trang…").format(
                done=done, total=total
            )
        )
        self.show()
        # Last: a modal dialog's setValue processes events, and the reading may end (and this
        # dialog be finished) inside it; nothing may show the dialog again after that.
        self.setValue(done)

    def finish(self) -> None:
        """Go away once the reading ended; closing would emit canceled and count as a Cancel."""
        self.canceled.disconnect(self._on_canceled)
        self.hide()
        self.deleteLater()

    def _on_canceled(self) -> None:
        self._stop.set()
        self.setLabelText(_("Đang dừng…"))
