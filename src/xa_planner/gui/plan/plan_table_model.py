"""PlanTableModel: the commune plan's tasks grouped under their section rows, searchable, filterable, editable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from xa_planner.gui.plan.plan_edits import DUE, EDITABLE_COLUMNS, LEAD, SUPPORT
from xa_planner.gui.plan.plan_filters import PlanFilters, row_predicate
from xa_planner.gui.widgets.rows_table_model import RowsTableModel
from xa_planner.gui.widgets.text_keys import fast_fold, fast_sort_key
from xa_planner.localization import N_, format_date
from xa_planner.services.views import PlanRow

_SECTION_BACKGROUND = QColor("#e8eef5")
_OVERDUE_FOREGROUND = QColor("#b3261e")
_Index = QModelIndex | QPersistentModelIndex


def due_text(row: PlanRow) -> str:
    """The due date when there is one, else the plan's own words ("Thường xuyên")."""
    return format_date(row.due) if row.due else row.timeframe


def due_edit_text(row: PlanRow) -> str:
    """What the due editor starts from: the typed words when kept, else the date."""
    return row.timeframe or (format_date(row.due) if row.due else "")


class PlanTableModel(RowsTableModel):
    """Rows are PlanRow; section rows (negative entries) head each group and span the table.

    An edit does not change the row here: cell_edited asks the page to store it, and the
    page hands back the stored row with replace_row().
    """

    cell_edited = Signal(object, int, object)  # the row, the column, the value the editor gave

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

    def __init__(self, parent=None, today=dt.date.today) -> None:
        self._sections: list[tuple[str, str]] = []
        self._section_of: list[int] = []
        self._position_of: dict[int, int] = {}
        self._filters = PlanFilters()
        self._today = today
        super().__init__(parent)

    def set_rows(self, rows) -> None:
        rows = list(rows)
        self._position_of = {r.task_id: i for i, r in enumerate(rows)}
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

    def set_filters(self, filters: PlanFilters) -> None:
        if filters != self._filters:
            self._filters = filters
            self._reset_visible()

    def filters(self) -> PlanFilters:
        return self._filters

    def replace_row(self, row: PlanRow) -> None:
        """Show the stored *row* in place of the task's old row (after an edit), without a reset."""
        i = self._position_of.get(row.task_id)
        if i is None:
            return
        self._rows[i] = row
        if self._folded_cache is not None:
            self._folded_cache[i] = fast_fold(self.search_text(row))
        for column, keys in self._sort_keys.items():
            keys[i] = self.sort_key(i, row, column)
        try:
            table_row = self._visible.index(i)
        except ValueError:
            return
        self.dataChanged.emit(self.index(table_row, 0), self.index(table_row, self.columnCount() - 1))

    def task_row(self, task_id: int) -> PlanRow | None:
        i = self._position_of.get(task_id)
        return None if i is None else self._rows[i]

    def plan_position(self, task_id: int) -> int:
        return self._position_of.get(task_id, -1)

    def neighbour(self, task_id: int, delta: int) -> PlanRow | None:
        """The task *delta* places away in plan order (whatever the sort and filters), or None."""
        i = self._position_of.get(task_id)
        j = -1 if i is None else i + delta
        return self._rows[j] if 0 <= j < len(self._rows) else None

    def table_row_of(self, task_id: int) -> int:
        """The table row showing *task_id*, or -1 when it is filtered out or unknown."""
        i = self._position_of.get(task_id)
        return -1 if i is None or i not in self._visible else self._visible.index(i)

    def sections(self) -> list[tuple[int | None, str]]:
        """(section id, heading) of each section, in plan order."""
        seen: dict[int | None, str] = {}
        for row, section in zip(self._rows, self._section_of, strict=True):
            if row.section_id not in seen:
                seen[row.section_id] = self.section_title(-1 - section)
        return [(k, v) for k, v in seen.items() if v]

    def _arranged(self) -> list[int]:
        """Matching rows in the chosen order, each group led by its section (encoded -1 - section)."""
        groups: dict[int, list[int]] = {}
        keep = row_predicate(self._filters, self._today())
        for i in super()._arranged():
            if keep is not None and not keep(self._rows[i]):
                continue
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

    def row_at(self, index: _Index | int) -> PlanRow | None:
        position = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        if not 0 <= position < len(self._visible) or self._visible[position] < 0:
            return None  # outside the table, or a group's heading row
        return super().row_at(position)

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
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE_COLUMNS:
            return self.edit_value(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and row.due and row.due < self._today():
            return _OVERDUE_FOREGROUND
        return None

    def edit_value(self, row: PlanRow, column: int) -> Any:
        """The value an editor starts from: office ids for the office columns, text otherwise."""
        if column == LEAD:
            return row.lead_office_id
        if column == SUPPORT:
            return row.support_office_ids
        if column == DUE:
            return due_edit_text(row)
        return self.cell_text(row, column)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE_COLUMNS:
            return False
        self.cell_edited.emit(row, index.column(), value)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and self._visible[index.row()] < 0:
            return Qt.ItemFlag.ItemIsEnabled
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
