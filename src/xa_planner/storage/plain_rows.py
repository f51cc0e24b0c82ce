"""Plain SQL reads: the rows of a query, run on SQLite's own driver or inside an ORM session.

The reads a start and an export make (storage.reads) are SQL text with ":name" parameters, which
both sqlite3 and SQLAlchemy's text() accept. On a workspace file they run on a plain sqlite3
connection, so a start needs neither SQLAlchemy nor the ORM; on the shared PostgreSQL database,
or inside a unit of work, they run in its session. The same text, so one query, two drivers.

The drivers hand values back differently: SQLite as stored (dates as ISO text, booleans as 0/1,
JSON as text), PostgreSQL as Python values. The converters here accept both.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

Params = Mapping[str, object]


class Rows(Protocol):
    """What runs a read: the rows of *sql* with *params*, as tuples."""

    def all(self, sql: str, params: Params | None = None) -> list[Sequence[Any]]: ...


class SqliteRows:
    """Reads on a plain sqlite3 connection, inside the transaction its caller opened."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self, sql: str, params: Params | None = None) -> list[Sequence[Any]]:
        return self._conn.execute(sql, params or {}).fetchall()


def first(rows: Rows, sql: str, params: Params | None = None) -> Sequence[Any] | None:
    found = rows.all(sql, params)
    return found[0] if found else None


def as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def as_datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def as_json(value: object) -> Any:
    """A JSON column's value: SQLite stores its text, PostgreSQL's driver decodes it."""
    if isinstance(value, str | bytes):
        return json.loads(value)
    return value
