"""Deadlines a source plan set before the commune plan's year, and moving them into that year."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from xa_planner.domain.plans import PlanTask


@dataclass(frozen=True)
class PastDeadline:
    """A task whose deadline falls before the plan's year, and where it would move to."""

    ref: str
    content: str
    due: dt.date
    moved_to: dt.date


def same_day_in_year(day: dt.date, year: int) -> dt.date:
    """*day* with its day and month in *year* (29 February becomes 28 February)."""
    return dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def deadlines_before_year(tasks: Iterable[PlanTask], year: int) -> tuple[PastDeadline, ...]:
    """The tasks of a plan for *year* that would be overdue all year: due before 1 January."""
    return tuple(
        PastDeadline(task.ref, task.content, task.due, same_day_in_year(task.due, year))
        for task in tasks
        if task.due is not None and task.due.year < year
    )


def moved_into_year(task: PlanTask, year: int) -> PlanTask:
    """*task* with a deadline before *year* moved to the same day and month of *year*; its time
    frame as written ("Quý III/2025", "trước 31/12/2025") says the new year too, since the
    appendix prints it."""
    if task.due is None or task.due.year >= year:
        return task
    timeframe = re.sub(rf"(?<!\d){task.due.year}(?!\d)", str(year), task.timeframe)
    return replace(task, due=same_day_in_year(task.due, year), timeframe=timeframe)
