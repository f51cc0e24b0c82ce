"""The GUI face of the status vocabulary of domain/status_labels.py: translated names and colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

from xa_planner.domain.status_labels import (
    CLASS_LABELS,
    CLASS_ORDER,
    OVERDUE_CLASSES,
    STATUS_LABELS,
)
from xa_planner.domain.statuses import ProgressStatus, StatusClass
from xa_planner.localization import N_, _

__all__ = ["CLASS_ORDER", "OVERDUE_CLASSES", "STATUS_ORDER", "class_colour", "class_label", "status_label"]

# The domain's labels are plain Vietnamese (documents print them as they are); marking them
# here lets pybabel extract them. tests/gui/test_tracking_labels.py keeps the two in step.
EXTRACTED_LABELS = (
    N_("Hoàn thành đúng hạn"),
    N_("Hoàn thành quá hạn"),
    N_("Đang thực hiện trong hạn"),
    N_("Đang thực hiện quá hạn"),
    N_("Chưa triển khai trong hạn"),
    N_("Chưa triển khai quá hạn"),
    N_("Sắp đến hạn"),
    N_("Chưa có hạn"),
    N_("Không thực hiện"),
    N_("Chưa triển khai"),
    N_("Đang thực hiện"),
    N_("Hoàn thành"),
    N_("Chậm tiến độ"),
)

# The order of the status combo: the way a task moves through a month.
STATUS_ORDER: tuple[ProgressStatus, ...] = (
    ProgressStatus.NOT_STARTED,
    ProgressStatus.IN_PROGRESS,
    ProgressStatus.DONE,
    ProgressStatus.LATE,
    ProgressStatus.DROPPED,
)

_CLASS_COLOURS = {
    StatusClass.DONE_ON_TIME: "#1e7b34",
    StatusClass.DONE_LATE: "#5f7f1e",
    StatusClass.IN_PROGRESS_OVERDUE: "#b00020",
    StatusClass.NOT_STARTED_OVERDUE: "#b00020",
    StatusClass.DUE_SOON: "#a65f00",
    StatusClass.NO_DEADLINE: "#5a6570",
    StatusClass.DROPPED: "#5a6570",
}


def class_label(status_class: StatusClass | str) -> str:
    """The translated name of a tracking class; unknown keys are shown as they are."""
    try:
        return _(CLASS_LABELS[StatusClass(status_class)])
    except ValueError:
        return str(status_class)


def status_label(status: ProgressStatus | None) -> str:
    """The translated name of a reported status; an empty string when nothing was reported."""
    return _(STATUS_LABELS[status]) if status is not None else ""


def class_colour(status_class: StatusClass) -> QColor | None:
    """The text colour of a tracking class, None for the default colour."""
    colour = _CLASS_COLOURS.get(status_class)
    return QColor(colour) if colour else None
