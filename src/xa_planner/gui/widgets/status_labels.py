"""The GUI face of the status vocabulary of domain/status_labels.py: translated names and colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

from xa_planner.domain import status_labels as labels
from xa_planner.domain.status_labels import ATTENTION_ORDER
from xa_planner.domain.statuses import ProgressStatus, ReportCategory, TaskStanding, Timing
from xa_planner.localization import N_, _

__all__ = [
    "ATTENTION_ORDER",
    "STATUS_ORDER",
    "category_colour",
    "category_label",
    "standing_colour",
    "standing_label",
    "status_label",
    "timing_label",
]

# The domain's labels are plain Vietnamese (documents print them as they are); marking them
# here lets pybabel extract them. tests/gui/indicators/test_indicator_entry.py keeps the two in step.
EXTRACTED_LABELS = (
    N_("Hoàn thành đúng hạn"),
    N_("Hoàn thành quá hạn"),
    N_("Đang thực hiện trong hạn"),
    N_("Đang thực hiện quá hạn"),
    N_("Chưa triển khai trong hạn"),
    N_("Chưa triển khai quá hạn"),
    N_("Không thực hiện"),
    N_("Hoàn thành (không có thời hạn)"),
    N_("Đang thực hiện (không có thời hạn)"),
    N_("Chưa triển khai (không có thời hạn)"),
    N_("Đang thực hiện, sắp đến hạn"),
    N_("Chưa triển khai, sắp đến hạn"),
    N_("Chưa triển khai"),
    N_("Đang thực hiện"),
    N_("Hoàn thành"),
    N_("Trong hạn"),
    N_("Sắp đến hạn"),
    N_("Quá hạn"),
    N_("Đúng hạn"),
    N_("Không có thời hạn"),
)

# The order of the status combo: the way a task moves through a month.
STATUS_ORDER: tuple[ProgressStatus, ...] = (
    ProgressStatus.NOT_STARTED,
    ProgressStatus.IN_PROGRESS,
    ProgressStatus.DONE,
    ProgressStatus.DROPPED,
)

# Colours shared by every screen that paints a standing (and by charts that borrow its tones).
DONE_COLOUR = "#1e7b34"
DONE_LATE_COLOUR = "#5f7f1e"
OVERDUE_COLOUR = "#b00020"
DUE_SOON_COLOUR = "#a65f00"
MUTED_COLOUR = "#5a6570"

_CATEGORY_COLOURS: dict[str, str] = {  # a StrEnum key is found by its value too
    ReportCategory.DONE_ON_TIME: DONE_COLOUR,
    ReportCategory.DONE_LATE: DONE_LATE_COLOUR,
    ReportCategory.DONE_UNDATED: DONE_COLOUR,
    ReportCategory.IN_PROGRESS_OVERDUE: OVERDUE_COLOUR,
    ReportCategory.NOT_STARTED_OVERDUE: OVERDUE_COLOUR,
    ReportCategory.DROPPED: MUTED_COLOUR,
}


def category_label(category: ReportCategory | str) -> str:
    """The translated name of a report category; unknown keys are shown as they are."""
    return _(labels.category_label(category))


def standing_label(standing: TaskStanding) -> str:
    """Status and timing in one translated phrase ("Đang thực hiện quá hạn")."""
    return _(labels.standing_label(standing))


def status_label(status: ProgressStatus | None) -> str:
    """The translated name of a reported status; an empty string when nothing was reported."""
    return _(labels.STATUS_LABELS[status]) if status is not None else ""


def timing_label(standing: TaskStanding) -> str:
    """The translated timing ("Quá hạn", "Đúng hạn"…); empty without a due date."""
    text = labels.timing_label(standing)
    return _(text) if text else ""


def category_colour(category: ReportCategory | str) -> QColor | None:
    """The text colour of a report category, None for the default colour."""
    colour = _CATEGORY_COLOURS.get(category)  # a StrEnum: its value finds it too
    return QColor(colour) if colour else None


def standing_colour(standing: TaskStanding) -> QColor | None:
    """The text colour of a task's standing: red overdue, amber due soon, green done."""
    if standing.timing is Timing.DUE_SOON and not standing.finished:
        return QColor(DUE_SOON_COLOUR)
    return category_colour(standing.category)
