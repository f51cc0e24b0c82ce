"""The engine and sessions: SQLite pragmas for durability, BEGIN IMMEDIATE for writes."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from xa_planner.storage.errors import (
    DatabaseReadOnly,
    DatabaseServerLost,
    StaleWrite,
    classify_sqlite_error,
)
from xa_planner.storage.schema import APPLICATION_ID
from xa_planner.storage.sqlite_files import file_uri

BUSY_TIMEOUT_MS = 10_000
PG_UNDEFINED_TABLE = "42P01"  # PostgreSQL's SQLSTATE for a table that does not exist


def _configure_sqlite_connection(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # We issue BEGIN ourselves (see _begin) so the driver must not start transactions.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    for pragma in (
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        "PRAGMA synchronous=FULL",
        "PRAGMA trusted_schema=OFF",
        "PRAGMA cell_size_check=ON",
    ):
        cursor.execute(pragma)
    with contextlib.suppress(sqlite3.OperationalError):  # a read-only file keeps its mode
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _begin(conn) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("xa_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine over the workspace file with our pragmas on every connection.

    Connections are made from a file: URI, never a formatted URL string, so a "?", "#" or
    "%" in the path is part of the file name.
    """
    uri = file_uri(path, read_only=read_only)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    # The URL only tells SQLAlchemy the dialect and that this is a file (pooled) database.
    engine = create_engine(URL.create("sqlite", database=str(path)), creator=connect)
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """One workspace database; every unit of work goes through ``session_scope``."""

    def __init__(
        self, engine: Engine, path: Path | None = None, *, read_only: bool = False
    ) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def session_scope(self, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        if write and self.read_only:
            raise DatabaseReadOnly("opened read-only")
        with self._sessions() as session:
            try:
                session.connection(execution_options={"xa_write": write})
                yield session
                if write:
                    _bump_revision(session)
                session.commit()
            except StaleDataError as exc:
                session.rollback()
                raise StaleWrite(str(exc)) from exc
            except DBAPIError as exc:
                _roll_back_quietly(session)
                error = storage_error_of(exc)
                if error is None:
                    raise
                raise error from exc
            except BaseException:
                session.rollback()
                raise

    def set_up_new_file(self) -> None:
        """Stamp a new workspace file with our application id."""
        self.pragma(f"application_id={APPLICATION_ID}")

    def pragma(self, statement: str) -> object:
        """Run "PRAGMA <statement>" outside any transaction and return its first value."""
        with self.engine.connect() as conn:
            raw = sqlite_connection(conn)
            row = raw.execute(f"PRAGMA {statement}").fetchone()
            return row[0] if row else None

    def checkpoint(self) -> None:
        """Fold the WAL into the main file so the file alone can be copied."""
        if self.is_sqlite:
            self.pragma("wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        # busy, gone or out of room: the WAL is folded on the next open. The checkpoint runs on
        # the raw sqlite3 connection, whose errors SQLAlchemy does not wrap.
        with contextlib.suppress(DBAPIError, sqlite3.Error):
            self.checkpoint()
        self.engine.dispose()

    def schema_revision(self) -> str | None:
        """The Alembic revision stamped in the database, or None for an empty file."""
        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except OperationalError:  # SQLite: no such table
                return None
            except ProgrammingError as exc:
                if getattr(exc.orig, "sqlstate", None) != PG_UNDEFINED_TABLE:
                    raise  # anything else the server refuses is not "an empty database"
                return None


def storage_error_of(exc: DBAPIError) -> Exception | None:
    """The StorageError an SQLAlchemy error stands for: by SQLite's code, or a lost server.

    None when it is neither (a defect, to surface as it is).
    """
    if isinstance(exc.orig, sqlite3.Error):
        return classify_sqlite_error(exc.orig) if isinstance(exc, OperationalError) else None
    if exc.connection_invalidated or _is_connection_failure(exc.orig):
        return DatabaseServerLost(str(exc.orig).strip().splitlines()[0] if str(exc.orig) else "")
    return None


def _is_connection_failure(error: BaseException | None) -> bool:
    """A server that cannot be reached or went away: no SQLSTATE, class 08, or 57P (shut down)."""
    if error is None or not hasattr(error, "sqlstate"):
        return False
    state = error.sqlstate or ""
    return state == "" or state.startswith(("08", "57P"))


def _roll_back_quietly(session: Session) -> None:
    # Rolling back over a lost connection fails too; the first failure is the one to tell.
    with contextlib.suppress(DBAPIError):
        session.rollback()


def _bump_revision(session: Session) -> None:
    """Count committed changes, so a backup is skipped when nothing changed since the last."""
    if not (session.new or session.dirty or session.deleted or session.info.get("flushed")):
        return
    session.execute(
        text(
            "UPDATE workspace_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
            "WHERE key = 'revision'"
        )
    )


@event.listens_for(Session, "after_flush")
def _remember_flush(session: Session, _context: object) -> None:
    session.info["flushed"] = True


@event.listens_for(Session, "after_commit")
def _forget_flush(session: Session) -> None:
    session.info.pop("flushed", None)


@event.listens_for(Session, "after_rollback")
def _forget_flush_on_rollback(session: Session) -> None:
    session.info.pop("flushed", None)


def sqlite_connection(conn: Connection) -> sqlite3.Connection:
    """SQLite's own connection under *conn*, for PRAGMAs run outside any transaction."""
    raw = conn.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        raise TypeError(f"not an open SQLite connection: {raw!r}")
    return raw
