"""Workspaces and backups on real faults: SQLite's codes decide what is damage, and nothing else.

Busy, full, size-limited and read-only files are reported as such and left byte-identical;
odd paths and symlinks reach the one real file; rotation keeps what it must, whatever the clock.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.fault_places import file_size_limit, snapshot, write_transaction_held

from xa_planner.paths import backup_dir_for
from xa_planner.services import errors
from xa_planner.services.demo_service import create_demo
from xa_planner.services.workspace_service import (
    create_empty,
    open_workspace,
    restore_workspace,
)
from xa_planner.storage import backups
from xa_planner.storage.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseReadOnly,
    DatabaseUnwritable,
    classify_sqlite_error,
)
from xa_planner.storage.workspace_file import open_workspace_file


@pytest.fixture
def workspace_path(tmp_path) -> Path:
    path = tmp_path / "ws" / "xa.xaplan"
    create_empty(path, "Vĩnh Thủy", "Quảng Trị").close()
    return path


def _sqlite_error(statement: str, path: Path) -> sqlite3.Error:
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        conn.execute(statement)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("no error")


def test_sqlite_errors_are_sorted_by_their_code_not_their_python_type(tmp_path):
    # Given real SQLite errors: a file that is not a database, and a write while one is held
    not_db = tmp_path / "not.db"
    not_db.write_bytes(b"x" * 4096)
    held = tmp_path / "held.db"
    sqlite3.connect(held).execute("CREATE TABLE t (x)").connection.close()
    damaged = classify_sqlite_error(_sqlite_error("SELECT * FROM sqlite_schema", not_db))
    with write_transaction_held(held):
        busy = classify_sqlite_error(_sqlite_error("BEGIN IMMEDIATE", held))
    # Then only the first is damage; both are DatabaseError to Python
    assert isinstance(damaged, DatabaseCorrupt)
    assert isinstance(busy, DatabaseBusy)


def test_a_workspace_held_by_another_program_is_busy_and_untouched(workspace_path):
    before = snapshot(workspace_path.parent)
    with write_transaction_held(workspace_path), pytest.raises(errors.WorkspaceBusy) as raised:
        open_workspace(workspace_path)
    assert "đang được mở ở chương trình khác" in str(raised.value)
    assert snapshot(workspace_path.parent) == before


def test_a_size_limit_while_opening_is_unwritable_never_corrupt(workspace_path):
    # Given a process whose files may not grow past 16 KiB (SQLite's -shm needs 32 KiB)
    code = (
        "import sys\n"
        "from xa_planner.storage.workspace_file import open_workspace_file\n"
        "from xa_planner.storage.errors import DatabaseUnwritable, DatabaseCorrupt\n"
        "try:\n"
        "    open_workspace_file(sys.argv[1], create=False)\n"
        "except DatabaseUnwritable:\n"
        "    sys.exit(7)\n"
    )
    before = snapshot(workspace_path.parent)
    done = subprocess.run(
        [sys.executable, "-c", code, str(workspace_path)],
        preexec_fn=file_size_limit(16 * 1024),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 7, done.stderr
    assert snapshot(workspace_path.parent) == before


def test_an_xlsx_export_past_a_size_limit_says_the_disk_is_full_without_noise(tmp_path):
    # Given an open demo workspace, then a limit on how large a file may grow
    path = tmp_path / "demo.xaplan"
    create_demo(path, tasks=10, offices=3, months=1).close()
    code = (
        "import resource, signal, sys\n"
        "from xa_planner.services.errors import ServiceError\n"
        "from xa_planner.services.workspace_service import open_workspace\n"
        "with open_workspace(sys.argv[1]) as workspace:\n"
        "    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))\n"
        "    for fmt in ('xlsx', 'docx'):\n"
        "        try:\n"
        "            workspace.plan_export.export(None, 'appendix', fmt, sys.argv[2] + fmt)\n"
        "        except ServiceError as exc:\n"
        "            print(exc)\n"
    )
    (tmp_path / "out").mkdir()
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(tmp_path / "out" / "phu-luc.")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    # Then each export names the full disk in one line, with nothing on stderr
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert len(lines) == 2 and all("ổ đĩa đã đầy" in line for line in lines), lines
    assert list((tmp_path / "out").iterdir()) == []


def test_a_question_mark_in_the_path_is_part_of_the_file_name(tmp_path):
    path = tmp_path / "w?x#y%41.xaplan"
    create_empty(path).close()
    assert path.is_file() and not (tmp_path / "w").exists()
    with open_workspace(path) as workspace:
        assert workspace.path == path


def test_the_lock_and_the_backups_follow_the_real_file_behind_a_symlink(workspace_path, tmp_path):
    link = tmp_path / "link.xaplan"
    link.symlink_to(workspace_path)
    with open_workspace(link) as workspace:
        made = workspace.maintenance.backup_now("manual")
        with pytest.raises(errors.WorkspaceLocked):
            open_workspace(workspace_path)
    assert made.path.parent == backup_dir_for(workspace_path)


def test_the_backup_just_made_survives_rotation_among_backups_dated_in_the_future(
    workspace_path,
):
    # Given twelve manual backups written while the clock was set to 2099
    folder = backup_dir_for(workspace_path)
    for n in range(12):
        backups.make_backup(workspace_path, folder, "manual", n, dt.datetime(2099, 1, 1, 0, n))
    # When a manual backup is made today, and automatic ones with the clock set back
    today = backups.make_backup(workspace_path, folder, "manual", 20)
    past = backups.make_backup(workspace_path, folder, "auto", 21, dt.datetime(2001, 1, 1))
    # Then both are kept, though twelve "newer" ones exist
    assert today is not None and today.path.is_file()
    assert past is not None and past.path.is_file()


def test_rotation_never_deletes_the_newest_backup_by_name_or_by_writing(workspace_path):
    folder = backup_dir_for(workspace_path)
    future = backups.make_backup(workspace_path, folder, "auto", 1, dt.datetime(2099, 1, 1))
    for n in range(20):
        backups.make_backup(workspace_path, folder, "auto", 2 + n, dt.datetime(2020, 1, 1, 0, n))
    names = {b.path.name for b in backups.list_backups(folder)}
    assert future.path.name in names
    assert "20200101-001900-000000-auto-r21.xaplan" in names


def test_stale_temporary_backups_are_swept_when_the_workspace_opens(workspace_path):
    folder = backup_dir_for(workspace_path)
    folder.mkdir(exist_ok=True)
    stale = folder / ".tmp-20260101-000000-000000-manual-r1.xaplan"
    stale.write_bytes(b"half")
    open_workspace(workspace_path).close()
    assert not stale.exists()


def test_a_failed_creation_leaves_no_file_and_a_retry_succeeds(tmp_path, monkeypatch):
    # Given a demo whose filling fails part-way
    path = tmp_path / "demo.xaplan"

    def broken_fill(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("xa_planner.services.demo_service.fill_demo", broken_fill)
    with pytest.raises(errors.WorkspaceUnwritable):
        create_demo(path, tasks=10, offices=3, months=1)
    # Then nothing is left behind, and the retry works
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    create_demo(path, tasks=10, offices=3, months=1).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.xaplan", "demo.xaplan.lock"]


def test_a_build_abandoned_by_a_killed_process_is_swept_and_blocks_nothing(tmp_path):
    # Given a demo killed while its workspace was being built
    path = tmp_path / "demo.xaplan"
    code = (
        "import sys\n"
        "from xa_planner.services.demo_service import create_demo\n"
        "create_demo(sys.argv[1], tasks=10000, offices=200, months=24)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(path)])
    try:
        _wait_for(lambda: any(p.name.endswith("-wal") and p.stat().st_size for p in _builds(tmp_path)))
    finally:
        child.kill()
        child.wait()
    assert not path.exists()
    # When it is made again, it succeeds and the abandoned build is gone
    create_empty(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.xaplan", "demo.xaplan.lock"]


def _builds(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if ".building-" in p.name]


def _wait_for(condition, seconds: float = 30) -> None:
    deadline = dt.datetime.now() + dt.timedelta(seconds=seconds)
    while not condition():
        assert dt.datetime.now() < deadline, "timed out"
        time.sleep(0.05)


def test_restore_over_a_present_file_keeps_it_beside_and_changes_nothing_when_it_fails(
    workspace_path, tmp_path
):
    folder = backup_dir_for(workspace_path)
    good = backups.make_backup(workspace_path, folder, "manual", 1)
    damaged = folder / "20200101-000000-000000-manual-r0.xaplan"
    shutil.copy(good.path, damaged)
    with open(damaged, "r+b") as handle:
        handle.seek(0)
        handle.write(b"not sqlite at all")
    before = snapshot(workspace_path.parent)
    with pytest.raises(errors.InvalidInput):
        restore_workspace(workspace_path, damaged)
    assert snapshot(workspace_path.parent) == before


def test_a_read_only_open_refuses_every_write_at_the_storage_layer(workspace_path):
    opened = open_workspace_file(workspace_path, create=False, read_only=True)
    try:
        assert opened.read_only and opened.lock is None
        with pytest.raises(DatabaseReadOnly), opened.database.session_scope(write=True):
            pass
        assert isinstance(DatabaseReadOnly(""), DatabaseUnwritable)
    finally:
        opened.close()


def test_restore_is_refused_while_the_workspace_is_open_and_changes_nothing(workspace_path):
    folder = backup_dir_for(workspace_path)
    backups.make_backup(workspace_path, folder, "manual", 1)
    with open_workspace(workspace_path):
        before = snapshot(workspace_path.parent)
        with pytest.raises(errors.WorkspaceLocked):
            restore_workspace(workspace_path)
        assert snapshot(workspace_path.parent) == before
