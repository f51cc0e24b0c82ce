"""What the importer found in a plan file: document facts, tasks with provenance, and warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from xa_planner.domain.doubts import Doubt
from xa_planner.domain.plans import Target, Template, TemplateTask
from xa_planner.domain.target_json import targets_to_json
from xa_planner.importing.plan_warning import ParsedWarning
from xa_planner.importing.source_document import LinePlace

# Doubt codes shown (translated) on the review screen, by the names the importer uses.
DOUBT_LABEL_GUESSED = Doubt.LABEL_GUESSED
DOUBT_NO_LEAD = Doubt.NO_LEAD
DOUBT_TIMEFRAME = Doubt.TIMEFRAME
DOUBT_UNIT_UNKNOWN = Doubt.UNIT_UNKNOWN
DOUBT_TARGET = Doubt.TARGET
DOUBT_UNIT_RENAMED = Doubt.UNIT_RENAMED
LOW_CONFIDENCE_DOUBTS = frozenset(
    {DOUBT_LABEL_GUESSED, DOUBT_NO_LEAD, DOUBT_TIMEFRAME, DOUBT_UNIT_UNKNOWN}
)


@dataclass
class DocumentInfo:
    """The plan's number ("113/KH-UBND"), date, issuing body and title."""

    number: str = ""
    date: dt.date | None = None
    issuer: str = ""
    title: str = ""

    def to_json_dict(self) -> dict:
        return {
            "number": self.number,
            "date": self.date.isoformat() if self.date else None,
            "issuer": self.issuer,
            "title": self.title,
        }


@dataclass
class ParsedTask:
    """One task as read from the plan, with the lines it came from and the parser's doubts."""

    ref: str
    content: str
    section: str = ""
    title: str = ""
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    lead_text: str = ""  # the unit text as written in the plan
    support_text: str = ""
    # Each unit as the plan names it, and beside it (same position) the name it has now.
    lead_written: list[str] = field(default_factory=list)
    lead_current: list[str] = field(default_factory=list)
    support_written: list[str] = field(default_factory=list)
    support_current: list[str] = field(default_factory=list)
    timeframe: str = ""
    due: dt.date | None = None
    recurrence: str | None = None
    start: dt.date | None = None
    products: str = ""
    directing_docs: str = ""
    targets: list[Target] = field(default_factory=list)
    source_lines: tuple[int, int] = (0, 0)  # 1-based, inclusive, into ParsedPlan.source_lines
    doubts: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> str:
        return "low" if LOW_CONFIDENCE_DOUBTS.intersection(self.doubts) else "high"

    def to_json_dict(self) -> dict:
        return {
            "ref": self.ref,
            "section": self.section,
            "title": self.title,
            "content": self.content,
            **_units_json("lead", self.lead, self.lead_written, self.lead_current),
            **_units_json("support", self.support, self.support_written, self.support_current),
            "timeframe": self.timeframe,
            "due": self.due.isoformat() if self.due else None,
            "recurrence": self.recurrence,
            "products": self.products,
            "targets": targets_to_json(self.targets),
            "directing_docs": self.directing_docs,
            "source_lines": [self.source_lines[0], self.source_lines[1]],
            "confidence": self.confidence,
            "doubts": list(self.doubts),
        }

    def to_template_task(self, position: int) -> TemplateTask:
        return TemplateTask(
            ref=self.ref,
            content=self.content,
            section=self.section,
            title=self.title,
            lead=tuple(self.lead),
            support=tuple(self.support),
            timeframe=self.timeframe,
            due=self.due,
            recurrence=self.recurrence,
            products=self.products,
            directing_docs=self.directing_docs,
            targets=tuple(self.targets),
            source_lines=self.source_lines,
            doubtful=tuple(self.doubts),
            position=position,
        )


def _units_json(role: str, names: list[str], written: list[str], current: list[str]) -> dict:
    """ "lead": the names as written; "lead_current": at the same positions, their names now.

    When the review changed the units, the written names no longer describe them: both lists
    are then the units as they stand.
    """
    if set(current) != set(names) or len(written) != len(current):
        written, current = list(names), list(names)
    return {role: list(written), f"{role}_current": list(current)}


@dataclass
class ParsedPlan:
    """The result of reading one plan file, ready for the review screen."""

    document: DocumentInfo
    tasks: list[ParsedTask]
    source_lines: list[str]
    warnings: list[ParsedWarning] = field(default_factory=list)  # worded where shown
    # For a scan: where each recognised line (1-based number) sits on its page.
    source_places: dict[int, LinePlace] = field(default_factory=dict)

    def to_json_dict(self) -> dict:
        """The `xa-planner parse --json` contract."""
        return {
            "document": self.document.to_json_dict(),
            "tasks": [task.to_json_dict() for task in self.tasks],
        }

    def to_template(self, source_name: str, source_sha256: str) -> Template:
        return Template(
            id=None,
            title=self.document.title,
            doc_number=self.document.number,
            doc_date=self.document.date,
            issuer=self.document.issuer,
            source_name=source_name,
            source_sha256=source_sha256,
            tasks=tuple(task.to_template_task(i) for i, task in enumerate(self.tasks)),
        )
