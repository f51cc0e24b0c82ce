"""PlanTableModel: the commune plan's tasks grouped under their section rows, searchable and sortable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from xa_planner.gui.rows_table_model import RowsTableModel
from xa_planner.gui.text_keys import fast_sort_key
from xa_planner.localization import N_, format_date
from xa_planner.services.views import PlanRow

_SECTION_BACKGROUND = QColor("#e8eef5")
_Index = QModelIndex | QPersistentModelIndex


def due_text(row: PlanRow) -> str:
    """The due date when there is one, else the plan's own words ("Thường xuyên")."""
    return format_date(row.due) if row.due else row.timeframe


class PlanTableModel(RowsTableModel):
    """Rows are PlanRow; section rows (negative entries) head each group and span the table."""

    COLUMNS = (
        N_("TT"),
        N_("Nhiệm vụ"),
        N_("Văn bản chỉ đạo"),
        N_("Chủ trì"),
        N_("Phối hợp"),
        N_("Người phụ trách"),
        N_("Thời hạn"),
        N_("Kết quả/sản phẩm"),
        N_("Chỉ tiêu"),
    )
    CONTENT_COLUMN = 1

    def __init__(self, parent=None) -> None:
        self._sections: list[tuple[str, str]] = []
        self._section_of: list[int] = []
        super().__init__(parent)

    def set_rows(self, rows) -> None:
        rows = list(rows)
        positions: dict[tuple[str, str], int] = {}
        self._section_of = [
            positions.setdefault((r.section_ref, r.section_title), len(positions)) for r in rows
        ]
        self._sections = list(positions)
        super().set_rows(rows)

    def cell_text(self, row: PlanRow, column: int) -> str:
        match column:
            case 0:
                return row.ref
            case 1:
                return row.content
            case 2:
                return row.directing_docs
            case 3:
                return row.lead_office
            case 4:
                return ", ".join(row.support_offices)
            case 5:
                return row.responsible_person
            case 6:
                return due_text(row)
            case 7:
                return row.products
            case _:
                return row.targets

    def sort_key(self, position: int, row: PlanRow, column: int) -> Any:
        if column == 0:
            return position
        if column == 6:
            return (0, row.due.toordinal(), "") if row.due else (1, 0, fast_sort_key(row.timeframe))
        return super().sort_key(position, row, column)

    def _arranged(self) -> list[int]:
        """Matching rows in the chosen order, each group led by its section (encoded -1 - section)."""
        groups: dict[int, list[int]] = {}
        for i in super()._arranged():
            groups.setdefault(self._section_of[i], []).append(i)
        entries: list[int] = []
        for section in sorted(groups):
            if self._sections[section] != ("", ""):
                entries.append(-1 - section)
            entries.extend(groups[section])
        return entries

    def section_rows(self) -> list[int]:
        """Table rows that are section headings (the view spans them across every column)."""
        return [r for r, entry in enumerate(self._visible) if entry < 0]

    def task_count(self) -> int:
        return sum(1 for entry in self._visible if entry >= 0)

    def section_title(self, entry: int) -> str:
        ref, title = self._sections[-1 - entry]
        return f"{ref}. {title}" if ref and title else ref or title

    def row_at(self, index: _Index) -> PlanRow | None:
        if not index.isValid() or self._visible[index.row()] < 0:
            return None
        return super().row_at(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        entry = self._visible[index.row()]
        if entry >= 0:
            return super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.section_title(entry) if index.column() == 0 else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return _SECTION_BACKGROUND
        return None

    def cell_data(self, row: PlanRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 6):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and self._visible[index.row()] < 0:
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)
