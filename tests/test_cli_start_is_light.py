"""The command line answers --help and usage errors without loading the database or any writer."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# What a command may need, never what --help or a usage error needs.
HEAVY = ("sqlalchemy", "alembic", "PySide6", "openpyxl", "reportlab", "docx", "babel")

PROBE = """
import json, sys
from xa_planner import cli
{action}
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in {heavy!r})))
"""


def _heavy_modules_after(action: str, tmp_path) -> list[str]:
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    probe = PROBE.format(action=action, heavy=HEAVY)
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_importing_the_command_line_and_building_its_parser_loads_nothing_heavy(tmp_path):
    # Given a fresh interpreter
    # When it imports the command line and builds the whole parser
    loaded = _heavy_modules_after("cli.build_parser()", tmp_path)
    # Then no database, Qt, document writer or locale-data library is loaded
    assert loaded == []


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["export", "--help"],
        ["plan", "derive", "--help"],
        ["khong-co-lenh"],
        ["export", "appendix", "--format", "pdf"],  # no -o: found by the command, before any work
        ["sheets", "import", "--month", "2026", "phieu.xlsx"],
    ],
)
def test_help_and_usage_errors_answer_without_loading_anything_heavy(argv, tmp_path):
    # Given the command line run in-process on a fresh interpreter
    action = f"""
try:
    code = cli.main({argv!r})
except SystemExit as stop:  # --help exits from argparse
    code = stop.code
assert code in (0, 2), code
"""
    # When it answers --help or a usage error
    loaded = _heavy_modules_after(action, tmp_path)
    # Then it did so without loading any heavy library
    assert loaded == []


def test_a_command_that_opens_a_workspace_does_load_the_database(tmp_path):
    # Given a command that really works on a workspace (the probe can tell heavy from light)
    action = f"cli.main(['init', {str(tmp_path / 'xa.xaplan')!r}])"
    # When it runs
    loaded = _heavy_modules_after(action, tmp_path)
    # Then the database layer was loaded for it
    assert "sqlalchemy" in loaded


def test_the_desktop_app_loads_its_services_before_qt(tmp_path):
    # Given a workspace (PySide6's import hook reads the source of every module imported after
    # Qt, so the services and SQLAlchemy must already be loaded when Qt comes in)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    workspace = tmp_path / "xa.xaplan"
    subprocess.run([sys.executable, "-m", "xa_planner", "init", str(workspace)], env=env,
                   check=True, capture_output=True, timeout=120)
    # When the desktop app starts and shows its window
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "xa_planner", "--smoke-test",
         "--workspace", str(workspace)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # Then SQLAlchemy's ORM finished loading before Qt's first module started
    order = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
             if line.startswith("import time:")]
    assert order.index("sqlalchemy.orm") < order.index("PySide6.QtCore")
