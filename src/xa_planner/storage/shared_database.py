"""A workspace kept in a shared PostgreSQL database, for offices where several PCs work together.

The same models and migrations as the SQLite file; concurrent edits are caught by the
version columns (optimistic locking), so nobody silently overwrites someone else's change.
"""

from __future__ import annotations

import importlib.util

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from xa_planner.storage.database import Database, storage_error_of
from xa_planner.storage.errors import DatabaseTooNew, DatabaseUnwritable, SharedDriverMissing
from xa_planner.storage.schema import HEAD_REVISION, KNOWN_REVISIONS


def open_shared_database(url: str) -> tuple[Database, bool]:
    """(database, created?) for a PostgreSQL URL, migrated to the current schema."""
    if importlib.util.find_spec("psycopg") is None:
        raise SharedDriverMissing("psycopg")
    try:
        engine = create_engine(url, pool_pre_ping=True)
        database = Database(engine, None)
        revision = database.schema_revision()
    except DBAPIError as exc:
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
