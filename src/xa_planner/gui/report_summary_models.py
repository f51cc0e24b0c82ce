"""Read-only tables of the report dialog: task counts by status class and the indicator table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from xa_planner.exporting.report_document import IndicatorLine, StatusCount
from xa_planner.gui.rows_table_model import RowsTableModel
from xa_planner.gui.status_labels import class_label
from xa_planner.localization import N_, format_number


class StatusCountsTableModel(RowsTableModel):
    """One row per status class with tasks this month; the last row is the total."""

    COLUMNS = (N_("Tình trạng"), N_("Số nhiệm vụ"))

    def cell_text(self, row: StatusCount, column: int) -> str:
        if column == 0:
            return class_label(row.status_class) if row.status_class else row.label
        return format_number(row.count)

    def cell_data(self, row: StatusCount, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportIndicatorsTableModel(RowsTableModel):
    """TT | Chỉ tiêu | Kết quả | Tỷ lệ | Mức giao | Đánh giá, as the report prints it."""

    COLUMNS = (N_("TT"), N_("Chỉ tiêu"), N_("Kết quả"), N_("Tỷ lệ"), N_("Mức giao"), N_("Đánh giá"))

    def cell_text(self, row: IndicatorLine, column: int) -> str:
        return row.cells()[column]
