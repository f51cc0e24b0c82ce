"""DerivationPreviewModel: the commune tasks a derivation would create, with what still needs a look."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from xa_planner.domain.plans import PlanTask
from xa_planner.gui.rows_table_model import RowsTableModel
from xa_planner.gui.task_labels import SERIOUS_FLAGS, flag_label, schedule_text
from xa_planner.localization import N_

_SERIOUS_BACKGROUND = QColor("#fde2e2")
_NOTICE_BACKGROUND = QColor("#fff2cc")


class DerivationPreviewModel(RowsTableModel):
    COLUMNS = (
        N_("TT"),
        N_("Nhiệm vụ"),
        N_("Chủ trì"),
        N_("Phối hợp"),
        N_("Thời hạn"),
        N_("Nhiệm vụ tỉnh"),
        N_("Cần xem lại"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._office_names: dict[int, str] = {}
        self._flags: dict[str, tuple[str, ...]] = {}

    def set_preview(self, tasks: Sequence[PlanTask], office_names: Mapping[int, str],
                    flags: Mapping[str, tuple[str, ...]]) -> None:
        self._office_names = dict(office_names)
        self._flags = dict(flags)
        self.set_rows(tasks)

    def flags_of(self, task: PlanTask) -> tuple[str, ...]:
        return self._flags.get(task.ref, ())

    def cell_text(self, row: PlanTask, column: int) -> str:
        match column:
            case 0:
                return row.ref
            case 1:
                return " ".join(row.content.split())
            case 2:
                return self._office_names.get(row.lead_office_id, "") if row.lead_office_id else ""
            case 3:
                return "; ".join(self._office_names.get(i, "") for i in row.support_office_ids)
            case 4:
                return schedule_text(row.due, row.recurrence) or row.timeframe
            case 5:
                return row.source_ref
            case _:
                return "; ".join(flag_label(code) for code in self.flags_of(row))

    def cell_data(self, row: PlanTask, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.BackgroundRole:
            return None
        flags = set(self.flags_of(row))
        if flags & SERIOUS_FLAGS:
            return _SERIOUS_BACKGROUND
        return _NOTICE_BACKGROUND if column == 6 and flags else None
