"""Find the Tesseract program with its Vietnamese model and recognise one page image with it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.reading_progress import ReadingProgress
from xa_planner.localization import _

LANGUAGE = "vie"
ENGINE_VARIABLE = "XA_PLANNER_TESSERACT"  # the full path of tesseract(.exe), to use another copy
_POLL_SECONDS = 0.1
# One thread per process: Tesseract's OpenMP threads make a page ten times slower on two cores.
_ENVIRONMENT = {"OMP_THREAD_LIMIT": "1"}
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows


@dataclass(frozen=True)
class TesseractEngine:
    """The program and, when it is bundled with the app, the folder of its language models."""

    executable: str
    tessdata: str | None = None

    def command(self, *args: str) -> list[str]:
        extra = ["--tessdata-dir", self.tessdata] if self.tessdata else []
        return [self.executable, *extra, *args]


def _candidates() -> list[TesseractEngine]:
    found = []
    if chosen := os.environ.get(ENGINE_VARIABLE):
        found.append(TesseractEngine(chosen))
    if getattr(sys, "frozen", False):  # the Windows build keeps a copy beside the app
        bundled = Path(sys.executable).parent / "tesseract"
        found.append(TesseractEngine(str(bundled / "tesseract.exe"), str(bundled / "tessdata")))
    if on_path := shutil.which("tesseract"):
        found.append(TesseractEngine(on_path))
    if sys.platform == "win32":  # where the usual Windows installer puts it
        program_files = os.environ.get("PROGRAMFILES", r"C:\Program Files")
        found.append(TesseractEngine(str(Path(program_files) / "Tesseract-OCR" / "tesseract.exe")))
    return [engine for engine in found if Path(engine.executable).is_file()]


def _run(command: list[str], data: bytes | None = None, timeout: float = 30.0):
    return subprocess.run(
        command,
        input=data,
        capture_output=True,
        timeout=timeout,
        env={**os.environ, **_ENVIRONMENT},
        creationflags=_NO_WINDOW,
        check=False,
    )


@lru_cache(maxsize=4)
def _languages(engine: TesseractEngine) -> frozenset[str]:
    """The models this engine has (`--list-langs` prints a heading, then one name a line)."""
    result = _run(engine.command("--list-langs"))
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def find_engine() -> TesseractEngine:
    """The first Tesseract found that has the Vietnamese model; ImportRejected says what is missing."""
    engines = _candidates()
    for engine in engines:
        try:
            if LANGUAGE in _languages(engine):
                return engine
        except (OSError, subprocess.SubprocessError):
            continue  # a broken copy: try the next one
    if engines:
        raise ImportRejected(
            _(
                "Bộ nhận dạng chữ Tesseract chưa có dữ liệu tiếng Việt (vie) nên chưa đọc được bản quét; hãy cài gói tiếng Việt rồi nhập lại."
            )
        )
    raise ImportRejected(
        _(
            "Máy chưa cài bộ nhận dạng chữ Tesseract nên chưa đọc được bản quét hay ảnh chụp; hãy cài lại ứng dụng hoặc dùng bản .docx, PDF có lớp chữ."
        )
    )


def recognise_tsv(
    engine: TesseractEngine,
    image: Path,
    dpi: int | None,
    seconds: float,
    progress: ReadingProgress,
) -> str | None:
    """Tesseract's word table (TSV) for one page image, or None when it took over *seconds* or failed.

    Without a known *dpi* Tesseract estimates it from the size of the letters.
    """
    resolution = ("--dpi", str(dpi)) if dpi else ()
    args = (str(image), "stdout", "-l", LANGUAGE, "--psm", "3", *resolution, "tsv")
    process = subprocess.Popen(
        engine.command(*args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **_ENVIRONMENT},
        creationflags=_NO_WINDOW,
    )
    output = _wait_for(process, seconds, progress)
    if output is None or process.returncode != 0:
        return None
    return output.decode("utf-8", "replace")


def _wait_for(process: subprocess.Popen, seconds: float, progress: ReadingProgress) -> bytes | None:
    """The process's output; it is killed when the caller cancels (ImportCancelled) or time runs out."""
    end = time.monotonic() + seconds
    while True:
        try:
            return process.communicate(timeout=_POLL_SECONDS)[0]
        except subprocess.TimeoutExpired:
            pass  # output read so far is kept for the next call
        if progress.cancelled() or time.monotonic() > end:
            process.kill()
            process.communicate()
            progress.check()
            return None
