"""Opening a workspace file safely: lock, recognise, check, back up, migrate."""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from xa_planner import __version__
from xa_planner.paths import backup_dir_for, lock_path_for
from xa_planner.storage import backups
from xa_planner.storage.database import Database
from xa_planner.storage.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnwritable,
    NetworkLocation,
    NotAWorkspace,
    classify_os_error,
    is_damage,
)
from xa_planner.storage.file_lock import WorkspaceLock
from xa_planner.storage.location import is_network_path
from xa_planner.storage.plain_rows import first
from xa_planner.storage.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS
from xa_planner.storage.sqlite_files import (
    SIDECARS,
    application_id,
    connect_plain,
    header_application_id,
    integrity_problems,
    looks_like_sqlite,
    move_aside,
    raise_classified,
    remove_sidecars,
    replace_with_retry,
)

OPEN_BUSY_TIMEOUT = 0.8  # seconds another program's lock is waited for at opening


@dataclass
class OpenedWorkspace:
    """An open workspace database and the lock that keeps other instances out."""

    database: Database
    lock: WorkspaceLock | None
    created: bool
    migrated_from: str | None
    fully_checked: bool
    read_only: bool = False

    def close(self) -> None:
        self.database.close()
        if self.lock is not None:
            self.lock.release()


def real_workspace_path(path: Path) -> Path:
    """The one name of a workspace, symlinks resolved: its lock and backups hang off it."""
    return Path(os.path.realpath(Path(path).absolute()))


def open_workspace_file(path: Path, *, create: bool, read_only: bool = False) -> OpenedWorkspace:
    """Open (or create) the workspace at *path*, raising a typed StorageError when it can't.

    A file the user may read but not write (read-only file, folder or medium) is opened
    read-only: it can be viewed, printed and exported, and every write is refused.
    """
    path = real_workspace_path(path)
    if is_network_path(path.parent):
        raise NetworkLocation(str(path))
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        if path.exists():  # an empty file, or a folder: there, but not a workspace
            raise NotAWorkspace(str(path))
        raise FileNotFoundError(str(path))
    if exists and not looks_like_sqlite(path):
        raise NotAWorkspace(str(path))
    if exists and (read_only or not _writable_place(path)):
        return _open_read_only(path)
    return _open_writable(path, exists, create)


def _open_writable(path: Path, exists: bool, create: bool) -> OpenedWorkspace:
    """Lock and open for writing; read-only after all when SQLite finds the file so."""
    lock = _acquire_lock(path, exists)
    if lock is None:
        return _open_read_only(path)
    sidecars_before = _present_sidecars(path)
    try:
        return _open_locked(path, lock, exists, create)
    except DatabaseReadOnly:
        lock.release()
        if not exists:
            raise
        return _open_read_only(path)
    except DatabaseUnwritable:
        _remove_new_empty_journals(path, sidecars_before)
        lock.release()
        raise
    except BaseException:
        lock.release()
        raise


def _present_sidecars(path: Path) -> set[Path]:
    return {s for s in (path.with_name(path.name + x) for x in SIDECARS) if s.exists()}


def _remove_new_empty_journals(path: Path, before: set[Path]) -> None:
    """Undo the -wal/-shm a failed opening created on a full disk, when they hold nothing.

    We hold the workspace lock and they were not there before, so no one else is using them;
    a WAL with any content is kept, as it might hold committed changes.
    """
    wal = path.with_name(path.name + "-wal")
    if wal in before or (wal.exists() and wal.stat().st_size > 0):
        return
    for sidecar in _present_sidecars(path) - before:
        with contextlib.suppress(OSError):
            sidecar.unlink()


def _writable_place(path: Path) -> bool:
    # SQLite needs the folder too, for its -wal and -shm files beside the workspace.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _acquire_lock(path: Path, exists: bool) -> WorkspaceLock | None:
    """The workspace lock; None when an existing workspace lies where nothing can be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = WorkspaceLock(lock_path_for(path))
        lock.acquire()
    except DatabaseLocked:
        raise
    except OSError as exc:
        error = classify_os_error(exc)
        if exists and isinstance(error, DatabaseReadOnly):
            return None
        raise error from exc
    return lock


def _open_read_only(path: Path) -> OpenedWorkspace:
    """Open for reading only, without the lock (nothing here can be written by anyone)."""
    if _check_existing_file(path, full=False, read_only=True):
        raise DatabaseReadOnly(str(path))  # a blank file cannot be made a workspace here
    database = Database.of_file(path, read_only=True)
    try:
        revision = database.schema_revision()
    except BaseException:
        database.close()
        raise
    if revision != HEAD_REVISION:
        database.close()
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(revision)
        raise DatabaseReadOnly(str(path))  # an older schema must be upgraded, i.e. written
    return OpenedWorkspace(database, None, False, None, False, read_only=True)


def _open_locked(path: Path, lock: WorkspaceLock, exists: bool, create: bool) -> OpenedWorkspace:
    full_check = not lock.previous_exit_was_clean
    new = not exists
    if exists and _check_existing_file(path, full=full_check):
        # An SQLite file without tables: ours if creation was cut short (our id), or an empty
        # database the user asked to turn into a workspace; never another program's file.
        new = create or header_application_id(path) == APPLICATION_ID
        if not new:
            raise NotAWorkspace(str(path))
    database = Database.of_file(path)
    try:
        with _sqlite_codes_classified():
            migrated_from = _bring_schema_to_head(database, path, new=new)
            _probe_writable(database)
    except BaseException:
        database.close()
        raise
    backups.sweep_stale_temp_files(backup_dir_for(path))
    return OpenedWorkspace(database, lock, new, migrated_from, full_check)


def _check_existing_file(path: Path, *, full: bool, read_only: bool = False) -> bool:
    """Recognise our file and check it (True when it has no tables yet).

    Only SQLite's own codes for damage (SQLITE_CORRUPT, SQLITE_NOTADB) count as damage: a
    damaged file is moved aside, never deleted.  A busy, full, unreadable or read-only file
    raises its own StorageError and is left exactly as it was.
    """
    try:
        conn = connect_plain(path, read_only=read_only, timeout=OPEN_BUSY_TIMEOUT)
        try:
            app_id: int | None = application_id(conn)
            tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
            problems = integrity_problems(conn, full=full) if app_id == APPLICATION_ID else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise_classified(exc)
        # Unreadable: ours (and damaged) only if the raw header carries our application id.
        problems, tables = [str(exc)], 1
        app_id = header_application_id(path)
    if app_id != APPLICATION_ID and tables:
        raise NotAWorkspace(str(path))
    if problems:
        if read_only:  # cannot be moved aside; say so without touching it
            raise DatabaseCorrupt("; ".join(problems[:5]))
        moved = move_aside(path, "corrupt")
        raise DatabaseCorrupt("; ".join(problems[:5]), str(moved))
    return tables == 0


def _bring_schema_to_head(database: Database, path: Path, *, new: bool) -> str | None:
    if new:
        database.set_up_new_file()
    revision = database.schema_revision()
    if revision == HEAD_REVISION:
        return None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(revision)
    if revision is not None:
        stamp = _meta_revision(database)
        backups.make_backup(path, backup_dir_for(path), "before-migration", stamp)
    # Alembic (and SQLAlchemy) are imported only here, when a schema change is due.
    from xa_planner.storage import migrator
    from xa_planner.storage.sessions import errors_classified

    with errors_classified():
        migrator.upgrade(database)
        if new:
            initialise_meta(database)
    return revision


def _meta_revision(database: Database) -> int:
    with database.reading() as rows:
        row = first(rows, "SELECT value FROM workspace_meta WHERE key = 'revision'")
    return int(row[0] or 0) if row else 0


def initialise_meta(database: Database) -> None:
    from sqlalchemy import text

    with database.session_scope(write=True) as session:
        now = dt.datetime.now().isoformat(timespec="seconds")
        for key, value in (("revision", "0"), ("created_by", __version__), ("created_at", now)):
            session.execute(
                text("INSERT INTO workspace_meta (key, value) VALUES (:k, :v)"),
                {"k": key, "v": value},
            )


@contextlib.contextmanager
def _sqlite_codes_classified() -> Iterator[None]:
    """Turn SQLite's own failures into StorageErrors by their code."""
    try:
        yield
    except sqlite3.Error as exc:
        raise_classified(exc)


def _probe_writable(database: Database) -> None:
    """Take the write lock once, so a read-only, full or busy file is reported now, not mid-edit.

    Another program's lock is waited for only briefly here: the user is waiting to see the file.
    """
    assert database.path is not None
    conn = connect_plain(database.path, timeout=OPEN_BUSY_TIMEOUT)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE workspace_meta SET value = value WHERE key = 'created_by'")
        conn.execute("COMMIT")
    finally:
        conn.close()


def workspace_revision(database: Database) -> int:
    return _meta_revision(database)


BUILD_MARK = ".building-"


def new_workspace_beside(target: Path) -> Path:
    """A hidden name in *target*'s folder where a new workspace is built before it is moved in.

    Builds abandoned by a killed process are swept first, so they never pile up.
    """
    target = real_workspace_path(target)
    found = target.parent.glob(f".{glob.escape(target.name)}{BUILD_MARK}*")
    for stale in {_build_of(p) for p in found}:
        _discard_if_abandoned(stale)
    return target.with_name(f".{target.name}{BUILD_MARK}{os.getpid()}")


def _build_of(path: Path) -> Path:
    """The build a lock file or journal belongs to."""
    name = path.name.removesuffix(".lock")
    for suffix in SIDECARS:
        name = name.removesuffix(suffix)
    return path.with_name(name)


def _discard_if_abandoned(build: Path) -> None:
    lock = WorkspaceLock(lock_path_for(build))
    try:
        lock.acquire()
    except (DatabaseLocked, OSError):
        return  # another process is building it right now, or it cannot be touched
    lock.release()
    discard_build(build)


def publish_new_workspace(build: Path, target: Path) -> None:
    """Move a complete, closed workspace *build* to *target*, never over an existing file."""
    target = real_workspace_path(target)
    wal = build.with_name(build.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        # Its last changes could not be folded into the file (a full disk): it is incomplete.
        raise DatabaseUnwritable(str(wal), disk_full=True)
    if target.exists():
        raise FileExistsError(str(target))
    remove_sidecars(build)
    replace_with_retry(build, target)
    lock_path_for(build).unlink(missing_ok=True)


def discard_build(build: Path) -> None:
    """Remove a workspace that was being built (or just published), its journals and lock."""
    with contextlib.suppress(OSError):
        build.unlink(missing_ok=True)
        remove_sidecars(build)
        lock_path_for(build).unlink(missing_ok=True)


def restore_workspace_file(path: Path, backup: Path) -> Path | None:
    """Put a verified copy of *backup* in place of the workspace at *path*.

    The current file (if any) is kept beside it under a "before-restore" name; nothing is
    changed when the copy cannot be made.  Returns where the current file was kept.
    """
    path = real_workspace_path(path)
    lock = _acquire_lock(path, exists=False)
    assert lock is not None  # a read-only place raised DatabaseReadOnly above
    try:
        return backups.restore_file(backup, path, keep_current=True)
    finally:
        lock.release()
