"""Every connection is durable and safe: pragmas, BEGIN IMMEDIATE writes, WAL folded on close."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from xa_planner.services.workspace_service import create_empty, open_workspace
from xa_planner.storage.database import Database
from xa_planner.storage.sessions import sqlite_engine
from xa_planner.storage.sqlite_files import BUSY_TIMEOUT_MS


@pytest.fixture
def workspace(tmp_path):
    with create_empty(tmp_path / "xa.xaplan", "Vĩnh Thủy") as opened:
        yield opened


def _pragmas(conn) -> dict[str, object]:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in (
            "foreign_keys",
            "synchronous",
            "journal_mode",
            "busy_timeout",
            "trusted_schema",
        )
    }


EXPECTED = {
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: the last saves survive a power cut
    "journal_mode": "wal",
    "busy_timeout": BUSY_TIMEOUT_MS,
    "trusted_schema": 0,
}


def test_every_pooled_connection_has_the_durable_pragmas(workspace):
    # Given several connections open at once (each a fresh DBAPI connection from the pool)
    engine = workspace.database.engine
    connections = [engine.connect() for _ in range(3)]
    try:
        # Then each one has the same settings
        for conn in connections:
            assert _pragmas(conn) == EXPECTED
    finally:
        for conn in connections:
            conn.close()
    assert BUSY_TIMEOUT_MS >= 5000


def test_a_connection_made_after_dispose_gets_the_pragmas_again(workspace):
    workspace.database.engine.dispose()
    with workspace.database.engine.connect() as conn:
        assert _pragmas(conn) == EXPECTED


def test_foreign_keys_are_enforced_inside_a_service_transaction(workspace):
    # When a write session inserts a task pointing at an office that does not exist
    with (
        pytest.raises(IntegrityError, match="FOREIGN KEY"),
        workspace.database.session_scope(write=True) as session,
    ):
        session.execute(
            text(
                "INSERT INTO plans (year, title, number, directing_doc, is_current, body, created_at, version) VALUES (2026, '', '', '', 1, '{}', '2026-01-01', 1)"
            )
        )
        session.execute(
            text(
                "INSERT INTO plan_tasks (plan_id, position, ref, content, directing_docs, lead_office_id, responsible_person, timeframe, products, targets, source_ref, version) VALUES (1, 0, '1', 'x', '', 9999, '', '', '', '[]', '', 1)"
            )
        )
    # Then nothing of the transaction was kept
    with workspace.database.session_scope() as session:
        assert session.execute(text("SELECT count(*) FROM plans")).scalar() == 0


def test_a_write_session_holds_the_write_lock_from_its_first_statement(workspace):
    # Given a write session that has only read so far
    path = workspace.path
    with workspace.database.session_scope(write=True) as session:
        session.execute(text("SELECT count(*) FROM offices")).scalar()
        # Then another connection cannot start writing (BEGIN IMMEDIATE already took the lock)
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_a_read_session_does_not_take_the_write_lock(workspace):
    with workspace.database.session_scope() as session:
        session.execute(text("SELECT count(*) FROM offices")).scalar()
        other = sqlite3.connect(workspace.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        finally:
            other.close()


def test_two_threads_writing_read_then_write_serialize_instead_of_failing(tmp_path):
    # Given two Database objects over one file (as the UI thread and a background job)
    path = tmp_path / "xa.xaplan"
    create_empty(path).close()
    databases = [Database(sqlite_engine(path), path) for _ in range(2)]
    both_read = threading.Barrier(2, timeout=5)
    errors: list[BaseException] = []

    def read_then_write(database: Database, name: str) -> None:
        try:
            with database.session_scope(write=True) as session:
                count = session.execute(text("SELECT count(*) FROM offices")).scalar()
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_read.wait(timeout=0.5)  # with IMMEDIATE the second waits at BEGIN
                time.sleep(0.05)
                session.execute(
                    text(
                        "INSERT INTO offices (short_name, full_name, head, phone, email, position, retired, version) VALUES (:n, :n, '', '', '', :p, 0, 1)"
                    ),
                    {"n": name, "p": count},
                )
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    # When both read, then write, at the same time
    threads = [
        threading.Thread(target=read_then_write, args=(db, f"T{i}"))
        for i, db in enumerate(databases)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)

    # Then neither fails with SQLITE_BUSY(_SNAPSHOT): the second simply waited its turn
    assert errors == []
    for database in databases:
        database.close()
    conn = sqlite3.connect(path)
    names = [
        r[0] for r in conn.execute("SELECT short_name FROM offices WHERE short_name LIKE 'T_'")
    ]
    positions = sorted(
        r[0] for r in conn.execute("SELECT position FROM offices WHERE short_name LIKE 'T_'")
    )
    conn.close()
    assert sorted(names) == ["T0", "T1"]
    assert positions[0] != positions[1]  # the second read saw the first one's commit


def test_closing_the_workspace_folds_the_wal_into_the_file(tmp_path):
    # Given a workspace with committed changes still in its WAL
    path = tmp_path / "xa.xaplan"
    workspace = create_empty(path, "Vĩnh Thủy")
    from xa_planner.domain.offices import Office

    for n in range(20):
        workspace.commune.add_office(Office(None, f"Thôn {n}", f"Thôn {n}"))
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0

    # When it is closed
    workspace.close()

    # Then no WAL is left (or an empty one), and a copy of the file alone has all the data
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "usb" / "copy.xaplan"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    with open_workspace(copy) as moved:
        assert sum(o.short_name.startswith("Thôn ") for o in moved.commune.offices()) == 20
