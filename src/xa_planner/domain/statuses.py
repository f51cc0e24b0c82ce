"""Task progress statuses as entered each month, and the classes shown in reports."""

from __future__ import annotations

import enum


class ProgressStatus(enum.StrEnum):
    """What an office says about a task for one month."""

    NOT_STARTED = "not_started"  # chưa triển khai
    IN_PROGRESS = "in_progress"  # đang thực hiện
    DONE = "done"  # hoàn thành
    LATE = "late"  # chậm tiến độ / quá hạn
    DROPPED = "dropped"  # không thực hiện


class StatusClass(enum.StrEnum):
    """The Vietnamese tracking classes, computed from a status, a due date and a day."""

    DONE_ON_TIME = "done_on_time"  # hoàn thành đúng hạn
    DONE_LATE = "done_late"  # hoàn thành quá hạn
    IN_PROGRESS_ON_TIME = "in_progress_on_time"  # đang thực hiện trong hạn
    IN_PROGRESS_OVERDUE = "in_progress_overdue"  # đang thực hiện quá hạn
    NOT_STARTED_ON_TIME = "not_started_on_time"  # chưa triển khai trong hạn
    NOT_STARTED_OVERDUE = "not_started_overdue"  # chưa triển khai quá hạn
    DUE_SOON = "due_soon"  # sắp đến hạn
    NO_DEADLINE = "no_deadline"  # chưa có hạn
    DROPPED = "dropped"  # không thực hiện
