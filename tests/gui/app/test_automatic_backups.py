"""Automatic backups as the app closes its workspace."""

from __future__ import annotations

import os
import subprocess
import sys

from xa_planner.paths import backup_dir_for
from xa_planner.services.demo_service import create_demo
from xa_planner.storage.backups import list_backups


def _smoke(workspace, tmp_path):
    env_dirs = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data"),
                "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "xa_planner", "--smoke-test", "--workspace",
                           str(workspace)], env={**os.environ, **env_dirs}, capture_output=True,
                          text=True, timeout=120)


def test_closing_the_app_leaves_an_automatic_backup_only_when_something_changed(tmp_path):
    path = tmp_path / "w.xaplan"
    create_demo(path, tasks=10, months=1).close()
    assert _smoke(path, tmp_path).returncode == 0
    first = [b for b in list_backups(backup_dir_for(path)) if b.kind == "auto"]
    assert len(first) == 1
    assert _smoke(path, tmp_path).returncode == 0
    assert [b for b in list_backups(backup_dir_for(path)) if b.kind == "auto"] == first
