#!/usr/bin/env python3
"""Build the PyInstaller bundle from the lock in a clean venv, then run what a user would run with it.

    python3 packaging/build_bundle.py            build into build/dist/xa_planner, then check it
    python3 packaging/build_bundle.py --check    only check an existing bundle
    python3 packaging/build_bundle.py --tesseract DIR    bundle the Tesseract in DIR (else found)

The same script builds the Windows bundle on Windows (then `iscc /DAppVersion=<version>
packaging\\installer.iss` wraps it). The checks: the console executable answers --version and
makes a demo workspace; the windowed one passes --smoke-test; every export format is written
(plan .pdf/.docx, appendix .pdf/.docx/.xlsx, report .pdf/.docx/.xlsx/.eml); a seed plan parses,
and so does a scanned one (OCR), by the bundle's own Tesseract: no other is on PATH then.
Tesseract and its vie/eng/osd models are bundled by xa_planner.spec (packaging/tesseract_bundle.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from tesseract_bundle import (
    DIR_VARIABLE,
    REQUIRED_MODEL,
    TesseractBundleError,
    find_installation,
    notes,
)

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENV = BUILD / "bundle-venv"
DIST = BUILD / "dist"
BUNDLE = DIST / "xa_planner"
WINDOWS = sys.platform == "win32"
EXPORTS = (
    ("plan", "pdf"), ("plan", "docx"),
    ("appendix", "pdf"), ("appendix", "docx"), ("appendix", "xlsx"),
    ("report", "pdf"), ("report", "docx"), ("report", "xlsx"), ("report", "eml"),
)  # fmt: skip
ICON_SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PIL import Image
app = QGuiApplication([])
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(0)
painter = QPainter(image)
QSvgRenderer(sys.argv[1]).render(painter)
painter.end()
image.save(sys.argv[2] + ".png")
Image.open(sys.argv[2] + ".png").save(sys.argv[2], sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
"""


def _python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def _run(command: list, **kwargs) -> subprocess.CompletedProcess:
    print("==>", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def build(tesseract: Path | None) -> None:
    """A fresh venv from the lock, then PyInstaller; Tesseract is looked for first, so a missing model stops at once."""
    install = find_installation(tesseract)
    print("\n".join(notes(install)), flush=True)
    if VENV.exists():
        shutil.rmtree(VENV)
    venv.create(VENV, with_pip=True)
    pip = [_python(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    _run([*pip, "--require-hashes", "--no-deps", "-r", ROOT / "packaging/locks/freeze.txt"])
    _run([*pip, "--no-deps", "--no-build-isolation", "--no-index", ROOT])  # not editable
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    _run([_python(), "-c", ICON_SCRIPT, ROOT / "resources/icons/app.svg", BUILD / "xa_planner.ico"], env=env)
    if tesseract is not None:  # the spec finds the same installation again
        env[DIR_VARIABLE] = str(tesseract)
    _run([_python(), "-m", "PyInstaller", ROOT / "packaging/xa_planner.spec", "--noconfirm",
          "--distpath", DIST, "--workpath", BUILD / "work"], cwd=ROOT, env=env)  # fmt: skip


def _exe(name: str) -> Path:
    return BUNDLE / (name + (".exe" if WINDOWS else ""))


def check() -> int:
    """Run the bundle as a user would, in a throwaway profile; 0 when everything worked."""
    with tempfile.TemporaryDirectory(prefix="xa-planner-bundle-") as scratch:
        folder = Path(scratch)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder / "cfg"),
               "XDG_DATA_HOME": str(folder / "data"), "XDG_STATE_HOME": str(folder / "state")}  # fmt: skip
        workspace = folder / "demo.xaplan"
        steps = [
            ("version", [_exe("xa-planner"), "--version"]),
            ("demo", [_exe("xa-planner"), "demo", workspace, "--tasks", "40", "--months", "2"]),
            ("smoke", [_exe("xa_planner"), "--smoke-test", "--workspace", workspace,
                       "--screenshot", folder / "shot.png"]),
            ("parse", [_exe("xa-planner"), "parse", next((ROOT / "tests/data/plans").glob("003_*.txt"))]),
            # OCR: the bundle's importer drives the bundle's own copy of Tesseract
            ("parse scan", [_exe("xa-planner"), "parse", "--json", _scan()]),
        ]  # fmt: skip
        month = _previous_month()
        for what, fmt in EXPORTS:
            extra = ["--month", month] if what == "report" else []
            steps.append((f"export {what} {fmt}", [_exe("xa-planner"), "export", what, "--workspace", workspace,
                                                   *extra, "--format", fmt, "-o", folder / f"{what}.{fmt}"]))  # fmt: skip
        # The scan is read with no Tesseract on PATH and none named: only the bundle's copy can read it.
        step_env = {"parse scan": {**_without_tesseract(env), "PATH": str(folder / "no-programs")}}
        failures = [] if _bundled_tesseract() else ["tesseract bundled"]
        print(f"{'FAIL' if failures else 'ok  '} tesseract bundled")
        for name, command in steps:
            done = subprocess.run([str(c) for c in command], env=step_env.get(name, env), capture_output=True,
                                  text=True, timeout=300)  # fmt: skip
            ok = done.returncode == 0
            print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f": {(done.stderr or done.stdout).strip()[-400:]}"))
            failures += [] if ok else [name]
        print(f"bundle: {len(steps) + 1 - len(failures)} of {len(steps) + 1} checks passed ({_size_mb()} MB)")
        return 1 if failures else 0


def _bundled_tesseract() -> Path | None:
    """The bundle's Tesseract folder when it holds the program and the Vietnamese model."""
    for folder in (BUNDLE / "tesseract", BUNDLE / "_internal" / "tesseract"):
        program = folder / ("tesseract.exe" if WINDOWS else "tesseract")
        if program.is_file() and (folder / "tessdata" / f"{REQUIRED_MODEL}.traineddata").is_file():
            return folder
    return None


def _without_tesseract(env: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in env.items() if key not in ("XA_PLANNER_TESSERACT", "TESSDATA_PREFIX")}


def _scan() -> Path:
    """A two-page scanned plan of the test corpus (image-only PDF)."""
    return next((ROOT / "tests/data/plans/scans").glob("*.pdf"))


def _previous_month() -> str:
    """The demo's months of progress end with the current one; report on the one before."""
    last_day = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    return f"{last_day.year:04d}-{last_day.month:02d}"


def _size_mb() -> int:
    # Qt's libraries come with version symlinks: count each file once, as `du` does.
    return sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink()) // 1_000_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_bundle.py", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check an existing bundle")
    parser.add_argument("--tesseract", type=Path, help="the folder holding tesseract(.exe) and tessdata to bundle")
    args = parser.parse_args(argv)
    if not args.check:
        try:
            build(args.tesseract)
        except TesseractBundleError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
    return check()


if __name__ == "__main__":
    sys.exit(main())
