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


def test_an_export_of_the_appendix_reads_the_workspace_without_the_orm(tmp_path):
    # Given a workspace with a plan
    workspace = tmp_path / "xa.xaplan"
    subprocess.run([sys.executable, "-m", "xa_planner", "demo", str(workspace), "--tasks", "40"],
                   check=True, capture_output=True, timeout=120)
    # When the appendix is exported as .xlsx
    out = tmp_path / "phu-luc.xlsx"
    action = f"assert cli.main(['export', 'appendix', '--workspace', {str(workspace)!r}, '--format', 'xlsx', '-o', {str(out)!r}]) == 0"
    loaded = _heavy_modules_after(action, tmp_path)
    # Then the file is written, and neither SQLAlchemy nor Alembic was loaded for it
    assert out.stat().st_size > 0
    assert "openpyxl" in loaded and not {"sqlalchemy", "alembic"} & set(loaded)


def test_the_desktop_app_starts_and_closes_without_the_orm_its_services_before_qt(tmp_path):
    # Given a workspace with a plan (PySide6's import hook reads the source of every module
    # imported after Qt, so the services a start reads with must be loaded before it)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    workspace = tmp_path / "xa.xaplan"
    subprocess.run([sys.executable, "-m", "xa_planner", "demo", str(workspace), "--tasks", "40"],
                   env=env, check=True, capture_output=True, timeout=120)
    # When the desktop app starts, shows its home page and closes
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "xa_planner", "--smoke-test",
         "--workspace", str(workspace)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    order = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
             if line.startswith("import time:")]
    # Then SQLAlchemy was never loaded: the start read through the plain driver
    assert not [name for name in order if name.split(".")[0] in ("sqlalchemy", "alembic")]
    # and the services it read with were loaded before Qt's first module
    for service in ("home_service", "tracking_service", "plan_service", "commune_service"):
        assert order.index(f"xa_planner.services.{service}") < order.index("PySide6.QtCore")


def test_an_export_in_process_gives_the_garbage_collector_back(tmp_path):
    # Given the command line run in-process, as the tests and embedding callers do
    import gc

    from xa_planner import cli
    from xa_planner.services.demo_service import create_demo

    create_demo(tmp_path / "xa.xaplan", tasks=12, months=1).close()
    out = tmp_path / "phu-luc.xlsx"
    assert gc.isenabled()
    # When it exports the appendix (the collector is paused while the document is built)
    code = cli.main(["export", "appendix", "--workspace", str(tmp_path / "xa.xaplan"),
                     "--format", "xlsx", "-o", str(out)])
    # Then the file is written and the collector runs again afterwards
    assert code == 0 and out.stat().st_size > 0
    assert gc.isenabled()
    # and a failing export gives it back too
    code = cli.main(["export", "appendix", "--workspace", str(tmp_path / "khong-co.xaplan"),
                     "--format", "xlsx", "-o", str(out)])
    assert code != 0 and gc.isenabled()
