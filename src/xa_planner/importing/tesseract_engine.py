"""Find the Tesseract program with its Vietnamese model and recognise one page image with it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.reading_progress import ReadingProgress

LANGUAGE = "vie"
ORIENTATION_MODEL = "osd"
_MIN_ORIENTATION_CONFIDENCE = 2.0  # Tesseract's own scale; a page of text scores about 5 to 15
ENGINE_VARIABLE = "XA_PLANNER_TESSERACT"  # the full path of tesseract(.exe), to use another copy
_POLL_SECONDS = 0.1
# One thread per process: Tesseract's OpenMP threads make a page ten times slower on two cores.
_ENVIRONMENT = {"OMP_THREAD_LIMIT": "1"}
# Plans are dark text on light paper: reading every doubtful line again inverted only costs time.
_SETTINGS = ("-c", "tessedit_do_invert=0")
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows


@dataclass(frozen=True)
class TesseractEngine:
    """The program; a copy bundled with the app runs in its own folder, beside its "tessdata".

    Only ASCII reaches Tesseract: the image goes through stdin and the models are named relative
    to the working folder, because on Windows it reads its arguments in the ANSI code page and a
    user folder like C:\\Users\\Nguyễn would not survive.
    """

    executable: str
    folder: str | None = None  # set for a bundled copy: its models are in folder/tessdata

    def command(self, *args: str) -> list[str]:
        extra = ["--tessdata-dir", "tessdata"] if self.folder else []
        return [self.executable, *extra, *args]


def _candidates() -> list[TesseractEngine]:
    found = []
    if chosen := os.environ.get(ENGINE_VARIABLE):
        found.append(TesseractEngine(chosen))
    if getattr(sys, "frozen", False):  # the Windows build keeps a copy beside the app
        for base in (Path(sys.executable).parent, Path(getattr(sys, "_MEIPASS", "."))):
            bundled = base / "tesseract"
            program = "tesseract.exe" if sys.platform == "win32" else "tesseract"  # a Linux build checks it
            found.append(TesseractEngine(str(bundled / program), str(bundled)))
    if on_path := shutil.which("tesseract"):
        found.append(TesseractEngine(on_path))
    if sys.platform == "win32":  # where the usual Windows installer puts it
        program_files = os.environ.get("PROGRAMFILES", r"C:\Program Files")
        found.append(TesseractEngine(str(Path(program_files) / "Tesseract-OCR" / "tesseract.exe")))
    return [engine for engine in found if Path(engine.executable).is_file()]


def _run(engine: TesseractEngine, *args: str, timeout: float = 30.0):
    return subprocess.run(
        engine.command(*args),
        cwd=engine.folder,
        capture_output=True,
        timeout=timeout,
        env={**os.environ, **_ENVIRONMENT},
        creationflags=_NO_WINDOW,
        check=False,
    )


@lru_cache(maxsize=4)
def _languages(engine: TesseractEngine) -> frozenset[str]:
    """The models this engine has (`--list-langs` prints a heading, then one name a line)."""
    result = _run(engine, "--list-langs")
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
        raise ImportRejected(ImportRefusal.TESSERACT_NO_VIETNAMESE)
    raise ImportRejected(ImportRefusal.TESSERACT_MISSING)


def recognise_tsv(
    engine: TesseractEngine,
    image: bytes,
    dpi: int | None,
    seconds: float,
    progress: ReadingProgress,
) -> str | None:
    """Tesseract's word table (TSV) for one page image (PNM bytes), or None past *seconds* or on failure.

    Without a known *dpi* Tesseract estimates it from the size of the letters.
    """
    resolution = ("--dpi", str(dpi)) if dpi else ()
    args = ("-l", LANGUAGE, "--psm", "3", *resolution, *_SETTINGS, "tsv")
    return _run_on_page(engine, image, args, seconds, progress)


def page_turn(
    engine: TesseractEngine, image: bytes, seconds: float, progress: ReadingProgress
) -> int:
    """Degrees (0, 90, 180, 270) to turn the page clockwise to stand it upright; 0 when unsure.

    Uses Tesseract's orientation model ("osd"); without it every page is taken as upright.
    """
    if ORIENTATION_MODEL not in _languages(engine):
        return 0
    report = _run_on_page(engine, image, ("-l", ORIENTATION_MODEL, "--psm", "0"), seconds, progress)
    turn = re.search(r"^Rotate: (\d+)", report or "", re.MULTILINE)
    sure = re.search(r"^Orientation confidence: ([\d.]+)", report or "", re.MULTILINE)
    if not turn or not sure or float(sure.group(1)) < _MIN_ORIENTATION_CONFIDENCE:
        return 0
    return int(turn.group(1)) % 360


def _run_on_page(
    engine: TesseractEngine, image: bytes, args: tuple[str, ...], seconds: float, progress: ReadingProgress
) -> str | None:
    """Tesseract's stdout for the page image fed on stdin, or None past *seconds* or on failure."""
    process = subprocess.Popen(
        engine.command("stdin", "stdout", *args),
        cwd=engine.folder,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **_ENVIRONMENT},
        creationflags=_NO_WINDOW,
    )
    output = bytearray()
    pipes = [
        threading.Thread(target=_feed, args=(process.stdin, image), daemon=True),
        threading.Thread(target=_drain, args=(process.stdout, output), daemon=True),
    ]
    for pipe in pipes:
        pipe.start()
    try:
        finished = _wait_for(process, seconds, progress)
    finally:
        for pipe in pipes:
            pipe.join()
    if not finished or process.returncode != 0:
        return None
    return output.decode("utf-8", "replace")


def _feed(stream, data: bytes) -> None:
    try:
        stream.write(data)
        stream.close()
    except OSError:  # Tesseract ended (or was stopped) before reading it all
        pass


def _drain(stream, into: bytearray) -> None:
    into.extend(stream.read())
    stream.close()


def _wait_for(process: subprocess.Popen, seconds: float, progress: ReadingProgress) -> bool:
    """Whether the process ended by itself; it is killed when the caller cancels or time runs out."""
    waited = 0.0
    while True:
        try:
            process.wait(timeout=_POLL_SECONDS)
            return True
        except subprocess.TimeoutExpired:
            waited += _POLL_SECONDS
        if progress.cancelled() or waited > seconds:
            process.kill()
            process.wait()
            progress.check()
            return False
