"""ImportDraft: a parsed plan under review — split, merge, add, drop, move and edit tasks; no Qt."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from xa_planner.domain.plans import Template
from xa_planner.domain.timeframes import parse_timeframe
from xa_planner.importing.parsed_plan import (
    DOUBT_NO_LEAD,
    DOUBT_TIMEFRAME,
    DOUBT_UNIT_UNKNOWN,
    DocumentInfo,
    ParsedPlan,
    ParsedTask,
)

EDITABLE_FIELDS = frozenset(
    {"ref", "section", "title", "content", "lead", "support", "timeframe", "products", "directing_docs"}
)
UNIT_SEPARATOR = ";"


def split_units(text: str) -> list[str]:
    """ "Công an tỉnh; Sở Tư pháp" → ["Công an tỉnh", "Sở Tư pháp"] (empty parts dropped)."""
    return [part.strip() for part in text.split(UNIT_SEPARATOR) if part.strip()]


def join_units(units: list[str]) -> str:
    return f"{UNIT_SEPARATOR} ".join(units)


class ImportDraft:
    """The officer's working copy of a parsed plan; every change goes through one method."""

    def __init__(self, parsed: ParsedPlan, source_name: str, source_sha256: str) -> None:
        self.document = dataclasses.replace(parsed.document)
        self.tasks: list[ParsedTask] = [copy.deepcopy(task) for task in parsed.tasks]
        self.source_lines = list(parsed.source_lines)
        self.reading_warnings = tuple(parsed.warnings)  # about the file as read; kept as read
        self.source_name = source_name
        self.source_sha256 = source_sha256
        self.changed = False

    # --- document ----------------------------------------------------------------------
    def set_document(self, *, number: str, date: dt.date | None, issuer: str, title: str) -> None:
        new = DocumentInfo(number.strip(), date, issuer.strip(), title.strip())
        if new != self.document:
            self.document = new
            self.changed = True

    # --- tasks -------------------------------------------------------------------------
    def edit(self, index: int, **fields) -> None:
        """Change fields of one task; lead/support are lists of unit names, the rest text."""
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        task = self.tasks[index]
        changes = {k: v for k, v in fields.items() if getattr(task, k) != v}
        if not changes:
            return
        old_content = task.content
        for name, value in changes.items():
            setattr(task, name, list(value) if name in ("lead", "support") else value)
        if "content" in changes and "title" not in fields and _is_auto_title(task.title, old_content):
            task.title = _title(task.content)
        if "lead" in changes:
            task.lead_text = join_units(task.lead)
            _drop_doubts(task, DOUBT_UNIT_UNKNOWN)
        if "support" in changes:
            task.support_text = join_units(task.support)
        if "timeframe" in changes:
            _reschedule(task, self.document.date.year if self.document.date else None)
        _set_doubt(task, DOUBT_NO_LEAD, not task.lead)
        self.changed = True

    def split(self, index: int, at: int) -> int:
        """Cut a task's content at character *at*: the second part becomes a new task after it."""
        task = self.tasks[index]
        head, tail = task.content[:at].rstrip(), task.content[at:].strip()
        if not head or not tail:
            raise ValueError("a split needs text on both sides")
        second = copy.deepcopy(task)
        task.content, second.content = head, tail
        task.title, second.title = _title(head), _title(tail)
        second.ref = f"{task.ref}b" if task.ref else ""
        self.tasks.insert(index + 1, second)
        self.changed = True
        return index + 1

    def merge_with_next(self, index: int) -> None:
        """Join a task with the one after it: contents, units, products and source lines."""
        if not 0 <= index < len(self.tasks) - 1:
            raise IndexError("no next task to merge with")
        task, nxt = self.tasks[index], self.tasks.pop(index + 1)
        task.content = _joined(task.content, nxt.content, "\n")
        task.lead = list(dict.fromkeys(task.lead + nxt.lead))
        task.support = list(dict.fromkeys(s for s in task.support + nxt.support if s not in task.lead))
        task.lead_text, task.support_text = join_units(task.lead), join_units(task.support)
        task.timeframe = _joined(task.timeframe, nxt.timeframe, "; ")
        task.products = _joined(task.products, nxt.products, "; ")
        task.directing_docs = _joined(task.directing_docs, nxt.directing_docs, "; ")
        task.targets = task.targets + nxt.targets
        task.source_lines = _line_union(task.source_lines, nxt.source_lines)
        task.doubts = list(dict.fromkeys(task.doubts + nxt.doubts))
        _set_doubt(task, DOUBT_NO_LEAD, not task.lead)
        self.changed = True

    def add_after(self, index: int) -> int:
        """A new, empty task after *index* (-1: at the start) in the same section."""
        section = self.tasks[index].section if 0 <= index < len(self.tasks) else ""
        self.tasks.insert(index + 1, ParsedTask(ref="", content="", section=section, doubts=[DOUBT_NO_LEAD]))
        self.changed = True
        return index + 1

    def drop(self, index: int) -> None:
        del self.tasks[index]
        self.changed = True

    def move(self, index: int, delta: int) -> int:
        """Move a task up (delta -1) or down (+1); returns its new index."""
        target = index + delta
        if not 0 <= target < len(self.tasks):
            return index
        self.tasks[index], self.tasks[target] = self.tasks[target], self.tasks[index]
        self.changed = True
        return target

    # --- result ------------------------------------------------------------------------
    def doubtful(self, index: int) -> bool:
        return bool(self.tasks[index].doubts)

    def to_template(self) -> Template:
        """The reviewed plan as a template; tasks left without any content are not kept."""
        kept = [t for t in self.tasks if t.content.strip() or t.title.strip()]
        plan = ParsedPlan(self.document, kept, self.source_lines)
        return plan.to_template(self.source_name, self.source_sha256)

    def source_text(self) -> str:
        return "\n".join(self.source_lines)


def _title(content: str, limit: int = 110) -> str:
    text = " ".join(content.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _is_auto_title(title: str, content: str) -> bool:
    """Whether *title* was cut from *content* (so it follows the content's edits)."""
    stem = title.rstrip("…").strip()
    return not stem or " ".join(content.split()).startswith(stem)


def _joined(first: str, second: str, separator: str) -> str:
    parts = [p.strip() for p in (first, second) if p and p.strip()]
    if len(parts) == 2 and parts[0] == parts[1]:
        return parts[0]
    return separator.join(parts)


def _line_union(first: tuple[int, int], second: tuple[int, int]) -> tuple[int, int]:
    ranges = [r for r in (first, second) if r and r[0] > 0]
    if not ranges:
        return (0, 0)
    return (min(r[0] for r in ranges), max(r[1] for r in ranges))


def _set_doubt(task: ParsedTask, code: str, present: bool) -> None:
    if present and code not in task.doubts:
        task.doubts.append(code)
    elif not present:
        _drop_doubts(task, code)


def _drop_doubts(task: ParsedTask, code: str) -> None:
    task.doubts = [d for d in task.doubts if d != code]


def _reschedule(task: ParsedTask, plan_year: int | None) -> None:
    """Read the edited time frame again, "Quý IV" or "30/6" in the document's year; an unreadable one stays flagged."""
    frame = parse_timeframe(task.timeframe, plan_year=plan_year)
    task.due, task.recurrence, task.start = frame.due, frame.recurrence, frame.start
    _set_doubt(task, DOUBT_TIMEFRAME, bool(task.timeframe.strip()) and not frame.understood)
