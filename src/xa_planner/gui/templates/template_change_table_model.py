"""The changes of an amended provincial plan, each with a checkbox, and how two wordings differ."""

from __future__ import annotations

import difflib
import html
from collections.abc import Collection, Hashable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from xa_planner.gui.widgets.checkable_rows_model import CheckableRowsTableModel
from xa_planner.gui.widgets.status_labels import (
    DONE_COLOUR,
    DUE_SOON_COLOUR,
    MUTED_COLOUR,
    OVERDUE_COLOUR,
)
from xa_planner.localization import N_, _

if TYPE_CHECKING:  # the service module pulls in the derivation rules: keep it off the start-up path
    from xa_planner.services.template_update_service import PlanChange

# The kinds of domain/template_diff.py, spelled here so that rapidfuzz stays off the start-up path.
ADDED, REMOVED, REWORDED = "added", "removed", "reworded"
KIND_LABELS = {ADDED: N_("Thêm mới"), REMOVED: N_("Bỏ"), REWORDED: N_("Sửa nội dung")}
_KIND_COLOURS = {ADDED: DONE_COLOUR, REMOVED: OVERDUE_COLOUR, REWORDED: DUE_SOON_COLOUR}
_REMOVED_STYLE = "background:#f8d7da;color:#8a1020;text-decoration:line-through"
_ADDED_STYLE = "background:#d4edda;color:#145a26;font-weight:bold"


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def ref_text(change: PlanChange) -> str:
    """"II.3", "II.3 → II.4" when the number moved, or the one that exists."""
    if change.old_ref and change.new_ref and change.old_ref != change.new_ref:
        return f"{change.old_ref} → {change.new_ref}"
    return change.new_ref or change.old_ref


def marked_differences(old: str, new: str) -> tuple[str, str]:
    """HTML of both wordings with the words only in the old struck out and those only in the new marked."""
    old_words, new_words = old.split(), new.split()
    old_html, new_html = [], []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        removed = html.escape(" ".join(old_words[i1:i2]))
        added = html.escape(" ".join(new_words[j1:j2]))
        if op == "equal":
            old_html.append(removed)
            new_html.append(added)
            continue
        if removed:
            old_html.append(f'<span style="{_REMOVED_STYLE}">{removed}</span>')
        if added:
            new_html.append(f'<span style="{_ADDED_STYLE}">{added}</span>')
    return " ".join(old_html), " ".join(new_html)


class TemplateChangeTableModel(CheckableRowsTableModel):
    """Rows of changes; column 0 carries the checkbox ("take this change"), all checked at first."""

    COLUMNS = (N_("Loại"), N_("TT"), N_("Nội dung cũ"), N_("Nội dung mới"))

    def set_rows(self, rows: Sequence[PlanChange], checked: Collection[Hashable] | None = None) -> None:
        super().set_rows(rows, self.checkable_keys(rows) if checked is None else checked)

    def check_key(self, row: PlanChange) -> str:
        return row.key

    def checked_keys(self) -> list[str]:
        return [change.key for change in self.checked_rows()]

    def cell_text(self, row: PlanChange, column: int) -> str:
        return (kind_label(row.kind), ref_text(row), row.old_text, row.new_text)[column]

    def tooltip_text(self, row: PlanChange, column: int) -> str | None:
        return self.cell_text(row, column)

    def cell_data(self, row: PlanChange, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(_KIND_COLOURS.get(row.kind, MUTED_COLOUR))
        return None
