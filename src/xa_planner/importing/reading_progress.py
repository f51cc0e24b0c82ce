"""How a caller follows a long read (a scan recognised page by page): told each page, able to stop it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from xa_planner.importing.errors import ImportRefusal, ImportRejected


class ImportCancelled(ImportRejected):
    """The caller asked to stop; nothing was read and nothing should be shown as an error."""

    def __init__(self) -> None:
        super().__init__(ImportRefusal.CANCELLED)


@dataclass(frozen=True)
class ReadingProgress:
    """*on_page(done, total)* after each recognised page; *cancel* (a callable or an Event) asked before each."""

    on_page: Callable[[int, int], None] | None = None
    cancel: Callable[[], bool] | threading.Event | None = None

    def report(self, done: int, total: int) -> None:
        if self.on_page is not None:
            self.on_page(done, total)

    def cancelled(self) -> bool:
        if isinstance(self.cancel, threading.Event):
            return self.cancel.is_set()
        return bool(self.cancel and self.cancel())

    def check(self) -> None:
        """Raise ImportCancelled when the caller asked to stop."""
        if self.cancelled():
            raise ImportCancelled()


NO_PROGRESS = ReadingProgress()
