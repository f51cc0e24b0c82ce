"""One application instance per workspace: an OS lock on a small file beside it.

The lock file also records whether the last session ended cleanly, so an unclean exit
can trigger a full integrity check at the next start.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from xa_planner.storage.errors import DatabaseLocked

OPEN_MARK = b"open\n"
CLEAN_MARK = b"clean\n"


class WorkspaceLock:
    """Holds an exclusive, non-blocking OS lock until released (or the process dies)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None
        self.previous_exit_was_clean = True

    def acquire(self) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise DatabaseLocked(str(self._path)) from exc
        try:
            previous = _read_all(fd)
            _write_mark(fd, OPEN_MARK)
        except OSError:
            _unlock(fd)
            os.close(fd)
            raise
        self.previous_exit_was_clean = previous in (b"", CLEAN_MARK)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        # Unwritten on a full disk: the next start then runs the full check, the safe side.
        with contextlib.suppress(OSError):
            _write_mark(self._fd, CLEAN_MARK)
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def _write_mark(fd: int, mark: bytes) -> None:
    # Overwrite in place, then cut: a full disk then fails the write before anything changed.
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, mark)
    os.ftruncate(fd, len(mark))
    os.fsync(fd)


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 16)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        # Lock a byte far past the marker so writing the marker is not blocked.
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
