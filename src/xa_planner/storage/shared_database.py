"""A workspace kept in a shared PostgreSQL database, for offices where several PCs work together.

The same models and migrations as the SQLite file; concurrent edits are caught by the
version columns (optimistic locking), so nobody silently overwrites someone else's change.
"""

from __future__ import annotations

import importlib.util

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from xa_planner.storage.database import Database
from xa_planner.storage.errors import (
    DatabaseAuthFailed,
    DatabaseTooNew,
    DatabaseUnwritable,
    SharedDriverMissing,
)
from xa_planner.storage.schema import HEAD_REVISION, KNOWN_REVISIONS
from xa_planner.storage.sessions import storage_error_of


def open_shared_database(url: str) -> tuple[Database, bool]:
    """(database, created?) for a PostgreSQL URL, migrated to the current schema."""
    if importlib.util.find_spec("psycopg") is None:
        raise SharedDriverMissing("psycopg")
    try:
        engine = create_engine(url, pool_pre_ping=True)
        database = Database(engine, None)
        revision = database.schema_revision()
    except DBAPIError as exc:
        if _is_authentication_failure(exc.orig):
            raise DatabaseAuthFailed(str(exc.orig).strip().splitlines()[0]) from exc
        lost = storage_error_of(exc)
        raise (lost or DatabaseUnwritable(str(exc.orig).splitlines()[0])) from exc
    except SQLAlchemyError as exc:
        raise DatabaseUnwritable(str(exc).splitlines()[0]) from exc
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(revision)
    if revision != HEAD_REVISION:
        # Alembic is imported only when a schema change is due, to keep start-up light.
        from xa_planner.storage import migrator
        from xa_planner.storage.workspace_file import initialise_meta

        migrator.upgrade(database)
        if revision is None:
            initialise_meta(database)
    return database, revision is None


def shown_url(url: str) -> str:
    """The URL as messages may show it: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return ""  # not a URL at all: nothing in it is worth repeating


def _is_authentication_failure(error: BaseException | None) -> bool:
    """The server refused the password or wanted one (SQLSTATE class 28, or libpq's own words)."""
    state = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    return state.startswith("28") or "password" in text or "authentication" in text


def shared_url(host: str, port: int | None, database: str, user: str, password: str = "") -> str:
    """The connection URL of a shared database, every part escaped (a password is never stored).

    A host that is a folder (a Unix socket's, "/var/run/postgresql") goes in the query, where
    PostgreSQL's driver looks for it; a network host goes in the address.
    """
    socket_folder = host.startswith("/")
    query = {"host": host} if socket_folder else {}
    if socket_folder and port:
        query["port"] = str(port)
    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=None if socket_folder else (host or None),
        port=None if socket_folder else (port or None),
        database=database or None,
        query=query,
    )
    return url.render_as_string(hide_password=False)


def url_parts(url: str) -> tuple[str, int | None, str, str]:
    """(host, port, database, user) of a shared database URL; empty parts for no URL."""
    if not url:
        return "", None, "", ""
    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", ""))
    query_port = parsed.query.get("port")
    port = parsed.port or (int(str(query_port)) if query_port is not None else None)
    return host, port, parsed.database or "", parsed.username or ""


def with_password(url: str, password: str) -> str:
    """The URL with *password* put in, for this connection only."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """The URL as settings may keep it: no password in it."""
    return make_url(url).set(password=None).render_as_string(hide_password=False)
