"""Failures leave a trace: the log keeps every defect's traceback, the officer gets one calm message,
and a shutdown signal closes the workspace properly instead of killing the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import xa_planner
from xa_planner import cli, diagnostics
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.prompts import (
    show_failure,  # the real one: the GUI tests refuse prompts
)
from xa_planner.services.errors import InvalidInput

SRC = Path(xa_planner.__file__).resolve().parents[1]


def _profile_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH", "")])),
    )
    return env


def _log_text(tmp_path: Path) -> str:
    logs = list((tmp_path / "state").rglob(diagnostics.LOG_NAME))
    assert logs, "no log file was written"
    return logs[0].read_text(encoding="utf-8")


def test_a_defect_on_the_command_line_is_one_line_for_the_user_and_a_traceback_in_the_log(
    tmp_path, monkeypatch, capsys
):
    # Given a command whose code has a defect
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def broken(_args):
        raise ZeroDivisionError("a defect")

    parser = cli.build_parser()
    parser.set_defaults(handler=broken)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    # When it runs
    code = cli.main([])
    # Then the officer reads one line naming the log, and the log holds the whole traceback
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(lines) == 1
    assert "ZeroDivisionError" in lines[0] and diagnostics.LOG_NAME in lines[0]
    log = _log_text(tmp_path)
    assert "Traceback" in log and "a defect" in log and "in broken" in log


def test_a_defect_in_the_window_is_logged_and_its_details_can_be_copied(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    diagnostics.configure_logging()
    shown: list[QMessageBox] = []

    def click_copy(box: QMessageBox) -> int:
        shown.append(box)
        copy = next(b for b in box.buttons() if b.text() == "Sao chép chi tiết")
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_copy)
    try:
        raise KeyError("missing office")
    except KeyError as err:
        show_failure(None, err)
    assert "KeyError" in shown[0].text() and "Dữ liệu đã lưu vẫn an toàn" in shown[0].text()
    assert "Traceback" in QApplication.clipboard().text()
    assert "missing office" in _log_text(tmp_path)


def test_a_service_error_is_shown_as_it_is_and_not_logged_as_a_defect(qtbot, monkeypatch):
    said: list[str] = []
    logged: list[BaseException] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, message, title="": said.append(message))
    monkeypatch.setattr(diagnostics, "log_unexpected", lambda err, context="": logged.append(err))
    show_failure(None, InvalidInput("Tệp này không phải phiếu của xã."))
    assert said == ["Tệp này không phải phiếu của xã."] and logged == []


def test_an_uncaught_exception_goes_to_the_log_and_to_the_officer(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    diagnostics.configure_logging()
    seen: list[BaseException] = []
    previous = diagnostics.install_excepthook(seen.append)
    try:
        try:
            raise ValueError("in a slot")
        except ValueError as err:
            sys.excepthook(type(err), err, err.__traceback__)
    finally:
        sys.excepthook = previous
    assert [type(e) for e in seen] == [ValueError]
    assert "in a slot" in _log_text(tmp_path)


@pytest.mark.slow
def test_sigterm_closes_the_workspace_properly(tmp_path):
    # Given the desktop app running on a workspace
    env = _profile_env(tmp_path)
    workspace = tmp_path / "w.xaplan"
    made = subprocess.run(
        [sys.executable, "-m", "xa_planner", "init", str(workspace), "--commune", "Vĩnh Thủy"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert made.returncode == 0, made.stderr
    app = subprocess.Popen(
        [sys.executable, "-m", "xa_planner", "--workspace", str(workspace)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lock = workspace.with_name(workspace.name + ".lock")
        deadline = time.monotonic() + 60
        while "window shown" not in _maybe_log(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _mark(lock) == b"open\n"
        # When the session ends with SIGTERM
        app.send_signal(signal.SIGTERM)
        code = app.wait(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    # Then the app closed the workspace itself: exit 0, the lock marked clean, its log says so
    assert code == 0, app.stderr.read()
    assert _mark(lock) == b"clean\n"
    assert "closed" in _log_text(tmp_path)


def _maybe_log(tmp_path: Path) -> str:
    logs = list((tmp_path / "state").rglob(diagnostics.LOG_NAME))
    return logs[0].read_text(encoding="utf-8") if logs else ""


def _mark(lock: Path) -> bytes:
    return lock.read_bytes() if lock.exists() else b""
