"""The command line on real faults: full disks, size limits, read-only places, locks, odd paths.

Each test runs the CLI as the officer would, and checks the one Vietnamese line it prints, its
exit code, and that the workspace and its backups are byte-identical afterwards.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.fault_places import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    ROOT_WITHOUT_OVERRIDE,
    file_size_limit,
    fill_up,
    hand_to_another_user,
    make_read_only,
    one_error_line,
    run_cli,
    small_disk,
    snapshot,
    write_transaction_held,
)
from xa_planner.paths import backup_dir_for, lock_path_for
from xa_planner.services.demo_service import create_demo
from xa_planner.services.workspace_service import create_empty, open_workspace

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")


def _new_workspace(path: Path, *, backed_up: bool = True) -> Path:
    with create_empty(path, "Vĩnh Thủy", "Quảng Trị") as workspace:
        if backed_up:
            workspace.maintenance.backup_now("manual")
    return path


@pytest.fixture
def disk(tmp_path):
    with small_disk(tmp_path / "disk", "2m") as folder:
        yield folder


def test_a_full_disk_is_reported_and_the_workspace_is_neither_renamed_nor_changed(
    tmp_path, disk
):
    # Given a healthy workspace with a backup, on a disk that has since filled up
    workspace = _new_workspace(disk / "xa.xaplan")
    fill_up(disk)
    before = snapshot(disk)
    # When the officer checks it and backs it up
    for command in ("check", "backup"):
        done = run_cli(tmp_path, command, "--workspace", str(workspace))
        # Then each says the disk is full, in one line, as an environment problem
        assert done.returncode == EXIT_BAD_INPUT, done.stderr
        assert "ổ đĩa" in one_error_line(done) and "đầy" in done.stderr
        assert "hỏng" not in done.stderr
    # And nothing was renamed, written or left behind
    assert snapshot(disk) == before


def test_a_file_size_limit_is_reported_as_a_full_disk_and_changes_nothing(tmp_path):
    # Given a healthy workspace, opened by a process that may not grow any file past 16 KiB
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan")
    before = snapshot(workspace.parent)
    done = run_cli(tmp_path, "check", "--workspace", str(workspace),
                   preexec=file_size_limit(16 * 1024))
    # Then it is "cannot write", never "damaged", and the files are as they were
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert "ổ đĩa đầy hoặc không ghi được" in one_error_line(done)
    assert snapshot(workspace.parent) == before


def test_a_read_only_place_opens_the_workspace_for_reading_and_refuses_writes(tmp_path, disk):
    # Given a workspace on a medium that has been made read-only
    workspace = _new_workspace(disk / "xa.xaplan")
    make_read_only(disk)
    before = snapshot(disk)
    # When the officer checks it and exports from it, both work
    assert run_cli(tmp_path, "check", "--workspace", str(workspace)).returncode == EXIT_OK
    # But a backup into the read-only folder is refused in one Vietnamese line
    done = run_cli(tmp_path, "backup", "--workspace", str(workspace))
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert "chỉ đọc" in one_error_line(done)
    # While a copy to a writable place is made
    done = run_cli(tmp_path, "backup", "--workspace", str(workspace), "-o", str(tmp_path))
    assert done.returncode == EXIT_OK, done.stderr
    assert (tmp_path / "xa.xaplan").is_file()
    assert snapshot(disk) == before


@pytest.mark.parametrize("folder_writable", [False, True])
def test_a_workspace_the_user_may_not_write_opens_for_reading(tmp_path, folder_writable):
    # Given a workspace whose file (and perhaps folder) belongs to someone else, mode 644/755
    workspace = tmp_path / "ws" / "xa.xaplan"
    with create_demo(workspace, tasks=10, offices=3, months=1) as demo:
        demo.maintenance.backup_now("manual")
    owned = [workspace, lock_path_for(workspace), *backup_dir_for(workspace).iterdir()]
    hand_to_another_user(*owned, *([] if folder_writable else [workspace.parent]))
    before = snapshot(workspace.parent)
    # When the officer checks it and exports from it, both work
    check = run_cli(tmp_path, "check", "--workspace", str(workspace), prefix=ROOT_WITHOUT_OVERRIDE)
    assert check.returncode == EXIT_OK, check.stderr
    export = run_cli(
        tmp_path, "export", "appendix", "--workspace", str(workspace), "--format", "xlsx",
        "-o", str(tmp_path / "phu-luc.xlsx"), prefix=ROOT_WITHOUT_OVERRIDE,
    )
    assert export.returncode == EXIT_OK, export.stderr
    # Then the workspace is as it was (a writable folder may gain SQLite's empty journals)
    after = snapshot(workspace.parent)
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == before


def test_a_workspace_locked_by_another_copy_of_the_app_is_named_as_such(tmp_path):
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan")
    before = snapshot(workspace.parent)
    with open(lock_path_for(workspace), "rb+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        done = run_cli(tmp_path, "backup", "--workspace", str(workspace))
    assert done.returncode == EXIT_BAD_INPUT
    assert "đang được mở ở một cửa sổ khác" in one_error_line(done)
    assert snapshot(workspace.parent) == before


def test_a_write_transaction_held_by_another_program_is_busy_not_damage(tmp_path):
    # Given another program holding SQLite's write lock on the workspace
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan")
    before = snapshot(workspace.parent)
    with write_transaction_held(workspace):
        done = run_cli(tmp_path, "check", "--workspace", str(workspace))
    # Then the officer is told it is open elsewhere (after a short wait), nothing renamed
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert "đang được mở ở chương trình khác" in one_error_line(done)
    assert snapshot(workspace.parent) == before


def test_a_symlinked_path_shares_the_lock_and_the_backups_of_the_real_file(tmp_path):
    workspace = _new_workspace(tmp_path / "real" / "xa.xaplan", backed_up=False)
    link = tmp_path / "elsewhere" / "link.xaplan"
    link.parent.mkdir()
    link.symlink_to(workspace)
    with open_workspace(workspace):
        done = run_cli(tmp_path, "backup", "--workspace", str(link))
    assert done.returncode == EXIT_BAD_INPUT
    assert "đang được mở" in one_error_line(done)
    done = run_cli(tmp_path, "backup", "--workspace", str(link), "--json")
    assert done.returncode == EXIT_OK, done.stderr
    assert Path(json.loads(done.stdout)["path"]).parent == backup_dir_for(workspace)
    assert not backup_dir_for(link).exists()


@pytest.mark.parametrize("name", ["w?x.xaplan", "a#b%20c.xaplan"])
def test_odd_characters_in_a_path_are_part_of_the_file_name(tmp_path, name):
    done = run_cli(tmp_path, "init", name)
    assert done.returncode == EXIT_OK, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == sorted(
        [name, f"{name}.lock"]
    )
    assert run_cli(tmp_path, "check", "--workspace", name).returncode == EXIT_OK


def test_a_backup_is_kept_even_when_older_ones_are_dated_in_the_future(tmp_path):
    # Given a PC whose clock was once set years ahead: twelve manual backups dated 2099
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan")
    folder = backup_dir_for(workspace)
    model = next(folder.iterdir())
    for n in range(12):
        shutil.copy(model, folder / f"2099010{n % 9 + 1}-00000{n % 10}-000000-manual-r1.xaplan")
    # When the officer makes a backup today
    done = run_cli(tmp_path, "backup", "--workspace", str(workspace), "--json")
    # Then it succeeds and the backup it names is there
    assert done.returncode == EXIT_OK, done.stderr
    assert Path(json.loads(done.stdout)["path"]).is_file()


def test_half_written_backups_left_by_a_killed_process_are_swept_at_opening(tmp_path):
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan")
    stale = backup_dir_for(workspace) / f".tmp-{dt.date.today():%Y%m%d}-manual-r1.xaplan"
    stale.write_bytes(b"half a backup")
    assert run_cli(tmp_path, "check", "--workspace", str(workspace)).returncode == EXIT_OK
    assert not stale.exists()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * (4096 * 4)
    path.write_bytes(bytes(data))


def test_a_damaged_workspace_names_its_newest_good_backup_and_restore_brings_it_back(tmp_path):
    # Given a workspace with a good backup, then damaged on disk
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan")
    (good,) = backup_dir_for(workspace).iterdir()
    _damage(workspace)
    # When the officer opens it, the message names the backup and the restore command
    done = run_cli(tmp_path, "check", "--workspace", str(workspace))
    assert done.returncode == EXIT_BAD_INPUT
    line = one_error_line(done)
    assert "bị hỏng" in line and str(good) in line and "xa-planner restore" in line
    # And restore puts the newest good backup in place
    done = run_cli(tmp_path, "restore", "--workspace", str(workspace))
    assert done.returncode == EXIT_OK, done.stderr
    assert str(good) in done.stdout
    assert run_cli(tmp_path, "check", "--workspace", str(workspace)).returncode == EXIT_OK
    assert any(".corrupt-" in p.name for p in workspace.parent.iterdir())


def test_restore_keeps_the_current_file_beside_the_workspace_first(tmp_path):
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan")
    (backup,) = backup_dir_for(workspace).iterdir()
    current = workspace.read_bytes()
    done = run_cli(
        tmp_path, "restore", "--workspace", str(workspace), "--backup", str(backup), "--json"
    )
    assert done.returncode == EXIT_OK, done.stderr
    kept = Path(json.loads(done.stdout)["kept"])
    assert kept.parent == workspace.parent and kept.read_bytes() == current


def test_restore_without_any_good_backup_is_bad_input(tmp_path):
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan", backed_up=False)
    before = snapshot(workspace.parent)
    done = run_cli(tmp_path, "restore", "--workspace", str(workspace))
    assert done.returncode == EXIT_BAD_INPUT
    assert "Không có bản sao lưu tốt nào" in one_error_line(done)
    assert snapshot(workspace.parent) == before


def test_init_on_a_full_disk_leaves_nothing_that_blocks_a_retry(tmp_path, disk):
    fill_up(disk)
    done = run_cli(tmp_path, "init", str(disk / "xa.xaplan"))
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert "đầy" in one_error_line(done)
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]
    (disk / "filler.bin").unlink()
    assert run_cli(tmp_path, "init", str(disk / "xa.xaplan")).returncode == EXIT_OK


def test_an_export_to_a_full_disk_says_so_in_one_line_and_leaves_no_temporary_file(
    tmp_path, disk
):
    workspace = _new_workspace(tmp_path / "ws" / "xa.xaplan", backed_up=False)
    assert run_cli(tmp_path, "demo", str(tmp_path / "d.xaplan"), "--tasks", "10").returncode == 0
    fill_up(disk)
    for fmt in ("xlsx", "docx", "pdf"):
        target = disk / f"phu-luc.{fmt}"
        done = run_cli(
            tmp_path, "export", "appendix", "--workspace", str(tmp_path / "d.xaplan"),
            "--format", fmt, "-o", str(target),
        )
        assert done.returncode == EXIT_BAD_INPUT, done.stderr
        assert "ổ đĩa đã đầy" in one_error_line(done)
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]
    assert workspace.is_file()


@pytest.mark.parametrize("size", ["200k", "280k", "360k"])
def test_init_on_a_nearly_full_disk_leaves_a_complete_workspace_or_nothing(tmp_path, size):
    # Given disks with a little room: less than, about, or just over what a workspace needs
    with small_disk(tmp_path / "disk", size) as disk:
        done = run_cli(tmp_path, "init", str(disk / "xa.xaplan"))
        names = sorted(p.name for p in disk.iterdir())
        # Then either the one-line message and an empty disk, or a sound workspace
        if done.returncode == EXIT_BAD_INPUT:
            assert "đầy" in one_error_line(done) and names == []
        else:
            assert done.returncode == EXIT_OK, done.stderr
            assert names == ["xa.xaplan", "xa.xaplan.lock"]
            check = run_cli(tmp_path, "check", "--workspace", str(disk / "xa.xaplan"))
            assert check.returncode == EXIT_OK
