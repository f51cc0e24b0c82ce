"""Deadlines set before the plan's year are found, and moved to the same day of that year."""

from __future__ import annotations

import datetime as dt

from xa_planner.domain.past_deadlines import (
    PastDeadline,
    deadlines_before_year,
    moved_into_year,
    same_day_in_year,
)
from xa_planner.domain.plans import PlanTask


def _task(ref: str, due: dt.date | None, timeframe: str = "", recurrence=None) -> PlanTask:
    return PlanTask(None, 0, ref, f"Nhiệm vụ {ref}", due=due, timeframe=timeframe, recurrence=recurrence)


def test_only_deadlines_before_the_plans_year_are_listed_with_where_they_would_move():
    tasks = [
        _task("I.1", dt.date(2025, 9, 30), "Hoàn thành trong Quý III/2025."),
        _task("I.2", dt.date(2026, 1, 1)),
        _task("I.3", None, "Thường xuyên.", "continuous"),
        _task("I.4", dt.date(2027, 6, 30)),
    ]

    past = deadlines_before_year(tasks, 2026)

    assert past == (PastDeadline("I.1", "Nhiệm vụ I.1", dt.date(2025, 9, 30), dt.date(2026, 9, 30)),)


def test_a_moved_deadline_keeps_day_and_month_and_its_time_frame_says_the_new_year():
    task = _task("I.1", dt.date(2025, 12, 31), "Hoàn thành chậm nhất trong tháng 12/2025.")

    moved = moved_into_year(task, 2026)

    assert moved.due == dt.date(2026, 12, 31)
    assert moved.timeframe == "Hoàn thành chậm nhất trong tháng 12/2026."
    assert (moved.ref, moved.content) == (task.ref, task.content)


def test_a_deadline_in_or_after_the_plans_year_is_left_as_it_is():
    for due in (dt.date(2026, 3, 31), dt.date(2028, 1, 1), None):
        task = _task("I.1", due, "Quý I/2026")
        assert moved_into_year(task, 2026) is task


def test_the_29th_of_february_moves_to_the_28th_in_a_common_year():
    assert same_day_in_year(dt.date(2024, 2, 29), 2026) == dt.date(2026, 2, 28)
    assert same_day_in_year(dt.date(2023, 2, 28), 2028) == dt.date(2028, 2, 28)
