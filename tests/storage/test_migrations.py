"""Schema upgrades: a real old workspace reaches the head safely; a newer one is refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from xa_planner.paths import backup_dir_for
from xa_planner.services.errors import WorkspaceTooNew
from xa_planner.services.workspace_service import create_empty, open_workspace
from xa_planner.storage import migrator, schema

OLD_WORKSPACE = Path(__file__).parents[1] / "data" / "workspaces" / "workspace_rev0001.xaplan"


@pytest.fixture
def old_workspace(tmp_path) -> Path:
    """A copy of the committed revision-0001 workspace (the original is never opened)."""
    copy = tmp_path / "old.xaplan"
    shutil.copyfile(OLD_WORKSPACE, copy)
    return copy


def _rows(path: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def test_the_committed_old_workspace_is_at_revision_0001_and_self_contained():
    assert not OLD_WORKSPACE.with_name(OLD_WORKSPACE.name + "-wal").exists()
    assert OLD_WORKSPACE.stat().st_size < 200_000
    with open(OLD_WORKSPACE, "rb") as handle:
        assert handle.read(16) == schema.SQLITE_MAGIC


def test_opening_a_revision_0001_workspace_upgrades_it_to_the_head(old_workspace):
    # Given a workspace written by the first release
    assert _rows(old_workspace, "SELECT version_num FROM alembic_version") == [("0001_initial",)]

    # When the current version opens it
    with open_workspace(old_workspace) as workspace:
        revision = workspace.database.schema_revision()
        check = workspace.maintenance.check()

    # Then it is at the head revision and sound
    assert revision == schema.HEAD_REVISION
    assert check.ok, check.messages
    tables = {r[0] for r in _rows(old_workspace, "SELECT name FROM sqlite_schema")}
    assert {"periods", "task_progress", "indicators", "sent_reports"} <= tables


def test_upgrading_leaves_a_sound_before_migration_backup_of_the_old_file(old_workspace):
    # Given the old workspace's content before the upgrade
    old_offices = _rows(old_workspace, "SELECT * FROM offices ORDER BY id")

    # When it is opened (and so upgraded)
    open_workspace(old_workspace).close()

    # Then a before-migration backup exists, passes its checks, and is the old schema and data
    found = sorted(backup_dir_for(old_workspace).glob("*-before-migration-r7.xaplan"))
    assert len(found) == 1
    backup = found[0]
    assert _rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(backup, "SELECT version_num FROM alembic_version") == [("0001_initial",)]
    assert _rows(backup, "SELECT * FROM offices ORDER BY id") == old_offices
    assert not backup.with_name(backup.name + "-wal").exists()


def test_upgrading_keeps_every_row_of_the_old_workspace(old_workspace):
    # When the old workspace is opened with the current services
    with open_workspace(old_workspace) as workspace:
        profile = workspace.commune.profile()
        offices = workspace.commune.offices()
        plan = workspace.plans.current_plan()
        rows = workspace.plans.plan_rows(plan.id)
        templates = workspace.templates.templates()
        audit = workspace.maintenance.audit_log()

    # Then the profile, offices, template, plan tasks and support offices are all there
    assert (profile.commune_name, profile.province_name) == ("Vĩnh Thủy", "Quảng Trị")
    assert (profile.report_deadline_day, profile.data_window_start_day) == (10, 15)
    assert [o.short_name for o in offices][:2] == ["Công an xã", "VP HĐND-UBND"]
    assert [o.retired for o in offices] == [False, False, False, False, True]
    assert offices[0].head == "Lê Văn Hùng"
    assert [(t.doc_number, t.task_count) for t in templates] == [("113/KH-UBND", 3)]
    assert plan.number == "05/KH-UBND" and plan.task_count == 3
    assert [r.lead_office for r in rows] == ["Công an xã", "Phòng VH-XH", "Công an xã"]
    assert rows[1].support_offices == ("Công an xã", "VP HĐND-UBND")
    assert rows[2].support_offices == ("TT PVHCC",)  # a retired office keeps its history
    assert rows[2].targets == "tối thiểu 81%"
    assert [a.code for a in audit] == ["workspace.create"]


def test_the_upgraded_workspace_accepts_new_writes_in_the_new_tables(old_workspace):
    with open_workspace(old_workspace) as workspace:
        workspace.commune.add_office(_office("Thôn 1"))
        periods = workspace.tracking.periods()
        assert periods  # the tracking tables answer
    with open_workspace(old_workspace) as workspace:
        assert "Thôn 1" in [o.short_name for o in workspace.commune.offices()]


def _office(name: str):
    from xa_planner.domain.offices import Office

    return Office(None, name, name)


def test_a_workspace_from_a_newer_version_is_refused_and_left_byte_identical(tmp_path):
    # Given a workspace stamped with a revision this version does not know
    path = tmp_path / "future.xaplan"
    create_empty(path, "Vĩnh Thủy").close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = path.read_bytes()

    # When it is opened
    with pytest.raises(WorkspaceTooNew) as raised:
        open_workspace(path)

    # Then the user is told to update, the file is untouched and nothing was backed up
    assert "phiên bản mới hơn" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert path.read_bytes() == before
    assert not backup_dir_for(path).exists()
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("9999_future",)]


def test_models_and_migrations_agree_like_alembic_check(tmp_path):
    # Given a freshly created workspace (migrated from nothing to the head)
    with create_empty(tmp_path / "fresh.xaplan") as workspace:
        # Then autogenerate finds nothing to add: models and migrations describe the same schema
        assert migrator.pending_model_changes(workspace.database) == []


def test_the_revisions_known_without_alembic_match_alembic_history():
    assert list(schema.KNOWN_REVISIONS) == migrator.all_revisions()
    assert migrator.head_revision() == schema.HEAD_REVISION
