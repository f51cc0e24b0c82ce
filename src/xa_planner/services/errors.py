"""Errors the services raise: each carries one sentence the user can act on."""

from __future__ import annotations


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
    """The file failed its integrity check; it was moved aside, never deleted."""


class WorkspaceUnwritable(WorkspaceError):
    """The disk is read-only or full, or the folder cannot be written."""
