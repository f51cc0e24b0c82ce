"""Low-level work on SQLite files: header checks, integrity checks, durable renames."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path
from typing import NoReturn

from xa_planner.storage.errors import classify_sqlite_error, is_damage
from xa_planner.storage.schema import APPLICATION_ID, SQLITE_MAGIC

SIDECARS = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_MS = 10_000


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def file_uri(path: Path, *, read_only: bool = False) -> str:
    """The file: URI of *path*: "?", "#" and "%" in a name stay part of the name."""
    real = Path(os.path.realpath(path))
    uri = real.as_uri()
    if not read_only:
        return uri
    if _frozen(real):
        # SQLite cannot open a WAL-mode file where it can create neither -wal nor -shm,
        # unless told the file cannot change; nothing can write here, so it cannot.
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro"


def _frozen(path: Path) -> bool:
    """True when no one can write beside *path* and no WAL holds changes not yet in it."""
    wal = path.with_name(path.name + "-wal")
    return not os.access(path.parent, os.W_OK) and not (wal.exists() and wal.stat().st_size)


def connect_plain(
    path: Path, *, read_only: bool = False, timeout: float = 10
) -> sqlite3.Connection:
    """A bare sqlite3 connection (no ORM) for checks and the backup API."""
    uri = file_uri(path, read_only=read_only)
    conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    return conn


def connect_workspace(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the workspace file with our pragmas, for the ORM's pool and plain reads.

    Made from a file: URI, never a formatted URL string, so a "?", "#" or "%" in the path is
    part of the file name. The driver starts no transactions: callers issue BEGIN themselves.
    """
    conn = sqlite3.connect(
        file_uri(path, read_only=read_only),
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )
    for pragma in (
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        "PRAGMA synchronous=FULL",
        "PRAGMA trusted_schema=OFF",
        "PRAGMA cell_size_check=ON",
    ):
        conn.execute(pragma)
    with contextlib.suppress(sqlite3.OperationalError):  # a read-only file keeps its mode
        conn.execute("PRAGMA journal_mode=WAL")
    return conn


def integrity_problems(conn: sqlite3.Connection, *, full: bool = True) -> list[str]:
    """Messages from integrity_check (or quick_check) plus foreign-key violations; [] when sound.

    Only damage is a problem: a busy, full, unreadable or read-only file raises the
    StorageError its SQLite code stands for, so a healthy file is never called corrupt.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [] if rows == ["ok"] else rows
        fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise_classified(exc)
    problems += [
        f"foreign key: {table} row {rowid} → {parent}" for table, rowid, parent, _ in fk_rows
    ]
    return problems


def raise_classified(exc: sqlite3.Error) -> NoReturn:
    """Raise the StorageError *exc* stands for; *exc* itself when its code is a fault of ours."""
    error = classify_sqlite_error(exc)
    if error is None:
        raise exc
    raise error from exc


def header_application_id(path: Path) -> int | None:
    """The application id stored in the file header (bytes 68-71), read without SQLite."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    return int.from_bytes(header[68:72], "big") if len(header) == 100 else None


def application_id(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA application_id").fetchone()[0]


def is_workspace_file(path: Path) -> bool:
    """True for an SQLite file stamped with our application id."""
    if not looks_like_sqlite(path):
        return False
    try:
        conn = connect_plain(path, read_only=True)
        try:
            return application_id(conn) == APPLICATION_ID
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename inside *path* durable (a no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace_with_retry(source: Path, target: Path, attempts: int = 5) -> None:
    """os.replace, retried briefly: antivirus scanners hold new files open on Windows."""
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            fsync_dir(target.parent)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def move_aside(path: Path, label: str) -> Path:
    """Rename *path* and its sidecar files to "<name>.<label>-<time>", never deleting anything."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    os.replace(path, target)
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, target.with_name(target.name + suffix))
    return target


def remove_sidecars(path: Path) -> None:
    for suffix in SIDECARS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
