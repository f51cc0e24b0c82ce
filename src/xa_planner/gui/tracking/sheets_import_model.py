"""SheetsImportTableModel: an import preview as flat rows — a header per sheet, then its changes and problems."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from xa_planner.domain.periods import Period
from xa_planner.gui.widgets.status_labels import status_label
from xa_planner.localization import N_, _, format_number, ngettext
from xa_planner.services.sheet_problem_texts import sheet_problem_text
from xa_planner.services.sheet_views import ImportPreview, IndicatorChange, SheetPreview, TaskChange

_Index = QModelIndex | QPersistentModelIndex
REFUSED_COLOUR = QColor("#b00020")
PROBLEM_COLOUR = QColor("#a65f00")
SPANNING = ("sheet", "refused", "problem", "note")


@dataclass(frozen=True)
class PreviewRow:
    kind: str  # sheet, refused, task, indicator, problem, note
    item: Any  # the SheetPreview, TaskChange, IndicatorChange, SheetProblem or a count

    @property
    def key(self) -> tuple[str, int] | None:
        if self.kind == "task":
            return ("task", self.item.task_id)
        if self.kind == "indicator":
            return ("indicator", self.item.indicator_id)
        return None


def preview_rows(preview: ImportPreview) -> list[PreviewRow]:
    rows: list[PreviewRow] = []
    for sheet in preview.sheets:
        if sheet.refused:
            rows.append(PreviewRow("refused", sheet))
            continue
        rows.append(PreviewRow("sheet", sheet))
        rows += [PreviewRow("task", c) for c in sheet.changes]
        rows += [PreviewRow("indicator", c) for c in sheet.indicator_changes]
        rows += [PreviewRow("problem", p) for p in sheet.problems]
        if sheet.unchanged:
            rows.append(PreviewRow("note", sheet.unchanged))
    return rows


def sheet_heading(sheet: SheetPreview) -> str:
    if sheet.refused:
        # Every refusal is a whole sentence that already names its sheet ("Phiếu X là của …").
        return _("KHÔNG NHẬP — {reason}").format(reason=sheet.refused)
    return _("Phiếu {file}: {office}, tháng {month}").format(
        file=sheet.file_name, office=sheet.office_name, month=_month_label(sheet.period_key)
    )


def _task_side(change: TaskChange, new: bool) -> str:
    status = status_label(change.new_status if new else change.old_status) or _("(chưa báo cáo)")
    lines = [status]
    pairs = ((N_("Kết quả"), change.old_note, change.new_note),
             (N_("Khó khăn"), change.old_difficulties, change.new_difficulties),
             (N_("Đề xuất"), change.old_proposals, change.new_proposals))
    for label, old, fresh in pairs:
        if old != fresh and (fresh if new else old):
            lines.append(f"{_(label)}: {fresh if new else old}")
    return "\n".join(lines)


def _indicator_side(change: IndicatorChange, new: bool) -> str:
    value = change.new_value if new else change.old_value
    return format_number(value) if value is not None else _("(chưa có)")


def cell_text(row: PreviewRow, column: int) -> str:
    if row.kind in ("sheet", "refused"):
        return sheet_heading(row.item) if column == 0 else ""
    if row.kind == "problem":
        where = _(" (dòng {row})").format(row=row.item.row) if row.item.row else ""
        return f"⚠ {sheet_problem_text(row.item)}{where}" if column == 0 else ""
    if row.kind == "note":
        count = row.item
        text = ngettext("{count} nhiệm vụ không thay đổi.", "{count} nhiệm vụ không thay đổi.", count)
        return text.format(count=count) if column == 0 else ""
    if row.kind == "task":
        change: TaskChange = row.item
        return (f"{change.ref} {change.content}".strip(), _task_side(change, False),
                _task_side(change, True))[column]
    change = row.item
    return (_("Chỉ tiêu: {name}").format(name=change.name), _indicator_side(change, False),
            _indicator_side(change, True))[column]


class SheetsImportTableModel(QAbstractTableModel):
    """Rows of every sheet; the task and indicator changes carry a check box, checked by default."""

    COLUMNS = (N_("Thay đổi"), N_("Hiện tại"), N_("Theo phiếu"))

    def __init__(self, preview: ImportPreview, parent=None) -> None:
        super().__init__(parent)
        self._rows = preview_rows(preview)
        self._checked = {row.key for row in self._rows if row.key is not None}

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def spanning_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if row.kind in SPANNING]

    def checked_ids(self, kind: str) -> set[int]:
        return {ident for k, ident in self._checked if k == kind}

    def set_all_checked(self, checked: bool) -> None:
        keys = {row.key for row in self._rows if row.key is not None}
        self._checked = keys if checked else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    # --- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return _(self.COLUMNS[section]) if horizontal and 0 <= section < len(self.COLUMNS) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row, index.column())
        if role == Qt.ItemDataRole.CheckStateRole and row.key is not None and index.column() == 0:
            return Qt.CheckState.Checked if row.key in self._checked else Qt.CheckState.Unchecked
        return self._style(row, role)

    @staticmethod
    def _style(row: PreviewRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return {"refused": REFUSED_COLOUR, "problem": PROBLEM_COLOUR}.get(row.kind)
        if role == Qt.ItemDataRole.FontRole and row.kind in ("sheet", "refused"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self._rows[index.row()].key
        if key is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self._checked.add if checked else self._checked.discard)(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self._rows[index.row()].key is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


def _month_label(key: str) -> str:
    return Period.parse(key).label
