"""A throwaway PostgreSQL server on a Unix socket, for the shared-database tests."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def _pg_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    found = candidates[-1] if candidates else shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI runs as root, so drop to the postgres account.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@pytest.fixture(scope="session")
def postgres_server():
    bin_dir = _pg_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail(
                "PostgreSQL server binaries are missing; packaging/bootstrap.py installs them"
            )
        pytest.skip("PostgreSQL server binaries are not installed")
    root = Path(tempfile.mkdtemp(prefix="xa-pg-"))
    data, socket_dir = root / "data", root / "sock"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(socket_dir, "postgres")
    run = lambda *cmd: subprocess.run(_as_server_user(list(cmd)), check=True, capture_output=True)  # noqa: E731
    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8", "--no-locale")
    options = f"-k {socket_dir} -c listen_addresses='' -c fsync=off"
    run(
        str(bin_dir / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        options,
        "-w",
        "-l",
        str(root / "log"),
        "start",
    )
    try:
        yield bin_dir, socket_dir, run
    finally:
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server, request):
    """A fresh, empty database on the throwaway server for each test."""
    bin_dir, socket_dir, run = postgres_server
    name = "xa_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()
    run(str(bin_dir / "createdb"), "-h", str(socket_dir), "-U", "postgres", name)
    return f"postgresql+psycopg://postgres@/{name}?host={socket_dir}"
