"""Recording monthly progress: history by month, locked months, stale edits."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import ConflictError, InvalidInput

TODAY = dt.date(2026, 6, 20)


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "t.xaplan", tasks=12, months=2, today=TODAY) as opened:
        yield opened


def _row(workspace, period, index=0):
    plan = workspace.plans.current_plan()
    return workspace.tracking.tracking_rows(plan.id, period, TODAY)[index]


def test_this_months_status_leaves_last_months_history_as_it_was(workspace):
    june, may = Period(2026, 6), Period(2026, 5)
    may_before = _row(workspace, may)
    row = _row(workspace, june)
    workspace.tracking.set_progress(row.task_id, june, ProgressStatus.DROPPED,
                                    result_note="Bỏ do trùng nhiệm vụ khác", seen_revision=row.revision)
    assert _row(workspace, june).status is ProgressStatus.DROPPED
    assert _row(workspace, june).result_note == "Bỏ do trùng nhiệm vụ khác"
    assert _row(workspace, may) == may_before
    assert _row(workspace, june).previous_status is may_before.status


def test_a_locked_month_refuses_changes_until_reopened_with_a_reason(workspace):
    may = Period(2026, 5)
    row = _row(workspace, may)
    workspace.tracking.lock_period(may)
    with pytest.raises(InvalidInput):
        workspace.tracking.set_progress(row.task_id, may, ProgressStatus.DONE)
    with pytest.raises(InvalidInput):
        workspace.tracking.reopen_period(may, "  ")
    workspace.tracking.reopen_period(may, "Bổ sung số liệu theo yêu cầu của tỉnh")
    workspace.tracking.set_progress(row.task_id, may, ProgressStatus.DONE,
                                    seen_revision=row.revision)
    assert _row(workspace, may).status is ProgressStatus.DONE
    actions = [e.code for e in workspace.maintenance.audit_log(5)]
    assert actions[:3] == ["progress.set", "period.reopen", "period.lock"]


def test_a_status_saved_from_a_stale_copy_is_refused(workspace):
    june = Period(2026, 6)
    row = _row(workspace, june)
    workspace.tracking.set_progress(row.task_id, june, ProgressStatus.DONE,
                                    seen_revision=row.revision)
    with pytest.raises(ConflictError):
        workspace.tracking.set_progress(row.task_id, june, ProgressStatus.NOT_STARTED,
                                        seen_revision=row.revision)
    assert _row(workspace, june).status is ProgressStatus.DONE


def test_a_first_report_refuses_to_overwrite_one_someone_else_added_meanwhile(tmp_path):
    # Given a month with no report yet for a task, read by two officers
    with create_demo(tmp_path / "f.xaplan", tasks=12, months=0, today=TODAY) as workspace:
        june = Period(2026, 6)
        row = _row(workspace, june)
        assert row.revision == 0
        # When the first saves and the second then saves from the same empty copy
        workspace.tracking.set_progress(row.task_id, june, ProgressStatus.DONE,
                                        seen_revision=row.revision)
        with pytest.raises(ConflictError):
            workspace.tracking.set_progress(row.task_id, june, ProgressStatus.NOT_STARTED,
                                            seen_revision=row.revision)
        # Then the first report stands
        assert _row(workspace, june).status is ProgressStatus.DONE


def test_a_note_longer_than_a_spreadsheet_cell_is_refused_not_cut(workspace):
    # Given a result note of 40,000 characters (pasted from a long document)
    june = Period(2026, 6)
    row = _row(workspace, june)
    # When it is saved, it is refused with the limit in words, and nothing changes
    with pytest.raises(InvalidInput) as refused:
        workspace.tracking.set_progress(row.task_id, june, ProgressStatus.IN_PROGRESS,
                                        result_note="Đã làm. " * 5_000, seen_revision=row.revision)
    assert "32.767" in str(refused.value) and "kết quả" in str(refused.value)
    assert _row(workspace, june) == row
    # And a note of exactly one cell's worth is kept whole
    workspace.tracking.set_progress(row.task_id, june, ProgressStatus.IN_PROGRESS,
                                    result_note="x" * 32_767, seen_revision=row.revision)
    assert len(_row(workspace, june).result_note) == 32_767
