"""Tables of the consolidation result: the communes that reported and the files that were set aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.localization import N_, _, format_number

if TYPE_CHECKING:  # the writer pulls in openpyxl, which must stay out of start-up
    from xa_planner.services.aggregation_service import Submission


def on_time_text(on_time: bool | None) -> str:
    if on_time is None:
        return _("Không rõ")
    return _("Đúng hạn") if on_time else _("Muộn")


class SubmissionsTableModel(RowsTableModel):
    COLUMNS = (N_("Xã"), N_("Tháng"), N_("Ngày lập"), N_("Hạn"), N_("Đúng hạn"), N_("Số nhiệm vụ"),
               N_("Hoàn thành"), N_("Tệp"))

    def cell_text(self, row: Submission, column: int) -> str:
        if column == 4:
            return on_time_text(row.on_time)
        if column == 5:
            return format_number(sum(row.status_counts))
        if column == 6:
            return f"{format_number(round(row.done_percent, 1))}%"
        values = (row.commune, row.month, row.prepared_on, row.deadline, "", "", "", row.file_name)
        return str(values[column] or "")


class FileProblemsTableModel(RowsTableModel):
    """(file name, what is wrong) pairs."""

    COLUMNS = (N_("Tệp"), N_("Vấn đề"))

    def cell_text(self, row: tuple[str, str], column: int) -> str:
        return row[column]
