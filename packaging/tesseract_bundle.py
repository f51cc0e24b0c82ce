#!/usr/bin/env python3
"""Find a Tesseract installation and put its program, libraries and vie/eng/osd models into the bundle.

    python3 packaging/tesseract_bundle.py [--tesseract DIR] --into build/dist/xa_planner/tesseract

xa_planner.spec collects the same files (bundle_entries) into the bundle's `tesseract` folder;
build_bundle.py finds the installation before building, so a missing Vietnamese model stops the
build at once. Search order: an explicit folder (--tesseract, or XA_PLANNER_TESSERACT_DIR), the
standard Windows locations, then `tesseract` on PATH with the tessdata folder it reports.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

FOLDER = "tesseract"  # beside the app's files; importing/tesseract_engine.py looks for it there
MODELS = ("vie", "eng", "osd")  # Vietnamese text, English words in it, page orientation
REQUIRED_MODEL = "vie"
# Tesseract reads its output formats ("tsv") from these small files: without them it prints nothing.
CONFIG_FOLDER = "configs"
# The tessdata_fast Vietnamese model the tests here read scans with (Debian's tesseract-ocr-vie).
FAST_VIE_SHA256 = "79df64caf7bcfb2a27df5042ecb6121e196eada34da774956995747636d5bfa1"
DIR_VARIABLE = "XA_PLANNER_TESSERACT_DIR"
_LICENCE_NAMES = re.compile(r"^(licen[cs]e|copying|copyright|notice)", re.IGNORECASE)
_SHARED_LIBRARY = re.compile(r"^lib.+\.so(\.\d+)*$")  # libtesseract.so.5, as a self-built copy may keep beside it
_LIST_HEADING = re.compile(r'List of available languages in "(.+?)"')


class TesseractBundleError(Exception):
    """What is missing for the bundle to read scans, in a sentence saying what to install."""


@dataclass(frozen=True)
class TesseractInstall:
    """A Tesseract found on this machine: the program and the folder of its models."""

    program: Path
    tessdata: Path

    def libraries(self) -> list[Path]:
        """The shared libraries beside the program: Windows keeps every DLL there, Debian none (not ld.so)."""
        return sorted(
            path for path in self.program.parent.iterdir()
            if path.is_file() and (path.suffix.lower() == ".dll" or _SHARED_LIBRARY.match(path.name))
        )  # fmt: skip

    def models(self) -> list[Path]:
        return [self.tessdata / f"{name}.traineddata" for name in MODELS if (self.tessdata / f"{name}.traineddata").is_file()]

    def licences(self) -> list[Path]:
        folders = [self.program.parent, self.program.parent / "doc"]
        return sorted(p for folder in folders if folder.is_dir() for p in folder.iterdir() if p.is_file() and _LICENCE_NAMES.match(p.name))


def program_name(windows: bool = sys.platform == "win32") -> str:
    return "tesseract.exe" if windows else "tesseract"


def windows_locations(env: Mapping[str, str]) -> list[Path]:
    """Where the UB Mannheim installer puts Tesseract: for all users, or for one user."""
    bases = [env.get("PROGRAMFILES", r"C:\Program Files"), env.get("PROGRAMFILES(X86)", ""), env.get("LOCALAPPDATA", "")]
    found = [Path(base) / "Tesseract-OCR" for base in bases if base]
    if local := env.get("LOCALAPPDATA"):
        found.append(Path(local) / "Programs" / "Tesseract-OCR")
    return found


def reported_tessdata(program: Path) -> Path | None:
    """The models folder the program itself reads (`--list-langs` names it in its first line)."""
    try:
        done = subprocess.run([str(program), "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    match = _LIST_HEADING.search(done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace"))
    return Path(match.group(1)) if match else None


def _install_in(folder: Path, windows: bool) -> TesseractInstall | None:
    program = folder / program_name(windows)
    if not program.is_file():
        return None
    return TesseractInstall(program, folder / "tessdata" if (folder / "tessdata").is_dir() else _tessdata_of(program))


def _tessdata_of(program: Path) -> Path:
    if (program.parent / "tessdata").is_dir():
        return program.parent / "tessdata"
    if prefix := os.environ.get("TESSDATA_PREFIX"):
        return Path(prefix)
    return reported_tessdata(program) or program.parent / "tessdata"


def find_installation(
    explicit: Path | None = None,
    env: Mapping[str, str] = os.environ,
    windows: bool = sys.platform == "win32",
    which: Callable[[str], str | None] = shutil.which,
) -> TesseractInstall:
    """The Tesseract to bundle; TesseractBundleError when there is none or it lacks the Vietnamese model."""
    if explicit is None and env.get(DIR_VARIABLE):
        explicit = Path(env[DIR_VARIABLE])
    if explicit is not None:
        install = _install_in(explicit, windows)
        if install is None:
            raise TesseractBundleError(f"no {program_name(windows)} in {explicit} (given with --tesseract or {DIR_VARIABLE})")
        return _checked(install)
    for folder in windows_locations(env) if windows else []:
        if install := _install_in(folder, windows):
            return _checked(install)
    if on_path := which("tesseract"):
        program = Path(on_path).resolve()
        return _checked(TesseractInstall(program, _tessdata_of(program)))
    raise TesseractBundleError(
        "Tesseract not found: install it (Windows: the 64-bit UB Mannheim build; Debian: tesseract-ocr "
        "tesseract-ocr-vie) or name its folder with --tesseract DIR"
    )


def _checked(install: TesseractInstall) -> TesseractInstall:
    if not (install.tessdata / f"{REQUIRED_MODEL}.traineddata").is_file():
        raise TesseractBundleError(
            f"{install.program} has no Vietnamese model: {install.tessdata / (REQUIRED_MODEL + '.traineddata')} is "
            "missing; install tesseract-ocr-vie (Debian) or copy vie.traineddata from tessdata_fast into that folder"
        )
    return install


def bundle_entries(install: TesseractInstall) -> list[tuple[Path, str]]:
    """Each file to bundle and the folder it goes to, relative to the bundle (PyInstaller's datas form)."""
    entries = [(install.program, FOLDER)] + [(library, FOLDER) for library in install.libraries()]
    entries += [(model, f"{FOLDER}/tessdata") for model in install.models()]
    configs = install.tessdata / CONFIG_FOLDER
    if configs.is_dir():
        entries += [(path, f"{FOLDER}/tessdata/{CONFIG_FOLDER}") for path in sorted(configs.iterdir()) if path.is_file()]
    entries += [(licence, f"{FOLDER}/licenses") for licence in install.licences()]
    return entries


def copy_into(install: TesseractInstall, bundle: Path) -> list[Path]:
    """Copy the bundle entries under *bundle* (the folder holding `tesseract/`); the files written."""
    written = []
    for source, folder in bundle_entries(install):
        target = bundle / folder / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        written.append(target)
    return written


def notes(install: TesseractInstall) -> list[str]:
    """What the builder should know: models left out, a Vietnamese model other than the tested one."""
    found = {path.stem for path in install.models()}
    lines = [f"Tesseract: {install.program}, models from {install.tessdata}: {', '.join(sorted(found))}"]
    lines += [f"warning: no {name}.traineddata (optional) in {install.tessdata}" for name in MODELS if name not in found]
    vie = hashlib.sha256((install.tessdata / f"{REQUIRED_MODEL}.traineddata").read_bytes()).hexdigest()
    if vie != FAST_VIE_SHA256:
        lines.append(f"warning: vie.traineddata is not the tessdata_fast model the tests use (SHA-256 {vie})")
    if not (install.tessdata / CONFIG_FOLDER / "tsv").is_file():
        lines.append(f"warning: no {CONFIG_FOLDER}/tsv in {install.tessdata}: Tesseract cannot write its word table")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tesseract_bundle.py", description=__doc__.splitlines()[0])
    parser.add_argument("--tesseract", type=Path, help="the folder holding tesseract(.exe) and tessdata")
    parser.add_argument("--into", type=Path, required=True, help="the bundle folder (tesseract/ is made in it)")
    args = parser.parse_args(argv)
    try:
        install = find_installation(args.tesseract)
    except TesseractBundleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print("\n".join(notes(install)))
    print(f"copied {len(copy_into(install, args.into))} files into {args.into / FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
