#!/usr/bin/env python3
"""Set up a checkout of xa_planner on a fresh Debian/Ubuntu machine, then run the demo or the tests.

    python3 packaging/bootstrap.py demo     install what is missing, open the app on a demo workspace
    python3 packaging/bootstrap.py test     install what is missing, run the import contracts,
                                            the linter and the whole test suite (headless)

Standard library only: it runs before anything else is installed. Each step prints one line.
It installs the system libraries Qt needs (apt-get, as root or through sudo), creates `.venv`
in the checkout and installs into it exactly the versions locked in packaging/locks/test.txt
(hashed, by pip), then the project itself; when the lock or pyproject.toml changes, `.venv` is
made anew, so it never holds anything the lock doesn't name.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".xa-planner-bootstrap-stamp"
LOCK = ROOT / "packaging" / "locks" / "test.txt"
DEMO_WORKSPACE = ROOT / "demo-workspace" / "demo.xaplan"
MIN_PYTHON = (3, 11)

# What PySide6's QtCore/QtGui/QtWidgets need to load, even with the offscreen platform.
# "a|b" means: whichever of these the distribution has (Ubuntu 24.04 renamed some to …t64).
QT_BASE_PACKAGES = [
    "libglib2.0-0t64|libglib2.0-0",
    "libegl1",
    "libgl1",
    "libx11-6",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "zlib1g",
    "libzstd1",
    "fonts-dejavu-core",
]
# A real window: Qt's xcb platform plugin (X11, XWayland) and its wayland plugin.
DEMO_PACKAGES = [
    "libxkbcommon-x11-0",
    "libxcb1",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-glx0",
    "libxcb-xkb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "fonts-liberation2",
]
# The tests: PDF pages to PNG (pdftoppm), fonts with Vietnamese coverage (Liberation Serif 2),
# PostgreSQL binaries for the shared-database tests (they start their own throwaway server),
# LibreOffice to print exported .docx/.xlsx as Word and Excel users see them (and to read .doc),
# and Tesseract with its Vietnamese model to read scanned plans.
TEST_PACKAGES = [
    "poppler-utils",
    "fonts-liberation2",
    "postgresql",
    "libreoffice-writer-nogui",
    "libreoffice-calc-nogui",
    "tesseract-ocr",
    "tesseract-ocr-vie",
]


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def fail(message: str, code: int = 1) -> None:
    print(f"bootstrap: {message}", file=sys.stderr, flush=True)
    raise SystemExit(code)


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=False, **kwargs)


# ---------------------------------------------------------------- system packages


def _installed_packages(names: list[str]) -> set[str]:
    result = run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", *names],
        capture_output=True,
        text=True,
    )
    return {
        line.split()[0]
        for line in result.stdout.splitlines()
        if len(line.split()) >= 2 and line.split()[1].startswith("ii")
    }


def _missing_requirements(requirements: list[str]) -> list[str]:
    alternatives = [name for req in requirements for name in req.split("|")]
    installed = _installed_packages(alternatives)
    return [req for req in requirements if not any(n in installed for n in req.split("|"))]


def _has_candidate(name: str) -> bool:
    result = run(["apt-cache", "policy", name], capture_output=True, text=True)
    return "Candidate:" in result.stdout and "Candidate: (none)" not in result.stdout


def _privilege_prefix() -> list[str] | None:
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo"):
        # Without a terminal sudo cannot ask for a password: fail at once instead of hanging.
        # sudo drops the environment, so the non-interactive settings go through env.
        sudo = ["sudo"] if sys.stdin.isatty() else ["sudo", "-n"]
        return [*sudo, "env", "DEBIAN_FRONTEND=noninteractive", "NEEDRESTART_MODE=a"]
    return None


def _apt_env() -> dict[str, str]:
    return {**os.environ, "DEBIAN_FRONTEND": "noninteractive", "NEEDRESTART_MODE": "a"}


def ensure_system_packages(requirements: list[str]) -> None:
    """Install the Debian packages that are missing; on other systems say what is needed."""
    requirements = list(dict.fromkeys(requirements))
    if not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        names = " ".join(req.split("|")[-1] for req in requirements)
        say(
            f"system packages: not a Debian/Ubuntu system; make sure the equivalents of these are installed: {names}"
        )
        return
    missing = _missing_requirements(requirements)
    if not missing:
        say(f"system packages: all {len(requirements)} present")
        return
    prefix = _privilege_prefix()
    if prefix is None:
        fail(
            "missing system packages and no root or sudo to install them; as root run: "
            f"apt-get install -y --no-install-recommends {' '.join(r.split('|')[-1] for r in missing)}"
        )
    say(f"system packages: installing {len(missing)} missing ({' '.join(missing)})")
    started = time.monotonic()
    update = run([*prefix, "apt-get", "update", "-qq"], env=_apt_env(), stdin=subprocess.DEVNULL)
    if update.returncode != 0:
        hint = " (sudo needs a password: run this once from a terminal)" if "-n" in prefix else ""
        fail(f"apt-get update failed{hint} (see above)")
    chosen = _choose_alternatives(missing)
    install = run(
        [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *chosen],
        env=_apt_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    if install.returncode != 0:
        fail(f"apt-get install failed for: {' '.join(chosen)}")
    say(f"system packages: installed {' '.join(chosen)} in {time.monotonic() - started:.0f} s")


def _choose_alternatives(missing: list[str]) -> list[str]:
    chosen = []
    for req in missing:
        options = req.split("|")
        available = [name for name in options if _has_candidate(name)]
        if available:
            chosen.append(available[0])
        else:
            say(f"system packages: {req} is not offered by this distribution, skipped")
    return chosen


# ---------------------------------------------------------------- virtual environment


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _venv_tool(name: str) -> str:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    return str(folder / (name + (".exe" if os.name == "nt" else "")))


def _wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(LOCK.read_bytes())
    digest.update(f"{sys.version}|{VENV}".encode())
    return digest.hexdigest()


def _venv_works() -> bool:
    python = _venv_python()
    return (
        python.exists()
        and run([str(python), "-c", "import sys"], capture_output=True).returncode == 0
    )


def ensure_venv() -> None:
    """Make .venv hold exactly the locked versions and the project, unless nothing changed."""
    if sys.version_info < MIN_PYTHON:
        fail(
            f"Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed, this is {sys.version.split()[0]}"
        )
    if _venv_works() and STAMP.exists() and STAMP.read_text().strip() == _wanted_stamp():
        say("virtual environment: .venv up to date")
        return
    started = time.monotonic()
    if VENV.exists():
        shutil.rmtree(VENV)  # a fresh venv: nothing left over from an earlier lock
    created = run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
    if created.returncode != 0:
        fail(
            "could not create .venv (on Debian/Ubuntu: apt-get install python3-venv): "
            + (created.stderr.strip().splitlines() or ["no details"])[-1]
        )
    _pip("install", "--require-hashes", "--no-deps", "-r", str(LOCK))
    # The project itself, its dependencies and its build back-end (setuptools) all from the lock.
    _pip("install", "--no-deps", "--no-build-isolation", "--no-index", "-e", ".")
    STAMP.write_text(_wanted_stamp() + "\n")
    say(
        f"virtual environment: installed the locked versions into .venv in {time.monotonic() - started:.0f} s"
    )


def _pip(*args: str) -> None:
    command = [str(_venv_python()), "-m", "pip", *args[:1], "--quiet", "--disable-pip-version-check"]
    result = run([*command, *args[1:]], cwd=ROOT, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        fail(f"pip {' '.join(args)} failed (see above)")


def check_qt_loads(platform: str | None) -> None:
    """Start a QApplication once, so a missing system library shows as one clear line."""
    env = dict(os.environ)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    probe = "from PySide6.QtWidgets import QApplication; QApplication([]); print('ok')"
    result = run(
        [str(_venv_python()), "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    if result.returncode != 0 or "ok" not in result.stdout:
        lines = [ln for ln in (result.stderr or "").splitlines() if ln.strip()]
        markers = (
            "cannot open shared object",
            "Could not load the Qt platform plugin",
            "is needed",
        )
        detail = next((ln for m in markers for ln in lines if m in ln), None)
        fail(
            "Qt cannot start: " + (detail or (lines[-1] if lines else f"exit {result.returncode}"))
        )
    shown = platform or os.environ.get("QT_QPA_PLATFORM") or "default"
    say(f"Qt: starts ({shown} platform)")


# ---------------------------------------------------------------- commands


def command_test(pytest_args: list[str]) -> int:
    ensure_system_packages(QT_BASE_PACKAGES + TEST_PACKAGES)
    ensure_venv()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    check_qt_loads("offscreen")
    lint_failures = []
    for name, command in (
        ("import contracts", [_venv_tool("lint-imports")]),
        ("ruff", [_venv_tool("ruff"), "check", *_existing("src", "tests")]),
        ("type check", [_venv_tool("mypy")]),  # src/xa_planner, as [tool.mypy] says
    ):
        if not _step(name, command):
            lint_failures.append(name)
    started = time.monotonic()
    say("pytest -n auto: running")
    code = run(
        [str(_venv_python()), "-m", "pytest", "-n", "auto", *pytest_args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    ).returncode
    if code == 5:
        say("pytest: FAILED, no tests were collected (exit 5): the suite must not be empty")
        return 1
    if code != 0:
        say(f"pytest: FAILED (exit {code}) in {time.monotonic() - started:.0f} s")
        return code
    if lint_failures:
        say(f"test: FAILED because of {', '.join(lint_failures)} (see above)")
        return 1
    # On success pytest's own summary ("N passed in …") stays the last line of the run.
    return 0


def _existing(*names: str) -> list[str]:
    return [name for name in names if (ROOT / name).exists()]


def _step(name: str, command: list[str]) -> bool:
    started = time.monotonic()
    result = run(command, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode == 0:
        last = ([ln.strip() for ln in result.stdout.splitlines() if ln.strip()] or [""])[-1]
        say(f"{name}: passed in {elapsed:.1f} s" + (f" ({last})" if last else ""))
        return True
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    say(f"{name}: FAILED (exit {result.returncode})")
    return False


def command_demo(smoke_test: bool, screenshot: str | None) -> int:
    ensure_system_packages(QT_BASE_PACKAGES + DEMO_PACKAGES)
    ensure_venv()
    if (
        sys.platform.startswith("linux")
        and not _has_display()
        and "QT_QPA_PLATFORM" not in os.environ
    ):
        if not smoke_test:
            fail(
                "no graphical display (DISPLAY and WAYLAND_DISPLAY are unset): run this from a desktop session"
            )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a smoke test needs no screen
    check_qt_loads(None)
    app = _venv_tool("xa-planner")
    if not DEMO_WORKSPACE.exists():
        DEMO_WORKSPACE.parent.mkdir(parents=True, exist_ok=True)
        made = run([app, "demo", str(DEMO_WORKSPACE)], cwd=ROOT, stdin=subprocess.DEVNULL)
        if made.returncode != 0:
            fail(f"could not create the demo workspace (exit {made.returncode})")
        say(f"demo workspace: created {DEMO_WORKSPACE.relative_to(ROOT)}")
    else:
        say(f"demo workspace: {DEMO_WORKSPACE.relative_to(ROOT)} exists")
    command = [app, "--workspace", str(DEMO_WORKSPACE)]
    if smoke_test:
        command.append("--smoke-test")
        if screenshot:
            command += ["--screenshot", str(Path(screenshot).resolve())]
    say("xa-planner: starting" + (" (smoke test)" if smoke_test else ""))
    return run(command, cwd=ROOT).returncode


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bootstrap.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="open the app on a demo workspace")
    demo.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    demo.add_argument("--screenshot", help=argparse.SUPPRESS)
    sub.add_parser(
        "test",
        help="run the import contracts, the linter and the test suite "
        "(further arguments go to pytest)",
    )
    args, extra = parser.parse_known_args(argv)
    if args.command == "demo":
        if extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        return command_demo(args.smoke_test, args.screenshot)
    return command_test(extra)


if __name__ == "__main__":
    sys.exit(main())
