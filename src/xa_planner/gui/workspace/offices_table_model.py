"""OfficesTableModel: the commune's offices in their order; retired ones greyed, never hidden."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from xa_planner.domain.offices import Office
from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.localization import N_, _

_RETIRED_COLOUR = QColor("#8a949e")


class OfficesTableModel(RowsTableModel):
    COLUMNS = (
        N_("Tên viết tắt"),
        N_("Tên đầy đủ"),
        N_("Thủ trưởng"),
        N_("Điện thoại"),
        N_("Email"),
        N_("Trạng thái"),
    )

    def cell_text(self, row: Office, column: int) -> str:
        if column == 5:
            return _("Ngừng hoạt động") if row.retired else _("Đang hoạt động")
        return (row.short_name, row.full_name, row.head, row.phone, row.email)[column]

    def cell_data(self, row: Office, column: int, role: int) -> Any:
        if not row.retired:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _RETIRED_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of_office(self, office_id: int | None) -> int:
        """The table row showing the office with *office_id*, -1 when not shown."""
        for table_row, index in enumerate(self._visible):
            if self._rows[index].id == office_id:
                return table_row
        return -1
