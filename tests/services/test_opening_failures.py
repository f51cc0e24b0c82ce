"""Opening a workspace that cannot be used gives one clear message and never changes the file."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from xa_planner.domain.offices import Office
from xa_planner.services import errors
from xa_planner.services.workspace_service import create_empty, open_workspace
from xa_planner.storage import location


@pytest.fixture
def workspace_path(tmp_path) -> Path:
    path = tmp_path / "xa.xaplan"
    with create_empty(path, "Vĩnh Thủy", "Quảng Trị") as workspace:
        for n in range(40):
            workspace.commune.add_office(Office(None, f"Thôn {n}", f"Thôn {n}", head="Lê " * 30))
    return path


def _assert_one_vietnamese_line(error: Exception) -> None:
    message = str(error)
    assert message and "\n" not in message
    assert any(ch in message for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    assert "Traceback" not in message and "sqlite" not in message.lower()


# --- another instance ------------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from xa_planner.services.workspace_service import open_workspace

    workspace = open_workspace(Path(sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.read()
    workspace.close()
    """
)


def test_a_workspace_open_in_another_process_is_refused_as_locked(workspace_path):
    # Given another process that has the workspace open
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workspace_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "ready\n"
        before = workspace_path.read_bytes()
        # When this process opens it too
        with pytest.raises(errors.WorkspaceLocked) as raised:
            open_workspace(workspace_path)
        # Then it is refused with one clear line, and the file is unchanged
        _assert_one_vietnamese_line(raised.value)
        assert workspace_path.read_bytes() == before
    finally:
        holder.communicate("", timeout=20)
    # And once the other process has closed it, it opens normally
    open_workspace(workspace_path).close()


# --- not a workspace -------------------------------------------------------------------------


def _other_apps_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('không phải của chúng ta')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda p: p.write_bytes(random.Random(3).randbytes(50_000)), id="random-bytes"
        ),
        pytest.param(lambda p: p.write_bytes(b""), id="empty-file"),
        pytest.param(lambda p: p.write_text("TT\tNhiệm vụ\n1\tTuyên truyền\n"), id="text-file"),
        pytest.param(_other_apps_database, id="another-apps-sqlite"),
        pytest.param(
            lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84), id="sqlite-header-only"
        ),
    ],
)
def test_a_file_that_is_not_a_workspace_is_refused_and_left_alone(tmp_path, make):
    # Given a file that is not one of our workspaces
    path = tmp_path / "khac.xaplan"
    make(path)
    before = path.read_bytes()

    # When it is opened
    with pytest.raises(errors.WorkspaceError) as raised:
        open_workspace(path)

    # Then the message says so in one line, and the file is byte-identical and still there
    _assert_one_vietnamese_line(raised.value)
    assert "không phải" in str(raised.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("khac.xaplan.corrupt-*"))


def test_a_missing_workspace_is_reported_as_not_found(tmp_path):
    with pytest.raises(errors.WorkspaceError) as raised:
        open_workspace(tmp_path / "khong-co.xaplan")
    _assert_one_vietnamese_line(raised.value)
    assert not (tmp_path / "khong-co.xaplan").exists()


# --- corrupt ---------------------------------------------------------------------------------


def test_a_damaged_workspace_is_moved_aside_never_deleted(workspace_path):
    # Given a real workspace whose middle pages were damaged on disk
    data = bytearray(workspace_path.read_bytes())
    pages = len(data) // 4096
    rng = random.Random(11)
    for page in range(pages // 3, 2 * pages // 3):
        data[page * 4096 + 100 : page * 4096 + 900] = rng.randbytes(800)
    workspace_path.write_bytes(data)

    # When it is opened
    with pytest.raises(errors.WorkspaceCorrupt) as raised:
        open_workspace(workspace_path)

    # Then the user is told where it went, and the damaged bytes are kept under a new name
    _assert_one_vietnamese_line(raised.value)
    moved = list(workspace_path.parent.glob("xa.xaplan.corrupt-*"))
    moved = [p for p in moved if not p.name.endswith(("-wal", "-shm"))]
    assert len(moved) == 1
    assert moved[0].read_bytes() == bytes(data)
    assert moved[0].name in str(raised.value)
    assert not workspace_path.exists()


# --- read-only, full, network ----------------------------------------------------------------


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True).returncode == 0


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str):
    folder.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def test_a_workspace_on_a_read_only_disk_opens_read_only_and_refuses_writes(
    workspace_path, tmp_path
):
    # Given a workspace on a medium that has become read-only (a locked USB stick)
    with _tmpfs(tmp_path / "usb", "4m") as usb:
        path = usb / "xa.xaplan"
        path.write_bytes(workspace_path.read_bytes())
        if not _run("mount", "-o", "remount,ro", str(usb)):
            pytest.skip("remounting read-only is not permitted here")
        before = path.read_bytes()

        # When it is opened, it can be read
        with open_workspace(path) as workspace:
            assert workspace.read_only
            assert workspace.commune.offices()
            # But a change is refused with a message naming the cause
            with pytest.raises(errors.WorkspaceReadOnly) as raised:
                workspace.commune.save_profile(workspace.commune.profile())

        _assert_one_vietnamese_line(raised.value)
        assert "chỉ đọc" in str(raised.value)
        assert path.read_bytes() == before
        assert sorted(os.listdir(usb)) == ["xa.xaplan"]


def test_a_read_only_workspace_file_in_a_writable_folder_opens_read_only(workspace_path):
    # Given the workspace file itself made read-only (root ignores chmod, so a read-only bind)
    if not _run("mount", "--bind", str(workspace_path), str(workspace_path)):
        pytest.skip("bind mounts are not permitted here")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(workspace_path)):
            pytest.skip("read-only bind mounts are not permitted here")
        before = workspace_path.read_bytes()
        with open_workspace(workspace_path) as workspace:
            assert workspace.read_only and workspace.commune.offices()
            with pytest.raises(errors.WorkspaceReadOnly) as raised:
                workspace.commune.save_profile(workspace.commune.profile())
        _assert_one_vietnamese_line(raised.value)
        assert workspace_path.read_bytes() == before
    finally:
        _run("umount", "-l", str(workspace_path))


def _fill_disk(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):
            while os.write(fd, b"\1" * 4096):
                pass
    finally:
        os.close(fd)


def test_opening_a_workspace_on_a_full_disk_gives_a_clear_message(workspace_path, tmp_path):
    with _tmpfs(tmp_path / "full", "1m") as disk:
        path = disk / "xa.xaplan"
        path.write_bytes(workspace_path.read_bytes())
        _fill_disk(disk)
        before = path.read_bytes()

        with pytest.raises(errors.WorkspaceUnwritable) as raised:
            open_workspace(path)

        _assert_one_vietnamese_line(raised.value)
        assert "đầy" in str(raised.value)
        assert path.read_bytes() == before


def test_a_write_that_meets_a_full_disk_fails_clearly_and_keeps_the_workspace_sound(
    workspace_path, tmp_path
):
    with _tmpfs(tmp_path / "full", "1m") as disk:
        path = disk / "xa.xaplan"
        path.write_bytes(workspace_path.read_bytes())
        with open_workspace(path) as workspace:
            count = len(workspace.commune.offices())
            # Given the disk fills up while the workspace is open
            _fill_disk(disk)
            # When the officer saves a change too big for what is left
            with pytest.raises(errors.WorkspaceUnwritable) as raised:
                for n in range(200):
                    workspace.commune.add_office(Office(None, f"Tổ {n}", "Tổ dân phố " * 40))
            _assert_one_vietnamese_line(raised.value)
            # Then after space is freed, every committed change is there and the file is sound
            (disk / "filler").unlink()
            offices = workspace.commune.offices()
            assert len(offices) >= count
            assert workspace.maintenance.check().ok
            workspace.commune.add_office(Office(None, "Sau khi dọn", "Sau khi dọn"))


def test_creating_a_workspace_on_a_full_disk_gives_a_clear_message(tmp_path):
    with _tmpfs(tmp_path / "full", "300k") as disk:
        _fill_disk(disk)
        with pytest.raises(errors.WorkspaceError) as raised:
            create_empty(disk / "moi.xaplan", "Vĩnh Thủy")
        _assert_one_vietnamese_line(raised.value)


def test_a_workspace_on_a_network_drive_is_refused_with_advice(workspace_path, monkeypatch):
    # Given the folder reports a network file system (the edge: /proc/mounts says cifs)
    monkeypatch.setattr(location, "_mount_fs_type", lambda path: "cifs")
    before = workspace_path.read_bytes()

    # When the workspace is opened
    with pytest.raises(errors.WorkspaceUnwritable) as raised:
        open_workspace(workspace_path)

    # Then the message names the network drive, and the file was not touched (nor locked)
    _assert_one_vietnamese_line(raised.value)
    assert "ổ mạng" in str(raised.value)
    assert workspace_path.read_bytes() == before
    assert workspace_path.with_name("xa.xaplan.lock").read_bytes() == b"clean\n"
