"""DerivationDeadlinesModel: the deadlines a source set before the plan's year, and where they would move."""

from __future__ import annotations

from xa_planner.domain.past_deadlines import PastDeadline
from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.localization import N_, format_date


class DerivationDeadlinesModel(RowsTableModel):
    COLUMNS = (N_("TT"), N_("Nhiệm vụ"), N_("Thời hạn của tỉnh"), N_("Thời hạn nếu dời"))

    def cell_text(self, row: PastDeadline, column: int) -> str:
        match column:
            case 0:
                return row.ref
            case 1:
                return " ".join(row.content.split())
            case 2:
                return format_date(row.due)
            case _:
                return format_date(row.moved_to)

    def sort_key(self, position: int, row: PastDeadline, column: int):
        if column in (2, 3):
            return row.due if column == 2 else row.moved_to
        return super().sort_key(position, row, column)
