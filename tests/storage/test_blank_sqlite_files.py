"""An SQLite file without tables: finished as a workspace only when that is safe."""

from __future__ import annotations

import sqlite3

import pytest

from xa_planner.services.errors import WorkspaceError
from xa_planner.services.workspace_service import open_workspace
from xa_planner.storage.database import Database
from xa_planner.storage.schema import APPLICATION_ID
from xa_planner.storage.sessions import sqlite_engine


def _blank_sqlite(path, application_id=0):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={application_id}")
    conn.execute("PRAGMA user_version=1")  # forces the header page to be written
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_another_programs_empty_database_is_not_adopted_and_stays_unchanged(tmp_path):
    path = tmp_path / "other.db"
    before = _blank_sqlite(path)
    with pytest.raises(WorkspaceError):
        open_workspace(path)
    assert path.read_bytes() == before


def test_our_file_whose_creation_was_cut_short_is_finished_with_the_standard_offices(tmp_path):
    # Given a file stamped with our id whose first migration never ran (a kill at creation)
    path = tmp_path / "half.xaplan"
    _blank_sqlite(path, APPLICATION_ID)
    # When it is opened
    with open_workspace(path) as workspace:
        # Then it is a complete workspace: offices, profile, and a change counter for backups
        assert len(workspace.commune.offices()) >= 10
        assert workspace.maintenance.backup_now("auto") is not None


def test_an_empty_database_becomes_a_workspace_when_the_user_asks_to_create_one(tmp_path):
    path = tmp_path / "empty.db"
    _blank_sqlite(path)
    with open_workspace(path, create=True) as workspace:
        assert workspace.commune.offices()
    database = Database(sqlite_engine(path), path)
    assert database.pragma("application_id") == APPLICATION_ID
    database.close()
