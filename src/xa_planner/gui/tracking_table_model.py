"""TrackingTableModel: each task's status class and notes for the chosen month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from xa_planner.domain.statuses import StatusClass
from xa_planner.gui.rows_table_model import RowsTableModel
from xa_planner.gui.status_labels import CLASS_ORDER, class_colour, class_label, status_label
from xa_planner.localization import N_, format_date
from xa_planner.services.views import TrackingRow


class TrackingTableModel(RowsTableModel):
    """Rows are TrackingRow; an optional status class narrows them further than the search."""

    COLUMNS = (
        N_("TT"),
        N_("Nhiệm vụ"),
        N_("Chủ trì"),
        N_("Thời hạn"),
        N_("Tình trạng"),
        N_("Kết quả thực hiện"),
        N_("Khó khăn, vướng mắc"),
        N_("Đề xuất, kiến nghị"),
        N_("Tháng trước"),
    )
    STATUS_COLUMN = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._status_class: StatusClass | None = None

    def set_status_class(self, status_class: StatusClass | None) -> None:
        """Show only tasks of *status_class* (None: all)."""
        if status_class != self._status_class:
            self._status_class = status_class
            self._reset_visible()

    def _arranged(self) -> list[int]:
        indexes = super()._arranged()
        if self._status_class is None:
            return indexes
        return [i for i in indexes if self._rows[i].status_class == self._status_class]

    def cell_text(self, row: TrackingRow, column: int) -> str:
        match column:
            case 0:
                return row.ref
            case 1:
                return row.content
            case 2:
                return row.lead_office
            case 3:
                return format_date(row.due) if row.due else ""
            case 4:
                return class_label(row.status_class)
            case 5:
                return row.result_note
            case 6:
                return row.difficulties
            case 7:
                return row.proposals
            case _:
                return _previous_text(row)

    def search_text(self, row: TrackingRow) -> str:
        # Status names are left out: they change with the language; the class filter covers them.
        parts = (
            row.ref,
            row.content,
            row.lead_office,
            row.result_note,
            row.difficulties,
            row.proposals,
        )
        return " ".join(parts)

    def sort_key(self, position: int, row: TrackingRow, column: int) -> Any:
        if column == 0:
            return position
        if column == 3:
            return row.due.toordinal() if row.due else 10**9
        if column == self.STATUS_COLUMN:
            return CLASS_ORDER.index(row.status_class) if row.status_class in CLASS_ORDER else 99
        return super().sort_key(position, row, column)

    def cell_data(self, row: TrackingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS_COLUMN:
            return class_colour(row.status_class)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _previous_text(row: TrackingRow) -> str:
    """Last month's status and note, so the officer sees what changed."""
    label = status_label(row.previous_status)
    if label and row.previous_note:
        return f"{label}: {row.previous_note}"
    return label or row.previous_note
