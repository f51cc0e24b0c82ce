"""Read-only tables of the report dialog: tasks by status and timing, and the indicator table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.gui.widgets.status_labels import status_label
from xa_planner.localization import N_, _, format_number
from xa_planner.services.report_views import IndicatorLine, MonthlyReport, StatusRow, status_rows


class StatusCountsTableModel(RowsTableModel):
    """The report's status × timing table: one row per status, the last row the total."""

    COLUMNS = (
        N_("Tình trạng"),
        N_("Đúng hạn, trong hạn"),
        N_("Quá hạn"),
        N_("Không có thời hạn"),
        N_("Tổng số"),
    )

    def set_report(self, report: MonthlyReport) -> None:
        rows = status_rows(report)
        sums = [sum(getattr(r, f) or 0 for r in rows) for f in ("on_time", "overdue", "undated")]
        self.set_rows([*rows, (*sums, sum(r.total for r in rows))])

    def cell_text(self, row: StatusRow | tuple[int, ...], column: int) -> str:
        if isinstance(row, tuple):  # the total row
            return _("Tổng cộng") if column == 0 else format_number(row[column - 1])
        if column == 0:
            return status_label(row.status)
        figure = (row.on_time, row.overdue, row.undated, row.total)[column - 1]
        return "" if figure is None else format_number(figure)

    def cell_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportIndicatorsTableModel(RowsTableModel):
    """TT | Chỉ tiêu | Kết quả | Tỷ lệ | Mức giao | Đánh giá, as the report prints it."""

    COLUMNS = (N_("TT"), N_("Chỉ tiêu"), N_("Kết quả"), N_("Tỷ lệ"), N_("Mức giao"), N_("Đánh giá"))

    def cell_text(self, row: IndicatorLine, column: int) -> str:
        return row.cells()[column]
