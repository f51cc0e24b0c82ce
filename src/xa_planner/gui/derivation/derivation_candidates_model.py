"""DerivationCandidatesModel: the template's tasks with a check box each — which ones the commune takes on."""

from __future__ import annotations

from collections.abc import Sequence

from xa_planner.gui.widgets.checkable_rows_model import CheckableRowsTableModel
from xa_planner.localization import N_
from xa_planner.services.derivation_service import CandidateTask
from xa_planner.services.reason_texts import reason_text


class DerivationCandidatesModel(CheckableRowsTableModel):
    COLUMNS = (N_("Chọn"), N_("Mục"), N_("Số TT"), N_("Nội dung"), N_("Chủ trì"), N_("Lý do gợi ý"))
    CHECK_COLUMN, SECTION_COLUMN, CONTENT_COLUMN = 0, 1, 3

    def set_candidates(self, candidates: Sequence[CandidateTask], choices: dict[int, bool] | None = None) -> None:
        """Show *candidates*, checked as suggested unless *choices* (position → include) says otherwise."""
        chosen = [c.position for c in candidates if (choices or {}).get(c.position, c.include)]
        self.set_rows(candidates, checked=chosen)

    def check_key(self, row: CandidateTask) -> int:
        return row.position

    def choices(self) -> dict[int, bool]:
        return {c.position: self.is_checked(c) for c in self._rows}

    def checked_count(self) -> int:
        return len(self.checked_rows())

    def section_of(self, row: int) -> str | None:
        candidate = self.row_at(row)
        return candidate.section if candidate is not None else None

    def set_section_checked(self, section: str, checked: bool) -> None:
        self.set_checked([c for c in self._rows if c.section == section], checked)

    def restore_suggestions(self) -> None:
        self.set_checked([c for c in self._rows if c.include], True)
        self.set_checked([c for c in self._rows if not c.include], False)

    def cell_text(self, row: CandidateTask, column: int) -> str:
        return (
            "",
            row.section,
            row.ref,
            " ".join(row.content.split()),
            "; ".join(row.lead),
            reason_text(row.reason),  # worded now: the language may have changed
        )[column]

    def tooltip_text(self, row: CandidateTask, column: int) -> str | None:
        return self.cell_text(row, column) if column != self.CHECK_COLUMN else None
