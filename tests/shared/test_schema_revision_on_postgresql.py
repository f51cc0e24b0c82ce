"""Reading the schema revision of a PostgreSQL database: empty is None, any other refusal surfaces."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from xa_planner.storage.database import Database


def test_a_database_without_the_revision_table_is_empty(postgres_url):
    database = Database(create_engine(postgres_url), None)
    try:
        assert database.schema_revision() is None
    finally:
        database.engine.dispose()


def test_a_revision_table_the_user_may_not_read_is_an_error_not_an_empty_database(postgres_url):
    # Given a revision table owned by someone else, readable by nobody else
    owner = create_engine(postgres_url)
    with owner.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32))"))
        conn.execute(text("CREATE ROLE outsider LOGIN"))
        conn.execute(text("REVOKE ALL ON alembic_version FROM PUBLIC"))
    owner.dispose()
    database = Database(create_engine(postgres_url.replace("postgres@", "outsider@")), None)

    # When its revision is read, then the refusal surfaces instead of reading as "empty"
    try:
        with pytest.raises(ProgrammingError, match="permission denied"):
            database.schema_revision()
    finally:
        database.engine.dispose()
        with create_engine(postgres_url).begin() as conn:
            conn.execute(text("DROP TABLE alembic_version"))
            conn.execute(text("DROP ROLE outsider"))
