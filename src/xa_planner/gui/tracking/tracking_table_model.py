"""TrackingTableModel: each task's status, standing and notes for the chosen month; the status is editable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from xa_planner.domain.statuses import ProgressStatus
from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.gui.widgets.status_labels import (
    ATTENTION_ORDER,
    standing_colour,
    standing_label,
    status_label,
)
from xa_planner.gui.widgets.task_labels import schedule_text
from xa_planner.localization import N_
from xa_planner.services.views import TrackingRow

_Index = QModelIndex | QPersistentModelIndex
DUE_SOON_FILTER = "due_soon"  # beside the report categories: unfinished tasks due within days


class TrackingTableModel(RowsTableModel):
    """Rows are TrackingRow; office, standing and overdue filters narrow them further than the search.

    Choosing a status does not store it: the model emits status_chosen and the page saves it
    through the service, then hands back fresh rows.
    """

    COLUMNS = (
        N_("TT"),
        N_("Nhiệm vụ"),
        N_("Chủ trì"),
        N_("Thời hạn"),
        N_("Tháng trước"),
        N_("Tình trạng"),
        N_("Phân loại"),
        N_("Kết quả thực hiện"),
        N_("Khó khăn, vướng mắc"),
        N_("Đề xuất, kiến nghị"),
    )
    PREVIOUS_COLUMN = 4  # last month beside this month, so a change stands out
    STATUS_COLUMN = 5
    CLASS_COLUMN = 6
    NOTE_COLUMNS = (7, 8, 9)

    status_chosen = Signal(object, object)  # TrackingRow, ProgressStatus

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._standing_filter: str | None = None
        self._office: str | None = None
        self._overdue_only = False
        self._read_only = False

    # --- filters -----------------------------------------------------------------------
    def set_standing_filter(self, key: str | None) -> None:
        """Show only tasks of a report category, or DUE_SOON_FILTER (None: all)."""
        if key != self._standing_filter:
            self._standing_filter = key
            self._reset_visible()

    def set_office(self, office: str | None) -> None:
        """Show only tasks led by *office* (None: all)."""
        if office != self._office:
            self._office = office
            self._reset_visible()

    def set_overdue_only(self, overdue_only: bool) -> None:
        if overdue_only != self._overdue_only:
            self._overdue_only = overdue_only
            self._reset_visible()

    def _arranged(self) -> list[int]:
        return [i for i in super()._arranged() if self._passes(self._rows[i])]

    def _passes(self, row: TrackingRow) -> bool:
        if self._standing_filter is not None and not _matches(row, self._standing_filter):
            return False
        if self._office is not None and row.lead_office != self._office:
            return False
        return not self._overdue_only or row.standing.overdue

    def offices(self) -> list[str]:
        """The lead offices of the rows, in the order they first appear."""
        return list(dict.fromkeys(row.lead_office for row in self._rows if row.lead_office))

    # --- rows ----------------------------------------------------------------------------
    def replace_rows(self, rows: Sequence[TrackingRow]) -> None:
        """Fresh rows of the same month: updated in place when the same tasks stay visible, so
        the selection and the scroll position survive a save."""
        same_tasks = [r.task_id for r in rows] == [r.task_id for r in self._rows]
        if not same_tasks:
            self.set_rows(rows)
            return
        self._rows = list(rows)
        self._folded = None
        self._sort_keys.clear()
        arranged = self._arranged()
        if arranged != self._visible:
            self._reset_visible()
        elif self._visible:
            last = self.index(len(self._visible) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of_task(self, task_id: int) -> int:
        """The visible row showing *task_id*, -1 when it is filtered out."""
        for position, index in enumerate(self._visible):
            if self._rows[index].task_id == task_id:
                return position
        return -1

    def set_read_only(self, read_only: bool) -> None:
        """A locked month: nothing can be chosen."""
        self._read_only = read_only

    def is_read_only(self) -> bool:
        return self._read_only

    # --- cells ---------------------------------------------------------------------------
    def cell_text(self, row: TrackingRow, column: int) -> str:
        match column:
            case 0:
                return row.ref
            case 1:
                return row.content
            case 2:
                return row.lead_office
            case 3:  # "Thường xuyên", "Hằng tháng, đến 31/12/2026" or the date, never blank when known
                return schedule_text(row.due, row.recurrence)
            case 4:
                return previous_text(row)
            case 5:
                return status_label(row.status)
            case 6:
                return standing_label(row.standing)
            case 7:
                return row.result_note
            case 8:
                return row.difficulties
            case _:
                return row.proposals

    def search_text(self, row: TrackingRow) -> str:
        # Status names are left out: they change with the language; the class filter covers them.
        parts = (row.ref, row.content, row.lead_office, row.result_note, row.difficulties, row.proposals)
        return " ".join(parts)

    def sort_key(self, position: int, row: TrackingRow, column: int) -> Any:
        if column == 0:
            return position
        if column == 3:
            return row.due.toordinal() if row.due else 10**9
        if column == self.CLASS_COLUMN:
            return ATTENTION_ORDER.index(row.standing.category)
        return super().sort_key(position, row, column)

    def cell_data(self, row: TrackingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CLASS_COLUMN:
            return standing_colour(row.standing)
        if role == Qt.ItemDataRole.EditRole and column == self.STATUS_COLUMN:
            return row.status.value if row.status else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.STATUS_COLUMN and not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        editable = index.isValid() and index.column() == self.STATUS_COLUMN and not self._read_only
        if not editable or role != Qt.ItemDataRole.EditRole or not value:
            return False
        row = self.row_at(index)
        status = ProgressStatus(value)
        if status != row.status:
            self.status_chosen.emit(row, status)
        return True


def _matches(row: TrackingRow, key: str) -> bool:
    if key == DUE_SOON_FILTER:
        return row.standing.due_soon
    return row.standing.category == key


def previous_text(row: TrackingRow) -> str:
    """Last month's status and note, so the officer sees what changed."""
    label = status_label(row.previous_status)
    if label and row.previous_note:
        return f"{label}: {row.previous_note}"
    return label or row.previous_note
