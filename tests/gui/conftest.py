"""Fixtures of the GUI tests: real workspaces (SQLite files) built by the real services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication

from xa_planner import localization
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.gui.widgets.translator import GettextTranslator, install_language
from xa_planner.services.demo_service import create_demo
from xa_planner.services.workspace_service import create_empty

TODAY = dt.date(2026, 5, 20)


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def demo_workspace(tmp_path):
    """A small demo commune: a derived plan, offices and two months of progress."""
    workspace = create_demo(tmp_path / "demo.xaplan", tasks=40, offices=8, months=2, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def empty_workspace(tmp_path):
    workspace = create_empty(tmp_path / "empty.xaplan", "Vĩnh Thủy", "Quảng Trị")
    yield workspace
    workspace.close()


@pytest.fixture
def translator(qapp):
    """The gettext bridge installed in Vietnamese; the test leaves the app in Vietnamese."""
    bridge = GettextTranslator(qapp)
    install_language(qapp, bridge, "vi")
    yield bridge
    install_language(qapp, bridge, "vi")
    qapp.removeTranslator(bridge)
    localization.set_language("vi")


@pytest.fixture(autouse=True)
def _no_real_message_boxes(monkeypatch):
    """A test that reaches a message box fails loudly instead of hanging on a modal dialog."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected prompt: {args[1:]!r}")

    for name in ("show_error", "show_failure", "show_info", "confirm", "confirm_discard", "ask_password", "choose_workspace_to_open", "choose_new_workspace", "choose_workspace_copy",
                 "choose_export_folder", "choose_printer", "choose_plan_file", "choose_sheet_files",
                 "choose_report_files", "choose_indicator_workbook", "choose_folder_to_read", "choose_text_file", "choose_xlsx_to_save",
                 "ask_open_email"):
        monkeypatch.setattr(prompts, name, refuse)


@pytest.fixture(autouse=True)
def _widgets_outlive_the_test(qtbot, monkeypatch):
    """Keep every widget a test hands to qtbot alive until pytest-qt has closed and deleted it.

    Otherwise a top-level widget owned by Python can lose its last reference in the middle of
    Qt's event processing (a background job's callback releasing it) and be destroyed twice.
    """
    kept = []
    add_widget = qtbot.addWidget

    def add_and_keep(widget, *args, **kwargs):
        kept.append(widget)
        # Hidden before pytest-qt closes it, a dialog left half-filled is not "cancelled": no question.
        kwargs.setdefault("before_close_func", lambda shown: shown.hide())
        return add_widget(widget, *args, **kwargs)

    monkeypatch.setattr(qtbot, "addWidget", add_and_keep)
    yield
    kept.clear()


@pytest.fixture(autouse=True)
def _clean_after_each_test(qapp, qtbot):
    """Each test ends with its background jobs delivered and the clipboard empty.

    A job still running would deliver into the next test; data left on the offscreen
    clipboard crashes the interpreter as QApplication goes away.
    """
    yield
    qtbot.waitUntil(lambda: not has_background_work(), timeout=10_000)
    QGuiApplication.clipboard().clear()
