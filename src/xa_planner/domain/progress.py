"""Monthly progress of a task and the one classification of where it stands on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from xa_planner.domain.statuses import ProgressStatus, TaskStanding, Timing

DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class TaskProgress:
    """What was reported for one task in one month; earlier months are never overwritten."""

    task_id: int
    period_key: str
    status: ProgressStatus
    result_note: str = ""
    difficulties: str = ""
    proposals: str = ""
    completed_on: dt.date | None = None
    updated_by: str = ""
    updated_at: dt.datetime | None = None
    revision: int = 1


def classify(
    status: ProgressStatus | None,
    due: dt.date | None,
    today: dt.date,
    completed_on: dt.date | None = None,
    due_soon_days: int = DUE_SOON_DAYS,
) -> TaskStanding:
    """Where a task stands on *today*: its reported status (none: chưa triển khai) and timing.

    Every view, report and export takes its figures from this one function.
    """
    status = status or ProgressStatus.NOT_STARTED
    if status is ProgressStatus.DROPPED or due is None:
        return TaskStanding(status)
    if status is ProgressStatus.DONE:
        finished = completed_on or today
        return TaskStanding(status, Timing.OVERDUE if finished > due else Timing.ON_TIME)
    if today > due:
        return TaskStanding(status, Timing.OVERDUE)
    if (due - today).days <= due_soon_days:
        return TaskStanding(status, Timing.DUE_SOON)
    return TaskStanding(status, Timing.ON_TIME)
