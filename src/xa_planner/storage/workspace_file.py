"""Opening a workspace file safely: lock, recognise, check, back up, migrate."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from xa_planner import __version__
from xa_planner.paths import backup_dir_for, lock_path_for
from xa_planner.storage import backups
from xa_planner.storage.database import Database, sqlite_engine
from xa_planner.storage.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DatabaseUnwritable,
    NetworkLocation,
    NotAWorkspace,
)
from xa_planner.storage.file_lock import WorkspaceLock
from xa_planner.storage.location import is_network_path
from xa_planner.storage.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS
from xa_planner.storage.sqlite_files import (
    application_id,
    connect_plain,
    header_application_id,
    integrity_problems,
    looks_like_sqlite,
    move_aside,
)


@dataclass
class OpenedWorkspace:
    """An open workspace database and the lock that keeps other instances out."""

    database: Database
    lock: WorkspaceLock | None
    created: bool
    migrated_from: str | None
    fully_checked: bool

    def close(self) -> None:
        self.database.close()
        if self.lock is not None:
            self.lock.release()


def open_workspace_file(path: Path, *, create: bool) -> OpenedWorkspace:
    """Open (or create) the workspace at *path*, raising a typed StorageError when it can't."""
    path = Path(path).absolute()
    if is_network_path(path.parent):
        raise NetworkLocation(str(path))
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        if path.exists():  # an empty file, or a folder: there, but not a workspace
            raise NotAWorkspace(str(path))
        raise FileNotFoundError(str(path))
    if exists and not looks_like_sqlite(path):
        raise NotAWorkspace(str(path))
    lock = _acquire_lock(path)
    try:
        return _open_locked(path, lock, exists, create)
    except BaseException:
        lock.release()
        raise


def _acquire_lock(path: Path) -> WorkspaceLock:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = WorkspaceLock(lock_path_for(path))
        lock.acquire()
    except DatabaseLocked:
        raise
    except OSError as exc:
        raise DatabaseUnwritable(_os_reason(exc)) from exc
    return lock


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "disk full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    return str(exc)


def _open_locked(path: Path, lock: WorkspaceLock, exists: bool, create: bool) -> OpenedWorkspace:
    full_check = not lock.previous_exit_was_clean
    new = not exists
    if exists and _check_existing_file(path, full=full_check):
        # An SQLite file without tables: ours if creation was cut short (our id), or an empty
        # database the user asked to turn into a workspace; never another program's file.
        new = create or header_application_id(path) == APPLICATION_ID
        if not new:
            raise NotAWorkspace(str(path))
    database = Database(sqlite_engine(path), path)
    try:
        migrated_from = _bring_schema_to_head(database, path, new=new)
        _probe_writable(database)
    except BaseException:
        database.engine.dispose()
        raise
    return OpenedWorkspace(database, lock, new, migrated_from, full_check)


def _check_existing_file(path: Path, *, full: bool) -> bool:
    """Recognise our file and check it (True when it has no tables yet).

    A damaged file is moved aside, never deleted.
    """
    try:
        conn = connect_plain(path)
        try:
            app_id = application_id(conn)
            tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
            problems = integrity_problems(conn, full=full) if app_id == APPLICATION_ID else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # Unreadable: ours (and damaged) only if the raw header carries our application id.
        problems, app_id, tables = [str(exc)], header_application_id(path), 1
    if app_id != APPLICATION_ID and tables:
        raise NotAWorkspace(str(path))
    if problems:
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
    # Alembic is imported only here, when a schema change is due, to keep start-up light.
    from xa_planner.storage import migrator

    migrator.upgrade(database)
    if new:
        initialise_meta(database)
    return revision


def _meta_revision(database: Database) -> int:
    with database.engine.connect() as conn:
        value = conn.execute(
            text("SELECT value FROM workspace_meta WHERE key = 'revision'")
        ).scalar()
    return int(value or 0)


def initialise_meta(database: Database) -> None:
    with database.session_scope(write=True) as session:
        now = dt.datetime.now().isoformat(timespec="seconds")
        for key, value in (("revision", "0"), ("created_by", __version__), ("created_at", now)):
            session.execute(
                text("INSERT INTO workspace_meta (key, value) VALUES (:k, :v)"),
                {"k": key, "v": value},
            )


def _probe_writable(database: Database) -> None:
    """Take the write lock once, so a read-only or full medium is reported now, not mid-edit."""
    try:
        with database.engine.connect() as conn:
            conn = conn.execution_options(xa_write=True)
            with conn.begin():
                conn.exec_driver_sql(
                    "UPDATE workspace_meta SET value = value WHERE key = 'created_by'"
                )
    except Exception as exc:
        message = str(exc).lower()
        if "readonly" in message or "read-only" in message or "disk" in message:
            raise DatabaseUnwritable(str(exc)) from exc
        raise


def workspace_revision(database: Database) -> int:
    return _meta_revision(database)
