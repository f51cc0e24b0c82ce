"""The monthly report as a typed, immutable value (ND 30 head, sections, tables) and its one JSON form."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from xa_planner.domain.signature_block import SignatureBlock

REPORT_SCHEMA = 1


@dataclass(frozen=True)
class StatusCount:
    status_class: str  # a ReportCategory value (status × timing)
    label: str
    count: int


@dataclass(frozen=True)
class OfficeLine:
    """One lead office: its tasks by status, and how many unfinished ones are past their date.

    done + in_progress + not_started + dropped = led; overdue counts among the unfinished.
    """

    office: str
    led: int
    done: int
    in_progress: int
    overdue: int
    not_started: int = 0  # 0 in older sent copies, which counted these as in progress
    dropped: int = 0

    def cells(self) -> tuple[int, ...]:
        """The figures of the office table's row, in OFFICE_COLUMNS order."""
        return (self.led, self.done, self.in_progress, self.not_started, self.dropped, self.overdue)

    @property
    def done_percent(self) -> float:
        return 100.0 * self.done / self.led if self.led else 0.0


@dataclass(frozen=True)
class TaskLine:
    ref: str
    content: str
    lead: str
    due: dt.date | None
    status_class: str  # a ReportCategory value
    status_label: str
    result_note: str
    recurrence: str | None = None


@dataclass(frozen=True)
class IndicatorLine:
    """A row of the TT | Chỉ tiêu | Kết quả | Tỷ lệ | Mức giao | Đánh giá table, texts and figures."""

    number: str
    name: str
    result: str
    ratio: str
    assigned: str
    assessment: str
    kind: str
    unit: str
    cumulative: bool
    direction: str
    measured: float | None
    assigned_level: float | None
    met: bool | None
    margin: float | None
    numerator: float | None = None
    denominator: float | None = None

    def cells(self) -> tuple[str, ...]:
        return (self.number, self.name, self.result, self.ratio, self.assigned, self.assessment)


@dataclass(frozen=True)
class Remark:
    """A difficulty or a proposal, with the office that raised it."""

    office: str
    text: str


@dataclass(frozen=True)
class ReportSection:
    key: str
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class MonthlyReport:
    """The month's report: ND 30 head, sections I–V and the tables built from the month's data."""

    commune: str
    province: str
    year: int
    month: int
    window_start: dt.date
    window_end: dt.date
    deadline: dt.date
    plan_title: str
    issuing_body: str
    superior_body: str
    number: str
    place: str
    issued_on: dt.date | None
    recipients: tuple[str, ...]
    signature: SignatureBlock
    status_counts: tuple[StatusCount, ...]
    offices: tuple[OfficeLine, ...]
    tasks: tuple[TaskLine, ...]
    indicators: tuple[IndicatorLine, ...]
    difficulties: tuple[Remark, ...]
    proposals: tuple[Remark, ...]
    next_focus: tuple[TaskLine, ...]
    sections: tuple[ReportSection, ...]
    recipient_email: str = ""
    prepared_on: dt.date | None = None
    title: str = "BÁO CÁO"
    addressee: str = ""  # "Công an tỉnh Quảng Trị (qua PC06)": the email's "Kính gửi"
    recipient_code: str = ""  # "PC06": named in the email's subject

    @property
    def period_key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def month_label(self) -> str:
        """ "06/2026"."""
        return f"{self.month:02d}/{self.year}"

    @property
    def summary(self) -> str:
        return f"Kết quả thực hiện Đề án 06 tháng {self.month_label}"

    @property
    def period_line(self) -> str:
        return f"(Kỳ báo cáo từ ngày {_dmy(self.window_start)} đến ngày {_dmy(self.window_end)})"

    @property
    def commune_title(self) -> str:
        """ "Xã Vĩnh Thủy"."""
        return f"Xã {self.commune}".strip()

    @property
    def task_total(self) -> int:
        return sum(count.count for count in self.status_counts)

    def count_of(self, *status_classes: str) -> int:
        wanted = set(status_classes)
        return sum(c.count for c in self.status_counts if c.status_class in wanted)

    def section(self, key: str) -> ReportSection:
        return next(s for s in self.sections if s.key == key)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values (dates as ISO text), e.g. the frozen copy of a sent report."""
        return _jsonable(dataclasses.asdict(self)) | {"schema": REPORT_SCHEMA}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MonthlyReport:
        return _build(cls, data)


def _dmy(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _build(kind, value):
    """Rebuild a (nested, frozen) dataclass from its JSON form, following the type hints."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _build(options[0], value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_build(item, v) for v in value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        names = {f.name for f in dataclasses.fields(kind)}
        return kind(**{k: _build(hints[k], v) for k, v in value.items() if k in names})
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    return value
