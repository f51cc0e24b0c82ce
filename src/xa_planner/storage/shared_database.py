"""A workspace kept in a shared PostgreSQL database, for offices where several PCs work together.

The same models and migrations as the SQLite file; concurrent edits are caught by the
version columns (optimistic locking), so nobody silently overwrites someone else's change.
"""

from __future__ import annotations

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError

from xa_planner.storage.database import Database
from xa_planner.storage.errors import DatabaseTooNew, DatabaseUnwritable
from xa_planner.storage.schema import HEAD_REVISION, KNOWN_REVISIONS


def open_shared_database(url: str) -> tuple[Database, bool]:
    """(database, created?) for a PostgreSQL URL, migrated to the current schema."""
    try:
        engine = create_engine(url, pool_pre_ping=True)
        database = Database(engine, None)
        revision = database.schema_revision()
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
