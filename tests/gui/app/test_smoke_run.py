"""`python -m xa_planner --smoke-test` starts the real app, shows its data and saves a screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import xa_planner

SRC = Path(xa_planner.__file__).resolve().parents[1]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH", "")])),
    )
    return subprocess.run(
        [sys.executable, "-m", "xa_planner", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
def test_smoke_test_creates_the_demo_and_saves_a_screenshot(tmp_path):
    workspace, picture = tmp_path / "w.xaplan", tmp_path / "shot.png"

    result = _run(tmp_path, "--smoke-test", "--workspace", str(workspace), "--screenshot", str(picture))

    assert result.returncode == 0, result.stderr
    assert workspace.exists()
    image = QImage(str(picture))
    assert image.width() >= 800 and image.height() >= 500


@pytest.mark.slow
def test_a_file_that_is_not_a_workspace_gives_one_clear_line_and_exit_1(tmp_path):
    bogus = tmp_path / "notes.xaplan"
    bogus.write_text("không phải dữ liệu", encoding="utf-8")

    result = _run(tmp_path, "--smoke-test", "--workspace", str(bogus))

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(bogus) in result.stderr or "dữ liệu" in result.stderr
