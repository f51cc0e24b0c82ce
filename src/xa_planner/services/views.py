"""Plain, immutable values the services hand to the GUI and the CLI (never ORM rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from xa_planner.domain.indicators import IndicatorValue
from xa_planner.domain.statuses import ProgressStatus, TaskStanding
from xa_planner.domain.stored import StoredIndicator


@dataclass(frozen=True)
class PlanSummary:
    id: int
    year: int
    title: str
    number: str
    task_count: int
    is_current: bool


@dataclass(frozen=True)
class PlanRow:
    """One row of the plan table: a task with its offices already named."""

    task_id: int
    section_ref: str
    section_title: str
    ref: str
    content: str
    directing_docs: str
    lead_office: str
    support_offices: tuple[str, ...]
    responsible_person: str
    due: dt.date | None
    timeframe: str
    products: str
    targets: str
    source_ref: str
    lead_office_id: int | None = None
    support_office_ids: tuple[int, ...] = ()
    section_id: int | None = None
    recurrence: str | None = None
    version: int = 0


@dataclass(frozen=True)
class TrackingRow:
    """One row of the tracking page for the chosen month."""

    task_id: int
    section_ref: str
    ref: str
    content: str
    lead_office: str
    due: dt.date | None
    status: ProgressStatus | None  # as reported for the month; None: nobody reported yet
    standing: TaskStanding  # status (unreported: chưa triển khai) × timing, from classify()
    result_note: str
    difficulties: str
    proposals: str
    previous_status: ProgressStatus | None
    previous_note: str
    revision: int = 0
    recurrence: str | None = None  # "continuous" (Thường xuyên), "monthly"… beside or instead of a due date


@dataclass(frozen=True)
class TemplateSummary:
    id: int
    title: str
    doc_number: str
    doc_date: dt.date | None
    issuer: str
    source_name: str
    task_count: int
    imported_at: dt.datetime | None


@dataclass(frozen=True)
class OfficeProgress:
    office: str
    total: int
    done: int
    overdue: int


@dataclass(frozen=True)
class DeadlineTask:
    task_id: int
    ref: str
    content: str
    lead_office: str
    due: dt.date


@dataclass(frozen=True)
class HomeSummary:
    """What the home page shows: the next deadline and what needs attention."""

    commune_name: str
    period_key: str
    report_deadline: dt.date
    days_left: int
    plan_title: str | None
    task_count: int
    overdue: tuple[DeadlineTask, ...]
    due_soon: tuple[DeadlineTask, ...]
    office_progress: tuple[OfficeProgress, ...]
    status_counts: dict[str, int]  # ReportCategory value → tasks, as the month's report counts them
    last_report_sent: dt.datetime | None


@dataclass(frozen=True)
class IndicatorProgress:
    """One indicator of the reported month: the measured figure against the assigned level."""

    name: str
    kind: str  # ratio, number, yes_no
    unit: str
    direction: str  # ">=" or "<="
    measured: float | None
    assigned_level: float | None
    met: bool | None


@dataclass(frozen=True)
class AwaitedSheet:
    """An office whose sheet for the reported month has not come back."""

    office: str
    exported_at: dt.datetime | None  # None: no sheet was sent to it for the month


@dataclass(frozen=True)
class HomeDetails:
    """The home page's second look, loaded after the first paint: sheets and indicators."""

    period_key: str
    awaited_sheets: tuple[AwaitedSheet, ...] = ()
    indicators: tuple[IndicatorProgress, ...] = ()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime
    size_bytes: int
    kind: str  # "recent", "daily", "weekly", "monthly", "before-migration", "manual"…


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    integrity: str
    foreign_key_problems: int
    schema_revision: str
    messages: tuple[str, ...]


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    detail: str
    code: str = ""  # the action's stable code ("task.update"), for filters and scripts


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator for one month: the value entered, last month's, and the assessment."""

    indicator: StoredIndicator
    value: IndicatorValue | None
    previous: IndicatorValue | None
    measured: float | None
    met: bool | None
    margin: float | None
