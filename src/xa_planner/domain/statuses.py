"""A task's standing: the status an office reports and its timing against the due date, two axes."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ProgressStatus(enum.StrEnum):
    """What an office says about a task for one month (a task nobody reported on is NOT_STARTED)."""

    NOT_STARTED = "not_started"  # chưa triển khai
    IN_PROGRESS = "in_progress"  # đang thực hiện
    DONE = "done"  # hoàn thành
    DROPPED = "dropped"  # không thực hiện


class Timing(enum.StrEnum):
    """Where a task stands against its due date; a task without one has no timing."""

    ON_TIME = "on_time"  # trong hạn (finished: đúng hạn)
    DUE_SOON = "due_soon"  # sắp đến hạn (unfinished tasks only)
    OVERDUE = "overdue"  # quá hạn


class ReportCategory(enum.StrEnum):
    """The categories reports count tasks in: status × timing, undated tasks by status beside them.

    The values are a contract: the DATA sheet of report workbooks carries them to the province.
    """

    DONE_ON_TIME = "done_on_time"  # hoàn thành đúng hạn
    DONE_LATE = "done_late"  # hoàn thành quá hạn
    IN_PROGRESS_ON_TIME = "in_progress_on_time"  # đang thực hiện trong hạn
    IN_PROGRESS_OVERDUE = "in_progress_overdue"  # đang thực hiện quá hạn
    NOT_STARTED_ON_TIME = "not_started_on_time"  # chưa triển khai trong hạn
    NOT_STARTED_OVERDUE = "not_started_overdue"  # chưa triển khai quá hạn
    DROPPED = "dropped"  # không thực hiện
    DONE_UNDATED = "done_undated"  # hoàn thành, không có thời hạn
    IN_PROGRESS_UNDATED = "in_progress_undated"  # đang thực hiện, không có thời hạn
    NOT_STARTED_UNDATED = "not_started_undated"  # chưa triển khai, không có thời hạn

    @property
    def status(self) -> ProgressStatus:
        return _AXES[self][0]

    @property
    def timing(self) -> Timing | None:
        """ON_TIME or OVERDUE for a dated category, None for an undated one or DROPPED."""
        return _AXES[self][1]


_S, _T, _C = ProgressStatus, Timing, ReportCategory
_AXES: dict[ReportCategory, tuple[ProgressStatus, Timing | None]] = {
    _C.DONE_ON_TIME: (_S.DONE, _T.ON_TIME),
    _C.DONE_LATE: (_S.DONE, _T.OVERDUE),
    _C.IN_PROGRESS_ON_TIME: (_S.IN_PROGRESS, _T.ON_TIME),
    _C.IN_PROGRESS_OVERDUE: (_S.IN_PROGRESS, _T.OVERDUE),
    _C.NOT_STARTED_ON_TIME: (_S.NOT_STARTED, _T.ON_TIME),
    _C.NOT_STARTED_OVERDUE: (_S.NOT_STARTED, _T.OVERDUE),
    _C.DROPPED: (_S.DROPPED, None),
    _C.DONE_UNDATED: (_S.DONE, None),
    _C.IN_PROGRESS_UNDATED: (_S.IN_PROGRESS, None),
    _C.NOT_STARTED_UNDATED: (_S.NOT_STARTED, None),
}
# Sắp đến hạn is still trong hạn in a report's categories.
_BY_AXES = {axes: category for category, axes in _AXES.items()} | {
    (_S.IN_PROGRESS, _T.DUE_SOON): _C.IN_PROGRESS_ON_TIME,
    (_S.NOT_STARTED, _T.DUE_SOON): _C.NOT_STARTED_ON_TIME,
    (_S.DONE, _T.DUE_SOON): _C.DONE_ON_TIME,
}


@dataclass(frozen=True)
class TaskStanding:
    """A task's status on a day and its timing (None: no due date, or không thực hiện)."""

    status: ProgressStatus
    timing: Timing | None = None

    @property
    def category(self) -> ReportCategory:
        if self.status is ProgressStatus.DROPPED:
            return ReportCategory.DROPPED
        return _BY_AXES[(self.status, self.timing)]

    @property
    def finished(self) -> bool:
        """Done or dropped: nothing is left to chase."""
        return self.status in (ProgressStatus.DONE, ProgressStatus.DROPPED)

    @property
    def overdue(self) -> bool:
        """Unfinished and past its due date: what the officer must chase."""
        return not self.finished and self.timing is Timing.OVERDUE

    @property
    def due_soon(self) -> bool:
        return not self.finished and self.timing is Timing.DUE_SOON
