"""Atomic writing of an export file and the one typed error every writer raises."""

from __future__ import annotations

import contextlib
import errno
import inspect
import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from lxml import etree

from xa_planner.localization import _

_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


class ExportError(Exception):
    """A document could not be written; the message is for the user, in their language."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class ZipPackage(Protocol):
    """An openpyxl Workbook or a python-docx Document: saved as a zip to a file or a stream."""

    def save(self, target: io.BytesIO, /) -> object: ...


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
    except OSError as error:
        raise ExportError(_failed_message(target, error), target) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def save_zip_package(package: ZipPackage, path: str | os.PathLike[str]) -> Path:
    """Save an .xlsx or .docx at *path* atomically, built in memory and written in one go.

    The zip writer never meets a full disk or a size limit this way (a zip archive half
    written to disk used to print "Exception ignored in ZipFile.__del__" after the error),
    and a failure of the sheets' own temporary files becomes the same one-line ExportError.
    """
    buffer = io.BytesIO()
    try:
        package.save(buffer)
    except OSError as error:  # openpyxl writes each sheet to a temporary file first
        _close_writers_left_open(error)
        raise ExportError(_failed_message(Path(path), error), Path(path)) from error
    except etree.SerialisationError as error:  # the same, met by lxml: "IO_ENOSPC", "IO_EFBIG"
        _close_writers_left_open(error)
        raise ExportError(_failed_message(Path(path), _os_error_of(error)), Path(path)) from error
    with atomic_target(path) as temp:
        temp.write_bytes(buffer.getbuffer())
    return Path(path)


def _close_writers_left_open(error: BaseException) -> None:
    """Close the XML writers a failed save left suspended, while the failure is reported.

    openpyxl streams each sheet through a generator; left to the garbage collector, it would
    retry its failed write then and print "Exception ignored in ... get_stream" after our line.
    """
    traceback = error.__traceback__
    while traceback is not None:
        for value in traceback.tb_frame.f_locals.values():
            for candidate in (value, *getattr(value, "__dict__", {}).values()):
                _close_quietly(candidate)
        traceback = traceback.tb_next


def _close_quietly(candidate: object) -> None:
    # The zip archive too: left open, its __del__ would write its directory at exit, after our
    # buffer is gone ("Exception ignored in ZipFile.__del__ … I/O operation on closed file").
    if inspect.isgenerator(candidate) or isinstance(candidate, zipfile.ZipFile):
        with contextlib.suppress(OSError, ValueError, etree.SerialisationError):
            candidate.close()


def _os_error_of(error: etree.SerialisationError) -> OSError:
    """The system error behind lxml's "IO_<ERRNO>" message (libxml2 keeps only the name)."""
    name = str(error).removeprefix("IO_")
    return OSError(getattr(errno, name, errno.EIO), str(error))


def _create_temp_beside(target: Path) -> Path:
    """A new, empty hidden file beside *target*, with the permissions of any new file."""
    for _attempt in range(100):
        temp = target.with_name(f".{target.stem[:40]}.{os.urandom(4).hex()}.tmp{target.suffix}")
        try:
            # Mode 0o666 less the umask, as the final file would get (mkstemp gives 0600).
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except FileNotFoundError as error:
            raise ExportError(
                _("Không ghi được {path}: thư mục không tồn tại.").format(path=target), target
            ) from error
        except OSError as error:
            raise ExportError(_failed_message(target, error), target) from error
        return temp
    raise ExportError(_failed_message(target, FileExistsError(errno.EEXIST, "")), target)


def _locked_message(target: Path) -> str:
    return _(
        "Không ghi được {path}: tệp đang mở trong chương trình khác hoặc không có quyền ghi. "
        "Hãy đóng tệp rồi thử lại."
    ).format(path=target)


def _failed_message(target: Path, error: OSError) -> str:
    if error.errno in _FULL_ERRNOS:
        return _(
            "Không ghi được {path}: ổ đĩa đã đầy hoặc tệp vượt quá dung lượng cho phép. "
            "Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác."
        ).format(path=target)
    if isinstance(error, PermissionError) or error.errno in _DENIED_ERRNOS:
        return _locked_message(target)
    return _("Không ghi được {path}: {reason}").format(
        path=target, reason=error.strerror or str(error)
    )
