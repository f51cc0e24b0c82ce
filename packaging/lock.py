#!/usr/bin/env python3
"""Write the dependency locks in packaging/locks/ from pyproject.toml, then (with --upgrade) run the suite.

    python3 packaging/lock.py              re-resolve after pyproject.toml changed, keeping pins
    python3 packaging/lock.py --upgrade    move every pin to the newest release that pyproject allows,
                                           then run `packaging/bootstrap.py test` on the new lock

Each lock is one universal, hashed requirements file (Linux and Windows, Python 3.11 and newer),
resolved by uv and installed by plain pip with `--require-hashes`, so a fresh machine needs
nothing but Python and pip to install exactly these versions:

    test.txt     the project with its test tools and the shared-database extra: the README's
                 commands, CI and every developer's .venv
    app.txt      the application alone: what a user's machine runs
    freeze.txt   the application, the shared-database extra and PyInstaller: the Windows bundle

uv itself is pinned here and installed into a throwaway virtual environment; it is never a
dependency of the project.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ROOT / "packaging" / "locks"
UV_VERSION = "0.13.9"
PYTHON_FLOOR = "3.11"
# lock file → (extras of the project, further requirement files)
LOCK_INPUTS = {
    "test.txt": (["test"], ["build-tools.in"]),
    "app.txt": ([], ["build-tools.in"]),
    "freeze.txt": (["shared"], ["build-tools.in", "freeze.in"]),
}


def _uv(tools: Path) -> Path:
    folder = tools / ("Scripts" if sys.platform == "win32" else "bin")
    python = folder / ("python.exe" if sys.platform == "win32" else "python")
    venv.create(tools, with_pip=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", f"uv=={UV_VERSION}"], check=True
    )
    return folder / ("uv.exe" if sys.platform == "win32" else "uv")


def compile_lock(uv: Path, name: str, upgrade: bool) -> None:
    extras, inputs = LOCK_INPUTS[name]
    command = [
        str(uv), "pip", "compile", "pyproject.toml",
        *(str(LOCKS / extra_input) for extra_input in inputs),
        *(arg for extra in extras for arg in ("--extra", extra)),
        "--universal", "--generate-hashes", "--python-version", PYTHON_FLOOR,
        "--custom-compile-command", "python3 packaging/lock.py",
        "-o", str(LOCKS / name),
    ]  # fmt: skip
    if upgrade:
        command.append("--upgrade")
    subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lock.py", description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="move every pin to the newest release")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="xa-planner-uv-") as tools:
        uv = _uv(Path(tools))
        for name in LOCK_INPUTS:
            compile_lock(uv, name, args.upgrade)
    if not args.upgrade:
        return 0
    return subprocess.run([sys.executable, str(ROOT / "packaging" / "bootstrap.py"), "test"]).returncode


if __name__ == "__main__":
    sys.exit(main())
