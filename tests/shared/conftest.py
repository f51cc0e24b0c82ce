"""A throwaway PostgreSQL server on a Unix socket, for the shared-database tests."""

from __future__ import annotations

import contextlib
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


class ThrowawayServer:
    """A PostgreSQL cluster in a temporary folder, listening only on a Unix socket."""

    def __init__(self, bin_dir: Path, password: str = "") -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="xa-pg-"))
        self.data, self.socket_dir = self.root / "data", self.root / "sock"
        self.socket_dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.socket_dir, "postgres")
        auth = []
        if password:  # the server then asks every connection for it, as an office's server would
            pwfile = self.root / "pw"
            pwfile.write_text(password)
            if os.geteuid() == 0:
                shutil.chown(pwfile, "postgres")
            auth = ["--auth=scram-sha-256", f"--pwfile={pwfile}"]
        self.password = password
        self.run(str(bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "-E", "UTF8",
                 "--no-locale", *auth)  # fmt: skip

    def run(self, *command: str) -> None:
        subprocess.run(_as_server_user(list(command)), check=True, capture_output=True)

    def start(self) -> None:
        options = f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off"
        self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-w",
                 "-l", str(self.root / "log"), "start")  # fmt: skip

    def stop(self) -> None:
        self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def new_database(self, name: str) -> str:
        env = {**os.environ, "PGPASSWORD": self.password} if self.password else None
        command = [str(self.bin_dir / "createdb"), "-h", str(self.socket_dir), "-U", "postgres", name]
        subprocess.run(_as_server_user(command), check=True, capture_output=True, env=env)
        return f"postgresql+psycopg://postgres@/{name}?host={self.socket_dir}"

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _server_binaries() -> Path:
    bin_dir = _pg_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail(
                "PostgreSQL server binaries are missing; packaging/bootstrap.py installs them"
            )
        pytest.skip("PostgreSQL server binaries are not installed")
    return bin_dir


@contextlib.contextmanager
def _running(password: str = ""):
    """A started throwaway server, stopped (whatever state a test left it in) and removed after."""
    server = ThrowawayServer(_server_binaries(), password=password)
    server.start()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):  # a test may have stopped it
            server.stop()
        server.remove()


@pytest.fixture(scope="session")
def postgres_server():
    with _running() as server:
        yield server


@pytest.fixture
def password_postgres_server():
    """A server of the test's own that wants the password "s3cr3t" from every connection."""
    with _running(password="s3cr3t") as server:
        yield server


@pytest.fixture
def own_postgres_server():
    """A server of the test's own, which it may stop and start (the shared one must stay up)."""
    with _running() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server, request):
    """A fresh, empty database on the throwaway server for each test."""
    name = "xa_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()
    return postgres_server.new_database(name)
