"""Importing a scanned plan from the window: its pages shown as they are read, Cancel leaves everything as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.templates.import_review_dialog import ImportReviewDialog
from xa_planner.gui.templates.scan_progress_dialog import ScanProgressDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work

SCANS = Path(__file__).parents[2] / "data" / "plans" / "scans"


@pytest.fixture
def window(qtbot, translator, empty_workspace, today):
    widget = MainWindow(empty_workspace, "vi", today=lambda: today)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _progress_dialog(window) -> ScanProgressDialog | None:
    dialogs = [d for d in window.findChildren(ScanProgressDialog) if d.isVisible()]
    return dialogs[0] if dialogs else None


def _import(window, monkeypatch, scan: Path) -> list:
    """Start an import of *scan*; the review dialog, when reached, records the plan and closes."""
    reviewed: list = []
    monkeypatch.setattr(prompts, "choose_plan_file", lambda parent, start: scan)
    monkeypatch.setattr(ImportReviewDialog, "ask", classmethod(lambda cls, *args: reviewed.append(args[2])))
    window._ui.import_plan_action.trigger()
    return reviewed


def test_a_scan_shows_its_pages_while_read_then_opens_the_review(qtbot, window, monkeypatch):
    # Given the officer chose a two-page scanned TIFF
    reviewed = _import(window, monkeypatch, SCANS / "scanned_plan.tif")
    # When it is being read, Then a progress dialog counts its two pages
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None, timeout=20000)
    dialog = _progress_dialog(window)
    assert dialog.maximum() == 2
    assert "/2 trang" in dialog.labelText()
    # And once read, the review opens with the scan's tasks and the progress dialog is gone
    qtbot.waitUntil(lambda: bool(reviewed) and not has_background_work(), timeout=60000)
    assert [task.ref for task in reviewed[0].tasks][:2] == ["II.1", "II.2"]
    assert _progress_dialog(window) is None
    assert window._ui.import_plan_action.isEnabled()


def test_cancelling_a_scan_stops_quietly_and_stores_nothing(qtbot, window, empty_workspace, monkeypatch):
    # Given a scan being read, its progress dialog on screen
    reviewed = _import(window, monkeypatch, SCANS / "scanned_plan.pdf")
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None, timeout=20000)
    # When the officer presses Cancel
    [cancel] = _progress_dialog(window).findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    # Then the reading stops without a message (any message box fails the test), no review
    # opens, the workspace holds no template and a new import can start
    qtbot.waitUntil(lambda: window._ui.import_plan_action.isEnabled() and not has_background_work(), timeout=20000)
    assert reviewed == []
    assert empty_workspace.templates.templates() == []
    assert _progress_dialog(window) is None
