"""Vietnamese names and colours of task statuses and tracking classes, as the GUI shows them."""

from __future__ import annotations

from PySide6.QtGui import QColor

from xa_planner.domain.statuses import ProgressStatus, StatusClass
from xa_planner.localization import N_, _

_CLASS_LABELS = {
    StatusClass.DONE_ON_TIME: N_("Hoàn thành đúng hạn"),
    StatusClass.DONE_LATE: N_("Hoàn thành quá hạn"),
    StatusClass.IN_PROGRESS_ON_TIME: N_("Đang thực hiện trong hạn"),
    StatusClass.IN_PROGRESS_OVERDUE: N_("Đang thực hiện quá hạn"),
    StatusClass.NOT_STARTED_ON_TIME: N_("Chưa triển khai trong hạn"),
    StatusClass.NOT_STARTED_OVERDUE: N_("Chưa triển khai quá hạn"),
    StatusClass.DUE_SOON: N_("Sắp đến hạn"),
    StatusClass.NO_DEADLINE: N_("Chưa có hạn"),
    StatusClass.DROPPED: N_("Không thực hiện"),
}

_STATUS_LABELS = {
    ProgressStatus.NOT_STARTED: N_("Chưa triển khai"),
    ProgressStatus.IN_PROGRESS: N_("Đang thực hiện"),
    ProgressStatus.DONE: N_("Hoàn thành"),
    ProgressStatus.LATE: N_("Chậm tiến độ"),
    ProgressStatus.DROPPED: N_("Không thực hiện"),
}

_CLASS_COLOURS = {
    StatusClass.DONE_ON_TIME: "#1e7b34",
    StatusClass.DONE_LATE: "#5f7f1e",
    StatusClass.IN_PROGRESS_OVERDUE: "#b00020",
    StatusClass.NOT_STARTED_OVERDUE: "#b00020",
    StatusClass.DUE_SOON: "#a65f00",
    StatusClass.NO_DEADLINE: "#5a6570",
    StatusClass.DROPPED: "#5a6570",
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


def class_label(status_class: StatusClass | str) -> str:
    """The translated name of a tracking class; unknown keys are shown as they are."""
    try:
        return _(_CLASS_LABELS[StatusClass(status_class)])
    except ValueError:
        return str(status_class)


def status_label(status: ProgressStatus | None) -> str:
    """The translated name of a reported status; an empty string when nothing was reported."""
    return _(_STATUS_LABELS[status]) if status is not None else ""


def class_colour(status_class: StatusClass) -> QColor | None:
    """The text colour of a tracking class, None for the default colour."""
    colour = _CLASS_COLOURS.get(status_class)
    return QColor(colour) if colour else None
