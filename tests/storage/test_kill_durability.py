"""Killing a writing process at any moment loses no committed change and never damages the file."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from xa_planner.services.workspace_service import create_empty, open_workspace

# The child commits one office per transaction through the real service and reports each id
# on stdout only after add_office() has returned, i.e. after COMMIT.
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from xa_planner.domain.offices import Office
    from xa_planner.services.workspace_service import open_workspace

    workspace = open_workspace(Path(sys.argv[1]), user="writer")
    round_no = sys.argv[2]
    # A workspace opens without the ORM, which loads on the first change: load it now, so the
    # kill lands among the writes and not in that import.
    import xa_planner.storage.repositories
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        office = workspace.commune.add_office(
            Office(None, f"K{round_no}-{n}", f"Đơn vị thử {round_no}-{n}", head="Nguyễn Văn Thử")
        )
        print(office.id, office.short_name, flush=True)
    """
)
ROUNDS = 25


def _run_writer_and_kill(script: Path, workspace: Path, round_no: int, rng: random.Random):
    child = subprocess.Popen(
        [sys.executable, str(script), str(workspace), str(round_no)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = child.stdout.readline()
        assert first == "ready\n", child.stderr.read()
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, f"the writer died by itself:\n{err}"
    # Only whole lines count: a half-printed id was never acknowledged.  Ids are reported with
    # the name, since SQLite reuses the id of a row that was rolled back.
    return [tuple(line.split(" ", 1)) for line in out.split("\n")[:-1]]


def _sqlite_problems(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    return ([] if integrity == [("ok",)] else integrity) + foreign


def _offices_and_audit(path: Path) -> tuple[set[int], list[int]]:
    conn = sqlite3.connect(path)
    try:
        offices = {r[0] for r in conn.execute("SELECT id FROM offices WHERE short_name LIKE 'K%'")}
        audited = [
            r[0]
            for r in conn.execute("SELECT entity_id FROM audit_log WHERE action = 'office.add'")
        ]
    finally:
        conn.close()
    return offices, audited


@pytest.mark.slow
def test_killing_a_writer_at_random_moments_never_loses_a_committed_change(tmp_path):
    # Given a workspace and a child process that commits offices in a loop
    workspace = tmp_path / "xa.xaplan"
    create_empty(workspace, "Vĩnh Thủy", "Quảng Trị").close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(20260601)
    acknowledged: set[tuple[str, str]] = set()
    for round_no in range(ROUNDS):
        # When the child is SIGKILLed at a random moment while writing
        reported = _run_writer_and_kill(script, workspace, round_no, rng)
        acknowledged.update(reported)

        # Then the workspace opens despite the dead process's lock, with a full check
        with open_workspace(workspace) as reopened:
            assert reopened.fully_checked, f"round {round_no}: unclean exit not noticed"
            stored = {(str(o.id), o.short_name) for o in reopened.commune.offices()}
        # and the file is sound and holds every acknowledged office, each audited exactly once
        assert _sqlite_problems(workspace) == [], f"round {round_no}"
        assert acknowledged <= stored, f"round {round_no}: lost {sorted(acknowledged - stored)}"
        offices, audited = _offices_and_audit(workspace)
        assert sorted(audited) == sorted(offices), f"round {round_no}: half-applied action"
    assert len(acknowledged) > ROUNDS, "the writer hardly committed anything: test is vacuous"

    # And after a clean close the next open needs no full check
    open_workspace(workspace).close()
    with open_workspace(workspace) as calm:
        assert not calm.fully_checked
