"""Background jobs never call back into a widget that was closed while they ran."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel

from xa_planner.gui.widgets.background import has_background_work, run_in_background


class _Page(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def on_done(self, result) -> None:
        self.results.append(result)
        self.setText(str(result))  # would crash on a deleted widget

    def on_failed(self, err) -> None:
        self.results.append(err)


def test_a_result_arriving_after_the_page_was_deleted_is_dropped(qtbot):
    page = _Page()
    release = threading.Event()
    run_in_background(lambda: release.wait(5) and 42, page.on_done, page.on_failed)
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page))
    release.set()
    qtbot.waitUntil(lambda: not has_background_work())


def test_a_result_reaches_a_living_page(qtbot):
    page = _Page()
    qtbot.addWidget(page)
    run_in_background(lambda: 7, page.on_done, page.on_failed)
    qtbot.waitUntil(lambda: page.results == [7])
    assert page.text() == "7"


def _alive(widget) -> bool:
    return shiboken6.isValid(widget)
