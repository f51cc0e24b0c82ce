"""Vietnamese names of statuses, timings and report categories, one vocabulary for screens and documents.

The labels are Vietnamese source strings: documents print them as they are (legal text is
always Vietnamese); the GUI passes them through ``_()`` to show them in the user's language.
"""

from __future__ import annotations

from xa_planner.domain.statuses import ProgressStatus, ReportCategory, TaskStanding, Timing

STATUS_LABELS: dict[ProgressStatus, str] = {
    ProgressStatus.NOT_STARTED: "Chưa triển khai",
    ProgressStatus.IN_PROGRESS: "Đang thực hiện",
    ProgressStatus.DONE: "Hoàn thành",
    ProgressStatus.DROPPED: "Không thực hiện",
}

TIMING_LABELS: dict[Timing, str] = {
    Timing.ON_TIME: "Trong hạn",
    Timing.DUE_SOON: "Sắp đến hạn",
    Timing.OVERDUE: "Quá hạn",
}
FINISHED_ON_TIME_LABEL = "Đúng hạn"  # a finished task is on time, not "within" its time
NO_DUE_DATE_LABEL = "Không có thời hạn"

CATEGORY_LABELS: dict[ReportCategory, str] = {
    ReportCategory.DONE_ON_TIME: "Hoàn thành đúng hạn",
    ReportCategory.DONE_LATE: "Hoàn thành quá hạn",
    ReportCategory.IN_PROGRESS_ON_TIME: "Đang thực hiện trong hạn",
    ReportCategory.IN_PROGRESS_OVERDUE: "Đang thực hiện quá hạn",
    ReportCategory.NOT_STARTED_ON_TIME: "Chưa triển khai trong hạn",
    ReportCategory.NOT_STARTED_OVERDUE: "Chưa triển khai quá hạn",
    ReportCategory.DROPPED: "Không thực hiện",
    ReportCategory.DONE_UNDATED: "Hoàn thành (không có thời hạn)",
    ReportCategory.IN_PROGRESS_UNDATED: "Đang thực hiện (không có thời hạn)",
    ReportCategory.NOT_STARTED_UNDATED: "Chưa triển khai (không có thời hạn)",
}

# Shown on screens where "trong hạn" alone would hide that the deadline is close.
DUE_SOON_LABELS: dict[ProgressStatus, str] = {
    ProgressStatus.IN_PROGRESS: "Đang thực hiện, sắp đến hạn",
    ProgressStatus.NOT_STARTED: "Chưa triển khai, sắp đến hạn",
}

# The order reports list the categories in: the trackers' six, không thực hiện, then the undated.
CATEGORY_ORDER: tuple[ReportCategory, ...] = tuple(ReportCategory)

# The order of filters on screen: what needs attention first.
ATTENTION_ORDER: tuple[ReportCategory, ...] = (
    ReportCategory.NOT_STARTED_OVERDUE,
    ReportCategory.IN_PROGRESS_OVERDUE,
    ReportCategory.NOT_STARTED_ON_TIME,
    ReportCategory.IN_PROGRESS_ON_TIME,
    ReportCategory.NOT_STARTED_UNDATED,
    ReportCategory.IN_PROGRESS_UNDATED,
    ReportCategory.DONE_LATE,
    ReportCategory.DONE_ON_TIME,
    ReportCategory.DONE_UNDATED,
    ReportCategory.DROPPED,
)

# The rows of a report's status × timing table.
STATUS_ORDER: tuple[ProgressStatus, ...] = (
    ProgressStatus.DONE,
    ProgressStatus.IN_PROGRESS,
    ProgressStatus.NOT_STARTED,
    ProgressStatus.DROPPED,
)


def category_label(category: ReportCategory | str) -> str:
    """The Vietnamese name of a report category; unknown keys come back as they are."""
    try:
        return CATEGORY_LABELS[ReportCategory(category)]
    except ValueError:
        return str(category)


def status_label(status: ProgressStatus | None) -> str:
    """The Vietnamese name of a reported status; an empty string when nothing was reported."""
    return STATUS_LABELS[status] if status is not None else ""


def timing_label(standing: TaskStanding) -> str:
    """"Trong hạn", "Sắp đến hạn", "Quá hạn", "Đúng hạn" (finished); "" without a due date."""
    if standing.timing is None or standing.status is ProgressStatus.DROPPED:
        return ""
    if standing.status is ProgressStatus.DONE and standing.timing is not Timing.OVERDUE:
        return FINISHED_ON_TIME_LABEL
    return TIMING_LABELS[standing.timing]


def standing_label(standing: TaskStanding) -> str:
    """Status and timing in one phrase: "Đang thực hiện quá hạn", "Chưa triển khai, sắp đến hạn"."""
    if standing.due_soon:
        return DUE_SOON_LABELS[standing.status]
    return CATEGORY_LABELS[standing.category]
