"""Atomic writing of an export file and the one typed error every writer raises."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from xa_planner.localization import _


class ExportError(Exception):
    """A document could not be written; the message is for the user, in their language."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside *path*; on success it replaces *path* in one step.

    The old file stays untouched when writing fails, and no temporary file is left behind.
    """
    target = Path(path)
    temp = _create_temp_beside(target)
    try:
        yield temp
        os.replace(temp, target)
    except PermissionError as error:
        raise ExportError(_locked_message(target), target) from error
    except OSError as error:
        raise ExportError(_failed_message(target, error), target) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def _create_temp_beside(target: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.stem[:40]}.", suffix=f".tmp{target.suffix}", dir=target.parent
        )
    except FileNotFoundError as error:
        raise ExportError(
            _("Không ghi được {path}: thư mục không tồn tại.").format(path=target), target
        ) from error
    except PermissionError as error:
        raise ExportError(_locked_message(target), target) from error
    os.close(handle)
    return Path(name)


def _locked_message(target: Path) -> str:
    return _(
        "Không ghi được {path}: tệp đang mở trong chương trình khác hoặc không có quyền ghi. "
        "Hãy đóng tệp rồi thử lại."
    ).format(path=target)


def _failed_message(target: Path, error: OSError) -> str:
    return _("Không ghi được {path}: {reason}").format(
        path=target, reason=error.strerror or str(error)
    )
