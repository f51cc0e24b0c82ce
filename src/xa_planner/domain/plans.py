"""Provincial templates and commune plans: sections, tasks, targets and their links."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Target:
    """A numeric target named in a task: "tối thiểu 81% công dân … có tài khoản định danh"."""

    text: str
    value: float | None = None
    unit: str = ""  # "%", "hồ sơ", "người"…
    measures: str = ""  # what is counted
    direction: str = ">="  # ">=" or "<="


@dataclass(frozen=True)
class TemplateTask:
    """A task of a provincial plan, as imported and reviewed, with where it came from."""

    ref: str
    content: str
    section: str = ""
    title: str = ""
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    timeframe: str = ""
    due: dt.date | None = None
    recurrence: str | None = None
    products: str = ""
    directing_docs: str = ""
    targets: tuple[Target, ...] = ()
    source_lines: tuple[int, int] | None = None
    doubtful: tuple[str, ...] = ()  # reasons the importer is not sure
    id: int | None = None
    position: int = 0


@dataclass(frozen=True)
class Template:
    """A provincial plan stored in the workspace, the starting point of a commune plan."""

    id: int | None
    title: str
    doc_number: str = ""
    doc_date: dt.date | None = None
    issuer: str = ""
    source_name: str = ""
    source_sha256: str = ""
    imported_at: dt.datetime | None = None
    tasks: tuple[TemplateTask, ...] = ()


@dataclass(frozen=True)
class PlanSection:
    """A Roman-numeral group of the appendix table."""

    id: int | None
    ref: str
    title: str
    position: int = 0


@dataclass(frozen=True)
class PlanTask:
    """A commune task: who leads, who supports, by when, producing what."""

    id: int | None
    section_id: int | None
    ref: str
    content: str
    lead_office_id: int | None = None
    support_office_ids: tuple[int, ...] = ()
    responsible_person: str = ""
    due: dt.date | None = None
    recurrence: str | None = None
    timeframe: str = ""
    products: str = ""
    directing_docs: str = ""
    targets: tuple[Target, ...] = ()
    source_task_id: int | None = None
    source_ref: str = ""
    position: int = 0
    version: int = 1


@dataclass(frozen=True)
class Plan:
    """The commune's own plan for a year (or period), derived from a template."""

    id: int | None
    year: int
    title: str
    number: str = ""
    issued_on: dt.date | None = None
    directing_doc: str = ""
    template_id: int | None = None
    is_current: bool = True
    sections: tuple[PlanSection, ...] = ()
    tasks: tuple[PlanTask, ...] = field(default_factory=tuple)
