"""Vietnamese names of reported statuses and tracking classes, one vocabulary for screens and documents.

The labels are Vietnamese source strings: documents print them as they are (legal text is
always Vietnamese); the GUI passes them through ``_()`` to show them in the user's language.
"""

from __future__ import annotations

from xa_planner.domain.statuses import ProgressStatus, StatusClass

CLASS_LABELS: dict[StatusClass, str] = {
    StatusClass.DONE_ON_TIME: "Hoàn thành đúng hạn",
    StatusClass.DONE_LATE: "Hoàn thành quá hạn",
    StatusClass.IN_PROGRESS_ON_TIME: "Đang thực hiện trong hạn",
    StatusClass.IN_PROGRESS_OVERDUE: "Đang thực hiện quá hạn",
    StatusClass.NOT_STARTED_ON_TIME: "Chưa triển khai trong hạn",
    StatusClass.NOT_STARTED_OVERDUE: "Chưa triển khai quá hạn",
    StatusClass.DUE_SOON: "Sắp đến hạn",
    StatusClass.NO_DEADLINE: "Chưa có hạn",
    StatusClass.DROPPED: "Không thực hiện",
}

STATUS_LABELS: dict[ProgressStatus, str] = {
    ProgressStatus.NOT_STARTED: "Chưa triển khai",
    ProgressStatus.IN_PROGRESS: "Đang thực hiện",
    ProgressStatus.DONE: "Hoàn thành",
    ProgressStatus.LATE: "Chậm tiến độ",
    ProgressStatus.DROPPED: "Không thực hiện",
}

# The order classes are listed in filters and summaries: what needs attention first.
CLASS_ORDER: tuple[StatusClass, ...] = (
    StatusClass.NOT_STARTED_OVERDUE,
    StatusClass.IN_PROGRESS_OVERDUE,
    StatusClass.DUE_SOON,
    StatusClass.NOT_STARTED_ON_TIME,
    StatusClass.IN_PROGRESS_ON_TIME,
    StatusClass.NO_DEADLINE,
    StatusClass.DONE_LATE,
    StatusClass.DONE_ON_TIME,
    StatusClass.DROPPED,
)

DONE_CLASSES = frozenset({StatusClass.DONE_ON_TIME, StatusClass.DONE_LATE})
OVERDUE_CLASSES = frozenset({StatusClass.IN_PROGRESS_OVERDUE, StatusClass.NOT_STARTED_OVERDUE})
NOT_STARTED_CLASSES = frozenset({StatusClass.NOT_STARTED_ON_TIME, StatusClass.NOT_STARTED_OVERDUE})


def class_label(status_class: StatusClass | str) -> str:
    """The Vietnamese name of a tracking class; unknown keys come back as they are."""
    try:
        return CLASS_LABELS[StatusClass(status_class)]
    except ValueError:
        return str(status_class)


def status_label(status: ProgressStatus | None) -> str:
    """The Vietnamese name of a reported status; an empty string when nothing was reported."""
    return STATUS_LABELS[status] if status is not None else ""
