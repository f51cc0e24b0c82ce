"""A task's standing on a day: status and timing are two axes, computed by one function."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xa_planner.domain.progress import DUE_SOON_DAYS, classify
from xa_planner.domain.status_labels import CATEGORY_LABELS, standing_label, timing_label
from xa_planner.domain.statuses import ProgressStatus as S
from xa_planner.domain.statuses import ReportCategory as C
from xa_planner.domain.statuses import TaskStanding
from xa_planner.domain.statuses import Timing as T

D = dt.date
TODAY = D(2026, 6, 15)


@pytest.mark.parametrize(
    ("status", "due", "completed", "expected"),
    [
        (S.DONE, D(2026, 6, 30), D(2026, 6, 10), TaskStanding(S.DONE, T.ON_TIME)),
        (S.DONE, D(2026, 6, 10), D(2026, 6, 10), TaskStanding(S.DONE, T.ON_TIME)),
        (S.DONE, D(2026, 6, 5), D(2026, 6, 12), TaskStanding(S.DONE, T.OVERDUE)),
        (S.DONE, D(2026, 6, 1), None, TaskStanding(S.DONE, T.OVERDUE)),  # no date: judged today
        (S.DONE, None, None, TaskStanding(S.DONE)),
        (S.IN_PROGRESS, D(2026, 6, 14), None, TaskStanding(S.IN_PROGRESS, T.OVERDUE)),
        (S.IN_PROGRESS, D(2026, 12, 31), None, TaskStanding(S.IN_PROGRESS, T.ON_TIME)),
        (S.NOT_STARTED, D(2026, 6, 14), None, TaskStanding(S.NOT_STARTED, T.OVERDUE)),
        (S.NOT_STARTED, D(2026, 6, 15), None, TaskStanding(S.NOT_STARTED, T.DUE_SOON)),
        (S.IN_PROGRESS, None, None, TaskStanding(S.IN_PROGRESS)),
        (S.DROPPED, D(2026, 1, 1), None, TaskStanding(S.DROPPED)),
    ],
)
def test_a_task_stands_by_its_status_and_its_timing(status, due, completed, expected):
    assert classify(status, due, TODAY, completed) == expected


def test_a_task_nobody_reported_on_is_not_started_never_in_progress():
    # Given no report for the month, with and without a due date
    # When it is classified
    # Then it is chưa triển khai, with its timing only when it has a due date
    assert classify(None, None, TODAY) == TaskStanding(S.NOT_STARTED)
    assert classify(None, D(2026, 12, 31), TODAY) == TaskStanding(S.NOT_STARTED, T.ON_TIME)
    assert classify(None, D(2026, 6, 1), TODAY).category is C.NOT_STARTED_OVERDUE


def test_due_soon_is_within_the_window_and_still_on_time_in_a_report():
    soon = classify(S.IN_PROGRESS, TODAY + dt.timedelta(days=DUE_SOON_DAYS), TODAY)
    later = classify(S.IN_PROGRESS, TODAY + dt.timedelta(days=DUE_SOON_DAYS + 1), TODAY)
    assert soon.timing is T.DUE_SOON and soon.due_soon
    assert soon.category is C.IN_PROGRESS_ON_TIME
    assert later.timing is T.ON_TIME and not later.due_soon


def test_no_due_date_is_no_timing_and_never_a_status():
    standing = classify(S.IN_PROGRESS, None, TODAY)
    assert standing.timing is None and standing.status is S.IN_PROGRESS
    assert standing.category is C.IN_PROGRESS_UNDATED
    assert "Chưa có hạn" not in CATEGORY_LABELS.values()
    assert timing_label(standing) == ""


def test_a_finished_task_is_on_time_not_within_time():
    assert timing_label(classify(S.DONE, D(2026, 6, 30), TODAY, D(2026, 6, 1))) == "Đúng hạn"
    assert timing_label(classify(S.IN_PROGRESS, D(2026, 12, 30), TODAY)) == "Trong hạn"
    assert standing_label(classify(None, D(2026, 6, 16), TODAY)) == "Chưa triển khai, sắp đến hạn"


@given(
    status=st.sampled_from([None, *S]),
    due=st.none() | st.dates(D(2025, 1, 1), D(2027, 12, 31)),
    completed=st.none() | st.dates(D(2025, 1, 1), D(2027, 12, 31)),
)
def test_every_standing_falls_in_exactly_one_report_category_with_its_own_axes(
    status, due, completed
):
    standing = classify(status, due, TODAY, completed)
    category = standing.category
    assert category.status is standing.status
    if standing.status is S.DROPPED or due is None:
        assert category.timing is None
    else:
        expected = T.OVERDUE if standing.timing is T.OVERDUE else T.ON_TIME
        assert category.timing is expected
    assert standing.overdue == (category in (C.IN_PROGRESS_OVERDUE, C.NOT_STARTED_OVERDUE))


def test_every_report_category_is_reachable():
    reached = {
        classify(status, due, TODAY, None).category
        for status in [None, *S]
        for due in (None, D(2026, 1, 1), D(2026, 12, 31))
    } | {classify(S.DONE, D(2026, 1, 1), TODAY, D(2026, 2, 1)).category}
    assert reached == set(C)
