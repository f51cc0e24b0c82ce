"""One workspace database: plain reads on SQLite's driver, units of work through the ORM.

A workspace file is read without SQLAlchemy (``reading``): opening it and the reads a start and an
export make need only the standard sqlite3 module. The ORM's engine is made on the first unit of
work (``session_scope``), so SQLAlchemy is imported then and not before. The shared PostgreSQL
database has its engine from the start, and reads in a session.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from xa_planner.storage.errors import DatabaseReadOnly, StorageError, classify_sqlite_error
from xa_planner.storage.plain_rows import Rows, SqliteRows, first
from xa_planner.storage.schema import APPLICATION_ID
from xa_planner.storage.sqlite_files import connect_workspace

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker


class Database:
    """A workspace file (*path*, engine made when first needed) or a server database (*engine*)."""

    def __init__(
        self, engine: Engine | None, path: Path | None = None, *, read_only: bool = False
    ) -> None:
        if engine is None and path is None:
            raise ValueError("a database needs a file or an engine")
        self._engine = engine
        self.path = path
        self.read_only = read_only
        self._sessions: sessionmaker[Session] | None = None
        self._idle: list[sqlite3.Connection] = []  # plain connections between reads
        self._lock = threading.Lock()

    @classmethod
    def of_file(cls, path: Path, *, read_only: bool = False) -> Database:
        return cls(None, path, read_only=read_only)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def engine(self) -> Engine:
        """The ORM's engine, made (and SQLAlchemy imported) on first use for a file."""
        if self._engine is None:
            from xa_planner.storage.sessions import sqlite_engine

            assert self.path is not None  # a database without an engine is a file
            with self._lock:  # a background read and the GUI thread may both come first
                if self._engine is None:
                    self._engine = sqlite_engine(self.path, read_only=self.read_only)
        return self._engine

    @contextlib.contextmanager
    def session_scope(self, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        if write and self.read_only:
            raise DatabaseReadOnly("opened read-only")
        from xa_planner.storage import sessions

        engine = self.engine
        with self._lock:
            if self._sessions is None:
                self._sessions = sessions.session_factory(engine)
            factory = self._sessions
        with sessions.session_scope(factory, write=write) as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Rows]:
        """One read transaction for plain SQL: on a file, SQLite's own driver and no ORM."""
        if not self.is_sqlite:
            from xa_planner.storage.sessions import SessionRows

            with self.session_scope() as session:
                yield SessionRows(session)
            return
        with self._plain() as conn:
            conn.execute("BEGIN")
            try:
                yield SqliteRows(conn)
            finally:
                conn.execute("ROLLBACK")  # it read only: nothing to keep

    @contextlib.contextmanager
    def _plain(self) -> Iterator[sqlite3.Connection]:
        """A plain connection to the file, its SQLite failures raised as StorageErrors."""
        assert self.path is not None
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        try:
            if conn is None:
                conn = connect_workspace(self.path, read_only=self.read_only)
            yield conn
        except sqlite3.OperationalError as exc:
            error = classify_sqlite_error(exc)
            if error is None:
                raise
            raise error from exc
        finally:
            if conn is not None:
                with self._lock:
                    self._idle.append(conn)

    def set_up_new_file(self) -> None:
        """Stamp a new workspace file with our application id."""
        self.pragma(f"application_id={APPLICATION_ID}")

    def pragma(self, statement: str) -> object:
        """Run "PRAGMA <statement>" on the file outside any transaction; its first value."""
        with self._plain() as conn:
            row = conn.execute(f"PRAGMA {statement}").fetchone()
            return row[0] if row else None

    def checkpoint(self) -> None:
        """Fold the WAL into the main file so the file alone can be copied."""
        if self.is_sqlite:
            self.pragma("wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Fold the WAL and let go of the file; a later read or unit of work opens it again."""
        # busy, gone or out of room: the WAL is folded on the next open.
        with contextlib.suppress(sqlite3.Error, StorageError):
            self.checkpoint()
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
        if self._engine is not None:
            self._engine.dispose()

    def schema_revision(self) -> str | None:
        """The Alembic revision stamped in the database, or None for an empty one."""
        if not self.is_sqlite:
            from xa_planner.storage.sessions import server_schema_revision

            return server_schema_revision(self.engine)
        with self.reading() as rows:
            if not rows.all("SELECT name FROM sqlite_schema WHERE name = 'alembic_version'"):
                return None
            row = first(rows, "SELECT version_num FROM alembic_version")
        return row[0] if row else None
