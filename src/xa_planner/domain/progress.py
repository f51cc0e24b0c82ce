"""Monthly progress of a task and the status class it falls in on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from xa_planner.domain.statuses import ProgressStatus, StatusClass

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
) -> StatusClass:
    """The tracking class of a task on *today*, from its reported status and its due date."""
    if status is ProgressStatus.DROPPED:
        return StatusClass.DROPPED
    if status is ProgressStatus.DONE:
        finished = completed_on or today
        late = due is not None and finished > due
        return StatusClass.DONE_LATE if late else StatusClass.DONE_ON_TIME
    if due is None:
        return StatusClass.NO_DEADLINE
    started = status in (ProgressStatus.IN_PROGRESS, ProgressStatus.LATE)
    if today > due or status is ProgressStatus.LATE:
        return StatusClass.IN_PROGRESS_OVERDUE if started else StatusClass.NOT_STARTED_OVERDUE
    if (due - today).days <= due_soon_days:
        return StatusClass.DUE_SOON
    return StatusClass.IN_PROGRESS_ON_TIME if started else StatusClass.NOT_STARTED_ON_TIME
