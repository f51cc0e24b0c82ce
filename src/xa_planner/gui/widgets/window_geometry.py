"""Where the main window was and how large: kept between runs as text, restored inside the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window frame (Windows' title bar and borders) is unknown until the window is first shown.
TITLE_BAR_ALLOWANCE = 32
BORDER_ALLOWANCE = 8


def saved_geometry(window: QWidget) -> str:
    """The window's size, place and maximised state as Base64 text for the settings file."""
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")


def restore_geometry(window: QWidget, saved: str) -> None:
    """Put *window* where *saved* says, pulled back inside the screen; unsaved, only cap its size.

    A setting written on a larger monitor, or one since unplugged, must never open the window
    partly off screen or taller than the taskbar leaves.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    if not saved:
        if available is not None:  # the window system chooses the place of a first window
            window.resize(min(window.width(), available.width()),
                          min(window.height(), available.height() - TITLE_BAR_ALLOWANCE))
        return
    window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
    if available is not None and not (window.isMaximized() or window.isFullScreen()):
        window.setGeometry(clamped(window.geometry(), _frame_of(window), available))


def _frame_of(window: QWidget) -> QRect:
    inner, frame = window.geometry(), window.frameGeometry()
    if frame != inner:
        return frame
    return inner.adjusted(-BORDER_ALLOWANCE, -TITLE_BAR_ALLOWANCE, BORDER_ALLOWANCE, BORDER_ALLOWANCE)


def clamped(inner: QRect, frame: QRect, available: QRect) -> QRect:
    """*inner* (the client area) shrunk and moved so that its *frame* lies inside *available*."""
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = min(inner.width(), available.width() - extra_w)
    height = min(inner.height(), available.height() - extra_h)
    left = min(max(frame.left(), available.left()), available.right() + 1 - width - extra_w)
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - height - extra_h)
    offset_x, offset_y = inner.left() - frame.left(), inner.top() - frame.top()
    return QRect(left + offset_x, top + offset_y, width, height)
