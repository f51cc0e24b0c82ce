"""The one error raised for any file the importer cannot read."""

from __future__ import annotations


class ImportRejected(Exception):
    """A file that cannot be imported; ``str(err)`` is one sentence the user can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
