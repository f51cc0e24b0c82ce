"""The main window opens where and as large as the officer left it, and always inside the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMainWindow

from xa_planner import settings as settings_store
from xa_planner.app import AppController
from xa_planner.gui.widgets.window_geometry import clamped, saved_geometry


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.json"


def _run(qapp, translator, settings_path, workspace_path, arrange=None) -> QRect:
    """Open the app on the workspace, let *arrange* move the window, close; the window's frame."""
    controller = AppController(qapp, translator, settings_store.load(settings_path), settings_path)
    window = controller.show(controller._open(workspace_path))
    qapp.processEvents()
    if arrange is not None:
        arrange(window)
        qapp.processEvents()
    shown = QRect(window.frameGeometry())
    controller.shutdown()
    return shown


def test_the_window_reopens_with_the_size_and_place_it_was_closed_with(qapp, translator, settings_path,
                                                                        demo_workspace):
    path = demo_workspace.path
    demo_workspace.close()
    screen = qapp.primaryScreen().availableGeometry()
    wanted = QRect(screen.left() + 40, screen.top() + 60, 740, 500)

    closed = _run(qapp, translator, settings_path, path, lambda window: window.setGeometry(wanted))
    reopened = _run(qapp, translator, settings_path, path)

    assert settings_store.load(settings_path).window_geometry
    assert closed.size().width() < screen.width() and closed.size().height() < screen.height() - 100
    assert reopened == closed


def test_a_window_saved_on_a_larger_monitor_opens_inside_this_screen(qapp, translator, qtbot, settings_path,
                                                                      demo_workspace):
    path = demo_workspace.path
    demo_workspace.close()
    screen = qapp.primaryScreen().availableGeometry()
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(screen.right() + 300, screen.bottom() + 200, screen.width() + 900, screen.height() + 600)
    settings_store.save(settings_store.Settings(window_geometry=saved_geometry(big)), settings_path)

    reopened = _run(qapp, translator, settings_path, path)

    assert screen.contains(reopened), (reopened, screen)


def test_clamping_keeps_the_frame_inside_the_available_area():
    available = QRect(0, 0, 1366, 728)
    inner, frame = QRect(1000, 500, 1400, 900), QRect(992, 469, 1416, 939)

    placed = clamped(inner, frame, available)

    framed = placed.adjusted(-8, -31, 8, 8)
    assert available.contains(framed), framed
    assert placed.size().width() == 1366 - 16 and placed.size().height() == 728 - 39
