"""SheetsImportTableModel: an import preview as flat rows — a header per sheet, then its changes and problems."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from xa_planner.domain.periods import Period
from xa_planner.gui.widgets.checkable_rows_model import CheckableRowsTableModel
from xa_planner.gui.widgets.status_labels import status_label
from xa_planner.localization import N_, _, format_number, ngettext
from xa_planner.services.sheet_problem_texts import sheet_problem_text, sheet_refusal_text
from xa_planner.services.sheet_views import ImportPreview, IndicatorChange, SheetPreview, TaskChange

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
        return _("KHÔNG NHẬP — {reason}").format(reason=sheet_refusal_text(sheet.refused))
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
    indicator: IndicatorChange = row.item
    return (_("Chỉ tiêu: {name}").format(name=indicator.name), _indicator_side(indicator, False),
            _indicator_side(indicator, True))[column]


class SheetsImportTableModel(CheckableRowsTableModel):
    """Rows of every sheet; the task and indicator changes carry a check box, checked by default."""

    COLUMNS = (N_("Thay đổi"), N_("Hiện tại"), N_("Theo phiếu"))

    def __init__(self, preview: ImportPreview, parent=None) -> None:
        super().__init__(parent)
        rows = preview_rows(preview)
        self.set_rows(rows, checked=self.checkable_keys(rows))

    def check_key(self, row: PreviewRow) -> tuple[str, int] | None:
        return row.key

    def spanning_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if row.kind in SPANNING]

    def checked_ids(self, kind: str) -> set[int]:
        keys = (self.check_key(row) for row in self.checked_rows())
        return {key[1] for key in keys if key is not None and key[0] == kind}

    def cell_text(self, row: PreviewRow, column: int) -> str:
        return cell_text(row, column)

    def tooltip_text(self, row: PreviewRow, column: int) -> str | None:
        return cell_text(row, column)

    def cell_data(self, row: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return {"refused": REFUSED_COLOUR, "problem": PROBLEM_COLOUR}.get(row.kind)
        if role == Qt.ItemDataRole.FontRole and row.kind in ("sheet", "refused"):
            font = QFont()
            font.setBold(True)
            return font
        return None


def _month_label(key: str) -> str:
    return Period.parse(key).label
