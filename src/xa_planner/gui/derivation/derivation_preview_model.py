"""DerivationPreviewModel: the commune tasks a derivation would create, with what still needs a look."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from xa_planner.domain.commune_wording import WordingSuggestion
from xa_planner.domain.plans import PlanTask
from xa_planner.gui.widgets.checkable_rows_model import CheckableRowsTableModel
from xa_planner.gui.widgets.task_labels import SERIOUS_FLAGS, flag_label, schedule_text
from xa_planner.localization import N_, _

_SERIOUS_BACKGROUND = QColor("#fde2e2")
_NOTICE_BACKGROUND = QColor("#fff2cc")


class DerivationPreviewModel(CheckableRowsTableModel):
    """The "Lời văn cho xã" column names the province's words in a task and offers its commune
    wording (in the tooltip); ticking it makes the task read that way (the content column
    follows), so the officer sees the new wording where the task is read."""

    COLUMNS = (
        N_("TT"),
        N_("Nhiệm vụ"),
        N_("Chủ trì"),
        N_("Phối hợp"),
        N_("Thời hạn"),
        N_("Nhiệm vụ tỉnh"),
        N_("Cần xem lại"),
        N_("Lời văn cho xã"),
    )
    CONTENT_COLUMN, FLAGS_COLUMN, WORDING_COLUMN = 1, 6, 7
    CHECK_COLUMN = WORDING_COLUMN  # ticked: the task takes the commune wording

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._office_names: dict[int, str] = {}
        self._flags: dict[str, tuple[str, ...]] = {}
        self._wordings: dict[int, WordingSuggestion] = {}
        self._misread: set[str] = set()

    def set_preview(
        self,
        tasks: Sequence[PlanTask],
        office_names: Mapping[int, str],
        flags: Mapping[str, tuple[str, ...]],
        wordings: Mapping[int, WordingSuggestion] | None = None,
        accepted: Collection[int] = (),
        misread: Collection[str] = (),
    ) -> None:
        self._office_names = dict(office_names)
        self._flags = dict(flags)
        self._wordings = dict(wordings or {})
        self._misread = set(misread)
        self.set_rows(tasks, checked={i for i in accepted if i in self._wordings})

    def flags_of(self, task: PlanTask) -> tuple[str, ...]:
        return self._flags.get(task.ref, ())

    def wording_of(self, task: PlanTask) -> WordingSuggestion | None:
        return self._wordings.get(task.source_task_id) if task.source_task_id is not None else None

    def check_key(self, row: PlanTask) -> int | None:
        """The source task: its commune wording is what the box takes (no box without one)."""
        return row.source_task_id if self.wording_of(row) is not None else None

    def accepted_wordings(self) -> set[int]:
        """Source task ids whose commune wording the officer ticked."""
        return {key for key in self._checked if isinstance(key, int)}

    def in_province_voice(self) -> int:
        """Tasks still worded as the province wrote them."""
        return len(self._wordings.keys() - self._checked)

    def cell_text(self, row: PlanTask, column: int) -> str:
        wording = self.wording_of(row)
        match column:
            case 0:
                return row.ref
            case 1:
                text = row.content
                if wording is not None:
                    text = wording.text if self.is_checked(row) else wording.original
                return " ".join(text.split())
            case 2:
                return self._office_names.get(row.lead_office_id, "") if row.lead_office_id else ""
            case 3:
                return "; ".join(self._office_names.get(i, "") for i in row.support_office_ids)
            case 4:
                return schedule_text(row.due, row.recurrence) or row.timeframe
            case 5:
                return row.source_ref
            case 6:
                labels = [flag_label(code) for code in self.flags_of(row)]
                misread = [_("Chữ có vẻ bị nhận dạng sai")] if row.ref in self._misread else []
                return "; ".join(misread + labels)
            case _:  # the province's words that the commune wording replaces
                return "; ".join(f"“{p}”" for p in wording.phrases) if wording is not None else ""

    def tooltip_text(self, row: PlanTask, column: int) -> str | None:
        if column != self.WORDING_COLUMN:
            return super().tooltip_text(row, column)
        wording = self.wording_of(row)
        if wording is None:
            return None
        return _("Lời văn của tỉnh: {phrases}. Đánh dấu để dùng lời văn cho xã: {text}").format(
            phrases="; ".join(f"“{p}”" for p in wording.phrases), text=wording.text
        )

    def cell_data(self, row: PlanTask, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.BackgroundRole:
            return None
        flags = set(self.flags_of(row))
        if flags & SERIOUS_FLAGS:
            return _SERIOUS_BACKGROUND
        if column == self.WORDING_COLUMN:
            return _NOTICE_BACKGROUND if self.wording_of(row) is not None and not self.is_checked(row) else None
        noticed = bool(flags) or row.ref in self._misread
        return _NOTICE_BACKGROUND if column == self.FLAGS_COLUMN and noticed else None
