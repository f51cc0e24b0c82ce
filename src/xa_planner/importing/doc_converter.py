"""Turn a Word 97-2003 (.doc) file into .docx with the office suite on this PC, in a sandbox folder.

LibreOffice (soffice --headless --convert-to docx) is used wherever it is installed; on Windows
without it, Microsoft Word does the conversion through its automation interface (PowerShell).
The conversion runs in a temporary folder with its own LibreOffice profile, under a time limit,
and its output is held to the same size limit as any imported file.
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

from xlrd.compdoc import CompDoc, CompDocError

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits

_WINDOWS_SUITES = ("LibreOffice/program/soffice.exe",)
_WORD_SCRIPT = (
    "$ErrorActionPreference = 'Stop'; $word = New-Object -ComObject Word.Application; "
    "try {{ $word.Visible = $false; $word.DisplayAlerts = 0; "
    "$doc = $word.Documents.Open('{source}', $false, $true, $false); "
    "$doc.SaveAs2('{target}', 16); $doc.Close($false) }} finally {{ $word.Quit() }}"
)


def libreoffice_program() -> str | None:
    """The LibreOffice program on this PC, if installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found or sys.platform != "win32":
        return found
    for root in (os.environ.get("PROGRAMFILES", ""), os.environ.get("PROGRAMFILES(X86)", "")):
        for suite in _WINDOWS_SUITES:
            candidate = Path(root) / suite
            if root and candidate.is_file():
                return str(candidate)
    return None


def _word_available() -> bool:
    return sys.platform == "win32" and shutil.which("powershell") is not None


def _libreoffice_command(program: str, source: Path, work: Path) -> list[str]:
    profile = (work / "profile").as_uri()  # its own profile: never a running LibreOffice's
    return [
        program,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "docx",
        "--outdir",
        str(work / "out"),
        str(source),
    ]


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")  # inside a PowerShell single-quoted string


def _word_command(source: Path, work: Path) -> list[str]:
    script = _WORD_SCRIPT.format(
        source=_quoted(source), target=_quoted(work / "out" / "plan.docx")
    )
    return ["powershell", "-NoProfile", "-NonInteractive", "-Command", script]


def _run(command: list[str], seconds: float) -> None:
    """Run the converter; on time-out stop it and everything it started."""
    new_group = sys.platform != "win32"
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=new_group,
    ) as process:
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired as err:
            if new_group:
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
            process.wait()
            raise ImportRejected(ImportRefusal.DOC_CONVERSION_TOO_SLOW) from err


def _converted(work: Path, limits: ImportLimits) -> bytes:
    target = work / "out" / "plan.docx"
    if not target.is_file():
        raise _broken()
    if target.stat().st_size > limits.max_file_bytes:
        raise ImportRejected(ImportRefusal.DOC_CONVERTED_TOO_BIG)
    return target.read_bytes()


class _Silent:
    """xlrd's container reader logs odd records; an import has no use for them."""

    def write(self, _text: str) -> None:
        return None


_WORD_MAGIC = 0xA5EC
_FIB_ENCRYPTED = 0x0100


def check_word_file(data: bytes) -> None:
    """Refuse, before any converter runs, a .doc that is broken or locked with a password."""
    try:
        stream = CompDoc(data, logfile=_Silent()).get_named_stream("WordDocument")
    except (CompDocError, ValueError, IndexError, struct.error) as err:
        raise _broken() from err
    if stream is None or len(stream) < 12 or int.from_bytes(stream[:2], "little") != _WORD_MAGIC:
        raise _broken()
    if int.from_bytes(stream[10:12], "little") & _FIB_ENCRYPTED:
        raise ImportRejected(ImportRefusal.PASSWORD_PROTECTED)


def _broken() -> ImportRejected:
    return ImportRejected(ImportRefusal.DOC_BROKEN)


def convert_doc(data: bytes, limits: ImportLimits, deadline: Deadline) -> bytes:
    """The .docx bytes of a .doc file, or ImportRejected saying what the officer can do."""
    check_word_file(data)
    program = libreoffice_program()
    if program is None and not _word_available():
        raise ImportRejected(ImportRefusal.DOC_NEEDS_CONVERTER)
    with tempfile.TemporaryDirectory(prefix="xa_planner_doc_") as folder:
        work = Path(folder)
        source = work / "plan.doc"
        source.write_bytes(data)
        (work / "out").mkdir()
        command = (
            _libreoffice_command(program, source, work) if program else _word_command(source, work)
        )
        _run(command, limits.time_budget_seconds)
        deadline.check()
        return _converted(work, limits)
