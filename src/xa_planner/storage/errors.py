"""Typed storage failures, and SQLite's own error codes sorted into them."""

from __future__ import annotations

import errno
import sqlite3


class StorageError(Exception):
    """Base of the storage layer's own errors."""


class DatabaseLocked(StorageError):
    """Another process holds the workspace lock."""


class DatabaseBusy(StorageError):
    """Another program holds SQLite's own lock on the file (SQLITE_BUSY / SQLITE_LOCKED)."""


class DatabaseTooNew(StorageError):
    """The schema revision is not one this version knows."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class DatabaseCorrupt(StorageError):
    """The integrity check failed; ``moved_to`` is where the damaged file now lies."""

    def __init__(self, detail: str, moved_to: str = "") -> None:
        super().__init__(detail)
        self.detail = detail
        self.moved_to = moved_to


class NotAWorkspace(StorageError):
    """The file is not an xa_planner workspace (another SQLite file, or not SQLite at all)."""


class DatabaseUnwritable(StorageError):
    """The file or its folder cannot be written (read-only medium, full disk, permissions)."""

    def __init__(self, detail: str = "", *, disk_full: bool = False) -> None:
        super().__init__(detail)
        self.disk_full = disk_full


class DatabaseReadOnly(DatabaseUnwritable):
    """The file may be read but not written: a read-only file, folder or medium."""


class NetworkLocation(StorageError):
    """The file lies on a network drive, where SQLite's locking cannot be trusted."""


class StaleWrite(StorageError):
    """A row changed under us since it was read (optimistic concurrency)."""


_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM}
_CANNOT_WRITE = {sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN}
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of *exc* (the extended code without its high bits)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(exc: sqlite3.Error) -> bool:
    """Only SQLITE_CORRUPT and SQLITE_NOTADB say the file itself is damaged."""
    return primary_code(exc) in _DAMAGED


def classify_sqlite_error(exc: sqlite3.Error) -> StorageError | None:
    """The storage error *exc* stands for, by its code; None for a fault of ours (a bug)."""
    code = primary_code(exc)
    detail = f"{getattr(exc, 'sqlite_errorname', '')}: {exc}"
    if code in _DAMAGED:
        return DatabaseCorrupt(detail)
    if code in _BUSY:
        return DatabaseBusy(detail)
    if code in _READ_ONLY:
        return DatabaseReadOnly(detail)
    if code in _CANNOT_WRITE:
        return DatabaseUnwritable(detail, disk_full=code == sqlite3.SQLITE_FULL)
    return None


def classify_os_error(exc: OSError) -> DatabaseUnwritable:
    """A full disk or size limit, a read-only place, or another failure to write."""
    if exc.errno in _DISK_FULL_ERRNOS:
        return DatabaseUnwritable(str(exc), disk_full=True)
    if exc.errno in _READ_ONLY_ERRNOS:
        return DatabaseReadOnly(str(exc))
    return DatabaseUnwritable(str(exc))


def is_disk_full(exc: OSError) -> bool:
    return exc.errno in _DISK_FULL_ERRNOS


class DatabaseServerLost(StorageError):
    """The shared database server cannot be reached, or the connection to it broke."""


class SharedDriverMissing(StorageError):
    """The shared mode needs the PostgreSQL driver (the `shared` extra), which is not installed."""


class DatabaseAuthFailed(StorageError):
    """The shared database server refused the user's password (or asked for one)."""
