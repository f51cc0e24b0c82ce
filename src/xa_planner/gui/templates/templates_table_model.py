"""TemplatesTableModel: the provincial plans stored in the workspace."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.localization import N_, format_date, format_number
from xa_planner.services.views import TemplateSummary


class TemplatesTableModel(RowsTableModel):
    COLUMNS = (
        N_("Số hiệu"),
        N_("Ngày ban hành"),
        N_("Trích yếu"),
        N_("Cơ quan ban hành"),
        N_("Số nhiệm vụ"),
        N_("Tệp gốc"),
        N_("Ngày nhập"),
    )

    def cell_text(self, row: TemplateSummary, column: int) -> str:
        match column:
            case 0:
                return row.doc_number
            case 1:
                return format_date(row.doc_date) if row.doc_date else ""
            case 2:
                return row.title
            case 3:
                return row.issuer
            case 4:
                return format_number(row.task_count)
            case 5:
                return row.source_name
            case _:
                return format_date(row.imported_at.date()) if row.imported_at else ""

    def sort_key(self, position: int, row: TemplateSummary, column: int) -> Any:
        if column == 1:
            return row.doc_date.toordinal() if row.doc_date else 0
        if column == 4:
            return row.task_count
        if column == 6:
            return row.imported_at.timestamp() if row.imported_at else 0.0
        return super().sort_key(position, row, column)

    def cell_data(self, row: TemplateSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 4, 6):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
