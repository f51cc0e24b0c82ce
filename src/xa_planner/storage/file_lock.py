"""One application instance per workspace: an OS lock on a small file beside it.

The lock file also records whether the last session ended cleanly, so an unclean exit
can trigger a full integrity check at the next start.
"""

from __future__ import annotations

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
        previous = os.pread(fd, 16, 0) if hasattr(os, "pread") else _read_all(fd)
        self.previous_exit_was_clean = previous in (b"", CLEAN_MARK)
        self._fd = fd
        self._write(OPEN_MARK)

    def release(self) -> None:
        if self._fd is None:
            return
        self._write(CLEAN_MARK)
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def _write(self, mark: bytes) -> None:
        assert self._fd is not None
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, mark)
        os.fsync(self._fd)


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
