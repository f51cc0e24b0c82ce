"""Real places where writing fails, for the fault tests: full disks, read-only mounts, locks."""

from __future__ import annotations

import contextlib
import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): {done.stderr}")


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of *size* mounted on *folder*: a real disk that fills up."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_up(folder: Path) -> None:
    """Write a filler file until the disk holding *folder* says it is full."""
    block = b"\0" * 4096
    with open(folder / "filler.bin", "wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(block)


def make_read_only(folder: Path) -> None:
    """Remount the tmpfs at *folder* read-only: even root then gets EROFS."""
    _mount("-o", "remount,ro", str(folder))


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under *folder* (names and SHA-256 of contents), to prove nothing changed."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def file_size_limit(limit: int):
    """A preexec_fn: a child whose files cannot grow past *limit* bytes (ulimit -f)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def cli_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


ROOT_WITHOUT_OVERRIDE = (
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search,-fowner",
    "--bounding-set=-dac_override,-dac_read_search,-fowner",
)


def hand_to_another_user(*paths: Path) -> None:
    """Give *paths* to "nobody": with ROOT_WITHOUT_OVERRIDE, root then meets their modes."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to drop root's override of file modes")
    for path in paths:
        os.chown(path, 65534, 65534)


def run_cli(
    home: Path, *args: str, preexec=None, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    """``python -m xa_planner …`` with its own user folders under *home*."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "xa_planner", *args],
        cwd=home,
        env=cli_env(home),
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=preexec,
    )


def one_error_line(done: subprocess.CompletedProcess) -> str:
    """The single stderr line of a failed command (no traceback, no "Exception ignored")."""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("xa-planner: "), done.stderr
    return lines[0]


@contextlib.contextmanager
def write_transaction_held(path: Path) -> Iterator[None]:
    """Another program's connection holding SQLite's write lock (BEGIN IMMEDIATE)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        conn.rollback()
        conn.close()
