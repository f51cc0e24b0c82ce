"""The headless command line: its output, its exit codes, one clear line on every error."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3


@pytest.fixture
def run(tmp_path):
    """Run ``python -m xa_planner …`` in tmp_path with its own (empty) user folders."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / "home" / name.lower())

    def _run(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, "-m", "xa_planner", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
        return done

    return _run


def _one_error_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("xa-planner: ")
    return lines[0]


def test_init_creates_an_empty_workspace_with_the_standard_offices(run, tmp_path):
    done = run("init", "xa.xaplan", "--commune", "Vĩnh Thủy", "--province", "Quảng Trị", "--json")
    assert done.returncode == EXIT_OK, done.stderr
    payload = json.loads(done.stdout)
    assert Path(payload["path"]) == tmp_path / "xa.xaplan"
    assert payload["offices"][0] == "Công an xã" and len(payload["offices"]) == 14
    conn = sqlite3.connect(tmp_path / "xa.xaplan")
    assert conn.execute("SELECT commune_name, province_name FROM commune_profile").fetchall() == [
        ("Vĩnh Thủy", "Quảng Trị")
    ]
    conn.close()


def test_init_refuses_an_existing_path_and_leaves_it_alone(run, tmp_path):
    (tmp_path / "xa.xaplan").write_text("thư của tôi", encoding="utf-8")
    done = run("init", "xa.xaplan")
    assert done.returncode == EXIT_BAD_INPUT
    assert "đã có" in _one_error_line(done)
    assert (tmp_path / "xa.xaplan").read_text(encoding="utf-8") == "thư của tôi"


def test_demo_builds_the_size_asked_and_check_passes(run, tmp_path):
    done = run("demo", "demo.xaplan", "--tasks", "40", "--offices", "9", "--months", "2", "--json")
    assert done.returncode == EXIT_OK, done.stderr
    payload = json.loads(done.stdout)
    assert (payload["tasks"], payload["offices"], payload["months"]) == (40, 9, 2)
    assert isinstance(payload["plan_id"], int)

    checked = run("check", "--workspace", "demo.xaplan", "--json")
    assert checked.returncode == EXIT_OK, checked.stderr
    report = json.loads(checked.stdout)
    assert report["ok"] is True and report["foreign_key_problems"] == 0
    assert report["schema_revision"]

    human = run("check", "--workspace", "demo.xaplan")
    assert human.returncode == EXIT_OK and human.stdout.strip()


@pytest.mark.parametrize(
    "sizes",
    [["--tasks", "9"], ["--tasks", "10001"], ["--offices", "0"], ["--months", "25"]],
)
def test_demo_of_an_impossible_size_is_bad_input(run, tmp_path, sizes):
    done = run("demo", "demo.xaplan", *sizes)
    assert done.returncode == EXIT_BAD_INPUT
    _one_error_line(done)
    assert not (tmp_path / "demo.xaplan").exists()


def test_backup_writes_a_verified_copy_into_the_backup_folder_and_to_a_named_file(run, tmp_path):
    assert run("init", "xa.xaplan").returncode == EXIT_OK

    done = run("backup", "--workspace", "xa.xaplan", "--json")
    assert done.returncode == EXIT_OK, done.stderr
    made = Path(json.loads(done.stdout)["path"])
    assert made.parent == tmp_path / "xa.xaplan.backups" and made.stat().st_size > 0

    usb = run("backup", "--workspace", "xa.xaplan", "-o", "usb-copy.xaplan")
    assert usb.returncode == EXIT_OK, usb.stderr
    checked = run("check", "--workspace", "usb-copy.xaplan", "--json")
    assert json.loads(checked.stdout)["ok"] is True


def test_backup_to_a_folder_that_does_not_exist_is_bad_input(run, tmp_path):
    assert run("init", "xa.xaplan").returncode == EXIT_OK
    done = run("backup", "--workspace", "xa.xaplan", "-o", str(tmp_path / "no" / "copy.xaplan"))
    assert done.returncode == EXIT_BAD_INPUT
    _one_error_line(done)


@pytest.mark.parametrize("command", ["check", "backup"])
def test_a_missing_workspace_is_bad_input(run, command):
    done = run(command, "--workspace", "khong-co.xaplan")
    assert done.returncode == EXIT_BAD_INPUT
    assert "khong-co.xaplan" in _one_error_line(done)


@pytest.mark.parametrize("command", ["check", "backup"])
def test_a_file_that_is_not_a_workspace_is_bad_input_and_untouched(run, tmp_path, command):
    path = tmp_path / "anh.xaplan"
    path.write_bytes(random.Random(5).randbytes(20_000))
    before = path.read_bytes()
    done = run(command, "--workspace", "anh.xaplan")
    assert done.returncode == EXIT_BAD_INPUT
    _one_error_line(done)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["khong-co-lenh"],
        ["demo"],
        ["demo", "x.xaplan", "--tasks", "nhiều"],
        ["backup", "--khong-co"],
        ["init"],
    ],
)
def test_bad_usage_exits_2_with_one_line(run, args):
    done = run(*args)
    assert done.returncode == EXIT_USAGE
    _one_error_line(done)
