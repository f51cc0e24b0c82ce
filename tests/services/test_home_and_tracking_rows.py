"""Which month's report is due next, and the standing (status × timing) of every tracked task."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from xa_planner.domain.periods import Period
from xa_planner.domain.plans import Plan, PlanSection, PlanTask
from xa_planner.domain.statuses import ProgressStatus as S
from xa_planner.domain.statuses import ReportCategory as C
from xa_planner.domain.statuses import TaskStanding
from xa_planner.domain.statuses import Timing as T
from xa_planner.services.reporting_month import calendar_due_period
from xa_planner.services.workspace_service import create_empty
from xa_planner.storage.repositories import PlanRepository

D = dt.date


@pytest.mark.parametrize(
    ("today", "deadline_day", "start_day", "period", "deadline"),
    [
        # calendar-month data, deadline the 12th: May's report until 12 June, then June's
        (D(2026, 6, 5), 12, 1, "2026-05", D(2026, 6, 12)),
        (D(2026, 6, 12), 12, 1, "2026-05", D(2026, 6, 12)),
        (D(2026, 6, 13), 12, 1, "2026-06", D(2026, 7, 12)),
        # deadline the 9th and the 10th, across a year end
        (D(2026, 6, 9), 9, 1, "2026-05", D(2026, 6, 9)),
        (D(2026, 6, 10), 9, 1, "2026-06", D(2026, 7, 9)),
        (D(2026, 1, 10), 10, 1, "2025-12", D(2026, 1, 10)),
        (D(2026, 1, 11), 10, 1, "2026-01", D(2026, 2, 10)),
        (D(2025, 12, 31), 10, 1, "2025-12", D(2026, 1, 10)),
        # data window 15th → 14th, deadline the 15th: due the day after the window closes
        (D(2026, 6, 15), 15, 15, "2026-06", D(2026, 6, 15)),
        (D(2026, 6, 16), 15, 15, "2026-07", D(2026, 7, 15)),
        # window 15th → 14th but deadline the 12th: the deadline falls in the next month
        (D(2026, 6, 20), 12, 15, "2026-06", D(2026, 7, 12)),
        (D(2026, 7, 12), 12, 15, "2026-06", D(2026, 7, 12)),
        (D(2026, 7, 13), 12, 15, "2026-07", D(2026, 8, 12)),
    ],
)
def test_the_report_due_next_follows_the_deadline_day_and_data_window(
    today, deadline_day, start_day, period, deadline
):
    found = calendar_due_period(today, deadline_day, start_day)
    assert found.key == period
    assert found.deadline(deadline_day, start_day) == deadline
    assert found.deadline(deadline_day, start_day) >= today


TODAY = D(2026, 6, 15)
JUNE, MAY = Period(2026, 6), Period(2026, 5)
# ref → (due, June status or None, completed_on, expected standing on 15 June)
CASES = {
    "1": (D(2026, 6, 30), S.DONE, D(2026, 6, 10), TaskStanding(S.DONE, T.ON_TIME)),
    "2": (D(2026, 6, 5), S.DONE, D(2026, 6, 12), TaskStanding(S.DONE, T.OVERDUE)),
    "3": (D(2026, 6, 3), S.IN_PROGRESS, None, TaskStanding(S.IN_PROGRESS, T.OVERDUE)),
    "4": (D(2026, 6, 1), None, None, TaskStanding(S.NOT_STARTED, T.OVERDUE)),
    "5": (D(2026, 6, 20), S.NOT_STARTED, None, TaskStanding(S.NOT_STARTED, T.DUE_SOON)),
    "6": (D(2026, 12, 31), S.IN_PROGRESS, None, TaskStanding(S.IN_PROGRESS, T.ON_TIME)),
    "7": (D(2026, 12, 31), None, None, TaskStanding(S.NOT_STARTED, T.ON_TIME)),
    "8": (None, S.IN_PROGRESS, None, TaskStanding(S.IN_PROGRESS)),
    "9": (D(2026, 3, 1), S.DROPPED, None, TaskStanding(S.DROPPED)),
    "10": (D(2026, 6, 10), S.IN_PROGRESS, None, TaskStanding(S.IN_PROGRESS, T.OVERDUE)),
    "11": (None, None, None, TaskStanding(S.NOT_STARTED)),  # nobody reported: not started
}


@pytest.fixture
def tracked(tmp_path):
    """A workspace (deadline day 10) with one plan task per case and June's progress set."""
    with create_empty(tmp_path / "xa.xaplan", "Vĩnh Thủy", user="canbo") as workspace:
        profile = workspace.commune.profile()
        workspace.commune.save_profile(dataclasses.replace(profile, report_deadline_day=10))
        offices = workspace.commune.offices()
        tasks = tuple(
            PlanTask(
                None, 0, ref, f"Nhiệm vụ {ref}", lead_office_id=offices[int(ref) % 2].id, due=due
            )
            for ref, (due, *_rest) in CASES.items()
        )
        with workspace.database.session_scope(write=True) as session:
            plan_id = PlanRepository(session).add(
                Plan(
                    None,
                    2026,
                    "Kế hoạch 2026",
                    sections=(PlanSection(None, "I", "Chung"),),
                    tasks=tasks,
                )
            )
        ids = {row.ref: row.task_id for row in workspace.plans.plan_rows(plan_id)}
        workspace.tracking.set_progress(ids["3"], MAY, S.NOT_STARTED, result_note="Chưa bắt đầu")
        for ref, (_due, status, completed, _cls) in CASES.items():
            if status is not None:
                workspace.tracking.set_progress(ids[ref], JUNE, status, completed_on=completed)
        yield workspace, plan_id, ids


def test_every_tracking_row_gets_its_standing(tracked):
    workspace, plan_id, _ids = tracked
    rows = workspace.tracking.tracking_rows(plan_id, JUNE, TODAY)
    assert {r.ref: r.standing for r in rows} == {ref: case[3] for ref, case in CASES.items()}


def test_a_tracking_row_shows_the_previous_month_unchanged(tracked):
    workspace, plan_id, _ids = tracked
    row = next(r for r in workspace.tracking.tracking_rows(plan_id, JUNE, TODAY) if r.ref == "3")
    assert (row.status, row.previous_status, row.previous_note) == (
        S.IN_PROGRESS,
        S.NOT_STARTED,
        "Chưa bắt đầu",
    )
    may = {r.ref: r.status for r in workspace.tracking.tracking_rows(plan_id, MAY, TODAY)}
    assert may["3"] is S.NOT_STARTED and may["1"] is None


def test_a_past_month_is_judged_on_its_last_day(tracked):
    workspace, plan_id, _ids = tracked
    rows = {r.ref: r.standing for r in workspace.tracking.tracking_rows(plan_id, MAY, TODAY)}
    assert rows["4"] == TaskStanding(S.NOT_STARTED, T.DUE_SOON)  # due 1 June: not late on 31 May
    assert rows["1"].category is C.NOT_STARTED_ON_TIME  # done in June, nothing reported in May
    assert rows["9"].category is C.NOT_STARTED_OVERDUE  # dropped only in June


def test_the_home_summary_names_the_deadline_and_what_is_late(tracked, tmp_path):
    workspace, _plan_id, _ids = tracked
    sent = tmp_path / "bao-cao-thang-5.pdf"
    sent.write_bytes(b"%PDF-1.4 May")
    workspace.reports.mark_sent(MAY, [sent], today=TODAY)  # June is then the month reported on
    summary = workspace.home.summary(TODAY)
    assert (summary.period_key, summary.report_deadline, summary.days_left) == (
        "2026-06",
        D(2026, 7, 10),
        25,
    )
    assert [t.ref for t in summary.overdue] == ["4", "3", "10"]  # earliest due first
    assert [t.ref for t in summary.due_soon] == ["5"]
    assert summary.task_count == len(CASES)
    assert sum(p.total for p in summary.office_progress) == len(CASES)
    assert sum(p.done for p in summary.office_progress) == 2
    assert sum(p.overdue for p in summary.office_progress) == 3
    assert summary.status_counts[C.DONE_LATE.value] == 1
