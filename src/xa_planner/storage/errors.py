"""Typed storage failures; the services turn them into messages for the user."""

from __future__ import annotations


class StorageError(Exception):
    """Base of the storage layer's own errors."""


class DatabaseLocked(StorageError):
    """Another process holds the workspace lock."""


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


class NetworkLocation(StorageError):
    """The file lies on a network drive, where SQLite's locking cannot be trusted."""


class StaleWrite(StorageError):
    """A row changed under us since it was read (optimistic concurrency)."""
