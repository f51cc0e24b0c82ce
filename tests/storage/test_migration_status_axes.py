"""Upgrading a workspace whose months say "chậm tiến độ": the tasks are under way, late by their date."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus, TaskStanding, Timing
from xa_planner.services.workspace_service import open_workspace
from xa_planner.storage import migrator, schema
from xa_planner.storage.database import Database
from xa_planner.storage.sessions import sqlite_engine

OLD_WORKSPACE = Path(__file__).parents[1] / "data" / "workspaces" / "workspace_rev0001.xaplan"
FEBRUARY = Period(2026, 2)


def _workspace_at_revision_0002_with_late_months(path: Path) -> None:
    """The committed 0001 workspace, upgraded to 0002 and tracked as that version stored it."""
    shutil.copyfile(OLD_WORKSPACE, path)
    engine = sqlite_engine(path)
    migrator.upgrade(Database(engine, path), "0002_add_tracking_tables")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO periods (id, year, month, locked_by) VALUES (1, 2026, 2, '')")
        for task_id, status in ((1, "late"), (2, "late"), (3, "done")):
            conn.execute(
                "INSERT INTO task_progress (task_id, period_id, status, result_note, difficulties,"
                " proposals, updated_by, updated_at, version)"
                " VALUES (?, 1, ?, 'Chậm do mưa bão', '', '', 'canbo', '2026-02-20 08:00:00', 1)",
                (task_id, status),
            )
    conn.close()


def test_a_late_status_becomes_in_progress_with_its_timing_from_the_due_date(tmp_path):
    # Given a revision-0002 workspace where two tasks were reported "late" in February 2026
    path = tmp_path / "old.xaplan"
    _workspace_at_revision_0002_with_late_months(path)

    # When the current version opens it, and February is looked at on 15 March
    with open_workspace(path) as workspace:
        revision = workspace.database.schema_revision()
        plan = workspace.plans.current_plan()
        rows = {
            r.ref: r
            for r in workspace.tracking.tracking_rows(plan.id, FEBRUARY, dt.date(2026, 3, 15))
        }
        check = workspace.maintenance.check()

    # Then both are đang thực hiện: task 1 (due 28/02) due that day, not yet late, task 2
    # (no due date) with no timing at all; the notes are kept and task 3 stays done
    assert revision == schema.HEAD_REVISION and check.ok
    assert rows["1"].status is ProgressStatus.IN_PROGRESS
    assert rows["1"].standing == TaskStanding(ProgressStatus.IN_PROGRESS, Timing.DUE_SOON)
    assert rows["2"].standing == TaskStanding(ProgressStatus.IN_PROGRESS)
    assert rows["1"].result_note == "Chậm do mưa bão"
    assert rows["3"].status is ProgressStatus.DONE


def test_after_the_upgrade_no_stored_status_is_outside_the_four(tmp_path):
    path = tmp_path / "old.xaplan"
    _workspace_at_revision_0002_with_late_months(path)

    open_workspace(path).close()

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    stored = {row[0] for row in conn.execute("SELECT DISTINCT status FROM task_progress")}
    conn.close()
    assert stored == {"in_progress", "done"}
    assert stored <= {s.value for s in ProgressStatus}
