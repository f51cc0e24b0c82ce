"""Table models of the home page: tasks needing attention, progress per office, sheets not yet back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.gui.workspace.maintenance_table_models import format_moment
from xa_planner.localization import N_, _, format_date, format_number, format_percent
from xa_planner.services.views import AwaitedSheet, DeadlineTask, OfficeProgress

PERCENT_ROLE = Qt.ItemDataRole.UserRole + 2
_OVERDUE_COLOUR = QColor("#b00020")


class DeadlineTaskTableModel(RowsTableModel):
    COLUMNS = (N_("TT"), N_("Nhiệm vụ"), N_("Chủ trì"), N_("Thời hạn"))

    def cell_text(self, row: DeadlineTask, column: int) -> str:
        return (row.ref, row.content, row.lead_office, format_date(row.due))[column]

    def sort_key(self, position: int, row: DeadlineTask, column: int) -> Any:
        return row.due.toordinal() if column == 3 else super().sort_key(position, row, column)


def completion(row: OfficeProgress) -> float:
    """Share of the office's tasks that are done, 0 when it has none."""
    return row.done / row.total if row.total else 0.0


class OfficeProgressTableModel(RowsTableModel):
    COLUMNS = (
        N_("Đơn vị"),
        N_("Nhiệm vụ"),
        N_("Hoàn thành"),
        N_("Quá hạn"),
        N_("Tỷ lệ"),
    )
    PERCENT_COLUMN = 4

    def cell_text(self, row: OfficeProgress, column: int) -> str:
        if column == 0:
            return row.office
        if column == self.PERCENT_COLUMN:
            return format_percent(completion(row))
        return format_number((row.total, row.done, row.overdue)[column - 1])

    def sort_key(self, position: int, row: OfficeProgress, column: int) -> Any:
        if column == 0:
            return super().sort_key(position, row, column)
        return (row.total, row.done, row.overdue, completion(row))[column - 1]

    def cell_data(self, row: OfficeProgress, column: int, role: int) -> Any:
        if role == PERCENT_ROLE:
            return completion(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.overdue:
            return _OVERDUE_COLOUR
        return None


class AwaitedSheetTableModel(RowsTableModel):
    """Offices whose sheet for the reported month has not come back, and when it was sent."""

    COLUMNS = (N_("Đơn vị"), N_("Phiếu gửi đi lúc"))

    def cell_text(self, row: AwaitedSheet, column: int) -> str:
        if column == 0:
            return row.office
        return format_moment(row.exported_at) if row.exported_at else _("chưa gửi phiếu")

    def sort_key(self, position: int, row: AwaitedSheet, column: int) -> Any:
        if column == 1:
            return row.exported_at.timestamp() if row.exported_at else 0.0
        return super().sort_key(position, row, column)
