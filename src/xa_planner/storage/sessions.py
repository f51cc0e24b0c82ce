"""The ORM's side of a workspace database: engines, sessions, and their errors as StorageErrors.

Imported on the first unit of work, not at start: a start reads through storage.reads on the
plain driver, and SQLAlchemy with the ORM costs more to import than the whole bare window.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from xa_planner.storage.errors import (
    DatabaseServerLost,
    StaleWrite,
    StorageError,
    classify_sqlite_error,
)
from xa_planner.storage.plain_rows import Params
from xa_planner.storage.sqlite_files import connect_workspace

PG_UNDEFINED_TABLE = "42P01"  # PostgreSQL's SQLSTATE for a table that does not exist


def _begin(conn) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("xa_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine over the workspace file, its connections made with our pragmas."""

    def connect() -> sqlite3.Connection:
        return connect_workspace(path, read_only=read_only)

    # The URL only tells SQLAlchemy the dialect and that this is a file (pooled) database.
    engine = create_engine(URL.create("sqlite", database=str(path)), creator=connect)
    event.listen(engine, "begin", _begin)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextlib.contextmanager
def session_scope(sessions: sessionmaker[Session], *, write: bool) -> Iterator[Session]:
    """A session in one transaction: committed when the block ends, rolled back on error."""
    with sessions() as session:
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


class SessionRows:
    """Plain SQL reads inside an ORM session: the session's pending changes are flushed first."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self, sql: str, params: Params | None = None) -> list[Sequence[Any]]:
        self._session.flush()
        return [tuple(row) for row in self._session.execute(text(sql), dict(params or {}))]


@contextlib.contextmanager
def errors_classified() -> Iterator[None]:
    """SQLAlchemy's wrapped driver errors (a migration's, say) as the StorageError they stand for."""
    try:
        yield
    except OperationalError as exc:
        error = storage_error_of(exc)
        if error is None:
            raise
        raise error from exc


def server_schema_revision(engine: Engine) -> str | None:
    """The Alembic revision stamped in a server database, or None for an empty one."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != PG_UNDEFINED_TABLE:
                raise  # anything else the server refuses is not "an empty database"
            return None


def storage_error_of(exc: DBAPIError) -> StorageError | None:
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
