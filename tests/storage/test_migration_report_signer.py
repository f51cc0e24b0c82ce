"""Upgrading a workspace whose profile has no police chief or report recipient yet."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

from xa_planner.services.workspace_service import open_workspace
from xa_planner.storage import migrator, schema
from xa_planner.storage.database import Database
from xa_planner.storage.sessions import sqlite_engine

OLD_WORKSPACE = Path(__file__).parents[1] / "data" / "workspaces" / "workspace_rev0001.xaplan"


def _workspace_at_revision_0003(path: Path) -> None:
    """The committed 0001 workspace upgraded to 0003, as the previous release left it."""
    shutil.copyfile(OLD_WORKSPACE, path)
    engine = sqlite_engine(path)
    migrator.upgrade(Database(engine, path), "0003_status_without_lateness")
    engine.dispose()


def _profile_columns(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[1] for row in conn.execute("PRAGMA table_info(commune_profile)")}
    finally:
        conn.close()


def test_an_old_profile_reaches_the_head_with_empty_signer_and_recipient(tmp_path):
    # Given a revision-0003 workspace: its profile has no police chief nor recipient columns
    path = tmp_path / "old.xaplan"
    _workspace_at_revision_0003(path)
    assert "police_chief_name" not in _profile_columns(path)

    # When the current version opens it
    with open_workspace(path) as workspace:
        revision = workspace.database.schema_revision()
        profile = workspace.commune.profile()

    # Then the old values are kept and the new fields are empty, waiting for the officer
    assert revision == schema.HEAD_REVISION
    assert (profile.commune_name, profile.province_name) == ("Vĩnh Thủy", "Quảng Trị")
    assert profile.police_chief_name == ""
    assert profile.report_recipient_unit == "" and profile.report_recipient_code == ""
    assert profile.report_recipient_label == ""


def test_the_upgraded_profile_keeps_the_police_chief_and_recipient_once_saved(tmp_path):
    # Given an upgraded revision-0003 workspace
    path = tmp_path / "old.xaplan"
    _workspace_at_revision_0003(path)
    with open_workspace(path) as workspace:
        # When the officer fills the police chief and the receiving unit
        profile = dataclasses.replace(
            workspace.commune.profile(),
            police_chief_name="Lê Văn Hùng",
            report_recipient_unit="Phòng Cảnh sát QLHC về TTXH",
            report_recipient_code="PC06",
        )
        workspace.commune.save_profile(profile)

    # Then they are there when the workspace is opened again
    with open_workspace(path) as workspace:
        saved = workspace.commune.profile()
    assert saved.police_chief_name == "Lê Văn Hùng"
    assert saved.police_chief_title == "TRƯỞNG CÔNG AN XÃ"
    assert saved.report_recipient_label == "Phòng Cảnh sát QLHC về TTXH (PC06)"
