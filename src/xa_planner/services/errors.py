"""Errors the services raise: each carries one sentence the user can act on."""

from __future__ import annotations

from pathlib import Path


class ServiceError(Exception):
    """Base of every error a user may see; ``str(err)`` is already translated."""


class InvalidInput(ServiceError):
    """The values given cannot be stored (a CLI exit code 3)."""


class NotFound(ServiceError):
    """The plan, template, office or task named does not exist."""


class ConflictError(ServiceError):
    """Someone else changed the same thing first; nothing was overwritten."""


class WorkspaceError(ServiceError):
    """The workspace cannot be opened or written as it is."""


class WorkspaceLocked(WorkspaceError):
    """Another copy of the application has this workspace open."""


class WorkspaceTooNew(WorkspaceError):
    """The workspace was written by a newer version of the application."""


class WorkspaceCorrupt(WorkspaceError):
    """The file failed its integrity check; it was moved aside, never deleted.

    ``backup`` is the newest backup that passed its own check (None when there is none), so
    the application can offer to restore it.
    """

    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None):
        super().__init__(message)
        self.path = path
        self.backup = backup


class WorkspaceUnwritable(WorkspaceError):
    """The disk is read-only or full, or the folder cannot be written."""


class WorkspaceBusy(WorkspaceError):
    """Another program holds SQLite's lock on the file; trying again later may succeed."""


class WorkspaceReadOnly(WorkspaceUnwritable):
    """The workspace was opened read-only: it can be viewed, printed and exported only."""


class WorkspaceUnreachable(WorkspaceError):
    """The shared database's server cannot be reached; nothing was saved. Trying again may work."""


class PasswordRefused(WorkspaceError):
    """The shared database server wants a (different) password: ask the officer for it."""
