"""Plain values of the office-sheet round trip: what an import would change, and what it did."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from xa_planner.domain.statuses import ProgressStatus

if TYPE_CHECKING:  # the reader loads openpyxl; these plain views must not, they reach the GUI
    from xa_planner.importing.errors import ImportRejected
    from xa_planner.importing.office_sheet_reader import SheetProblem


class SheetRefusalKind(StrEnum):
    """Why a returned file is not imported at all; worded where it is shown (sheet_problem_texts)."""

    TOO_LARGE = "too_large"
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # the operating system's reason in params["reason"]
    REJECTED = "rejected"  # the reader's refusal, in SheetRefusal.rejected
    MONTH_UNREADABLE = "month_unreadable"
    OTHER_COMMUNE = "other_commune"
    OTHER_PLAN = "other_plan"
    OTHER_MONTH = "other_month"
    OFFICE_GONE = "office_gone"
    CHECKSUM = "checksum"
    MONTH_LOCKED = "month_locked"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class SheetRefusal:
    """A refusal as a kind and the words it names (the file, the other commune, the month…)."""

    kind: SheetRefusalKind
    params: Mapping[str, str | int] = field(default_factory=dict)
    rejected: ImportRejected | None = None

    @classmethod
    def of(cls, kind: SheetRefusalKind, **params: str | int) -> SheetRefusal:
        return cls(kind, params)


@dataclass(frozen=True)
class TaskChange:
    """One task of one sheet: what the month holds now and what the sheet says."""

    task_id: int
    ref: str
    content: str
    old_status: ProgressStatus | None
    new_status: ProgressStatus
    old_note: str
    new_note: str
    old_difficulties: str
    new_difficulties: str
    old_proposals: str
    new_proposals: str
    completed_on: dt.date | None
    seen_revision: int  # 0: the task had no entry for the month when previewed


@dataclass(frozen=True)
class IndicatorChange:
    indicator_id: int
    name: str
    old_value: float | None
    new_value: float


@dataclass(frozen=True)
class SheetPreview:
    """One returned file: whose it is, what it would change, and why it may be refused."""

    path: str
    file_name: str
    commune: str = ""
    plan_id: int | None = None
    period_key: str = ""
    office_id: int | None = None
    office_name: str = ""
    changes: tuple[TaskChange, ...] = ()
    indicator_changes: tuple[IndicatorChange, ...] = ()
    problems: tuple[SheetProblem, ...] = ()
    unchanged: int = 0
    refused: SheetRefusal | None = None  # why nothing of this file is applied


@dataclass(frozen=True)
class ImportPreview:
    sheets: tuple[SheetPreview, ...]

    @property
    def refused(self) -> tuple[SheetPreview, ...]:
        return tuple(s for s in self.sheets if s.refused)

    @property
    def accepted(self) -> tuple[SheetPreview, ...]:
        return tuple(s for s in self.sheets if not s.refused)


@dataclass(frozen=True)
class ImportSummary:
    sheets_applied: int
    tasks_changed: int
    indicators_changed: int
    refused_files: tuple[str, ...] = ()


@dataclass(frozen=True)
class MissingSheet:
    """An office whose sheet for the month has not come back yet."""

    office_id: int
    office_name: str
    exported_at: dt.datetime | None
