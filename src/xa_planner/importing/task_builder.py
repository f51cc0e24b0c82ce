"""Decide which outline items are tasks and turn each into a ParsedTask with units, time frame and targets."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from xa_planner.domain.timeframes import parse_timeframe
from xa_planner.importing.inline_items import inline_items
from xa_planner.importing.label_recognizer import (
    CONTENT,
    DIRECTING,
    LEAD,
    PRODUCTS,
    SUPPORT,
    TARGETS,
    TIME,
    recognise_label,
)
from xa_planner.importing.lead_headings import lead_heading_units
from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.outline_builder import UNIT_HEADING, Node, ref_path
from xa_planner.importing.parsed_plan import (
    DOUBT_LABEL_GUESSED,
    DOUBT_NO_LEAD,
    DOUBT_TIMEFRAME,
    DOUBT_UNIT_RENAMED,
    DOUBT_UNIT_UNKNOWN,
    ParsedTask,
)
from xa_planner.importing.role_marks import split_roles
from xa_planner.importing.section_classifier import is_non_task_heading
from xa_planner.importing.sentence_leads import units_in_parentheses, units_in_sentence
from xa_planner.importing.target_extractor import extract_targets
from xa_planner.importing.unit_list_parser import (
    WrittenUnit,
    heading_units,
    looks_like_unit,
    parse_unit_list,
    unit_heading,
)

_TASK_FIELDS = (LEAD, SUPPORT, TIME, PRODUCTS, CONTENT)
_HEADING_KINDS = ("roman", "arabic1", "arabic2", "arabic3", "arabic4", "letter", UNIT_HEADING)
_INLINE_LEAD = re.compile(r"^([^:]{3,90}):\s*(\S.*)$", re.DOTALL)
_MARKED_PART = re.compile(r"^\s*[-+–•]\s*")


@dataclass(frozen=True)
class Scope:
    """What holds for a node from its ancestors: in a task section, under a heading, under a unit heading."""

    in_tasks: bool = True
    under_heading: bool = False
    group_units: tuple[WrittenUnit, ...] = ()  # a heading naming who leads the items under it
    group_text: str = ""
    section: str = ""


def _has_task_fields(node: Node) -> bool:
    return any(name in node.fields for name in _TASK_FIELDS)


def _child_scope(child: Node, scope: Scope) -> Scope:
    in_tasks = scope.in_tasks
    if child.kind in _HEADING_KINDS and is_non_task_heading(child.text):
        in_tasks = False
    group, group_text = scope.group_units, scope.group_text
    if child.kind in _HEADING_KINDS and (child.children or child.body) and not child.fields:
        units = lead_heading_units(child.text)
        if units:
            group, group_text = units, child.text.strip().rstrip(":")
    under = scope.under_heading or child.kind in _HEADING_KINDS
    section = f"{ref_path(child)} {child.text}".strip() if child.children else scope.section
    return Scope(in_tasks, under, group, group_text, section)


def _is_plain_task(child: Node, siblings: list[Node], scope: Scope) -> bool:
    """An unlabelled leaf item in a task section, among siblings that carry no labels either."""
    if child.children or child.kind == "roman" or not child.text.strip():
        return False
    if not scope.in_tasks or not (scope.under_heading or scope.group_units):
        return False
    if child.kind in _HEADING_KINDS and is_non_task_heading(child.text):
        return False
    if _points_to_appendix(child):
        return False
    return not any(s.fields for s in siblings) or _assigns_in_its_sentence(child)


_APPENDIX_POINTER = re.compile(r"\b(?:tai|theo|o)\s+(?:cac\s+)?phu luc\b")
_POINTER_WORDS = 40


def _points_to_appendix(node: Node) -> bool:
    """ "Các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo": the tasks are in the appendix."""
    parts = [node.text] + [p.full_text for p in node.body]
    text = " ".join(part for part in parts if not part.isupper())  # appendix titles are not text
    return len(text.split()) <= _POINTER_WORDS and bool(_APPENDIX_POINTER.search(ocr_fold(text)))


def _assigns_in_its_sentence(node: Node) -> bool:
    """ "Giao Sở Nội vụ chủ trì …" is a task even among siblings written with labelled fields."""
    return units_in_sentence(node.text) is not None


def collect_tasks(root: Node, plan_year: int | None) -> list[ParsedTask]:
    """Every task of the outline, in reading order."""
    tasks: list[ParsedTask] = []
    _walk(root, Scope(), plan_year, tasks)
    return tasks


def _walk(node: Node, scope: Scope, plan_year: int | None, out: list[ParsedTask]) -> None:
    for child in node.children:
        child_scope = _child_scope(child, scope)
        if _has_task_fields(child):
            out.extend(build_tasks(child, scope, plan_year))
            _walk_labelled_only(child, child_scope, plan_year, out)
        elif child.children:
            _walk(child, child_scope, plan_year, out)
        elif _is_plain_task(child, node.children, child_scope):
            # "1. Sở Y tế" over its own paragraph: the heading leads the paragraph's duty
            out.extend(build_tasks(child, child_scope if child.body else scope, plan_year))


def _walk_labelled_only(
    node: Node, scope: Scope, plan_year: int | None, out: list[ParsedTask]
) -> None:
    """Inside a labelled task only labelled items are tasks; the rest is the task's own text."""
    for child in node.children:
        if _has_task_fields(child):
            out.append(build_task(child, scope, plan_year))
        _walk_labelled_only(child, _child_scope(child, scope), plan_year, out)


def _own_text(node: Node) -> str:
    """The item's text without a "Tên nhiệm vụ:" label written after its number."""
    label = recognise_label(node.text, marked=False) if ":" in node.text[:40] else None
    return label.value if label and label.field == CONTENT and label.value else node.text


def _content_and_title(node: Node) -> tuple[str, str]:
    listed = [c for c in node.children if not _has_task_fields(c)]
    extra = "\n".join(f"{c.marker.label if c.marker else ''} {c.text}".strip() for c in listed)
    own = _own_text(node)
    if CONTENT in node.fields:
        content, title = node.fields[CONTENT].text, own
    elif node.body and _is_sentence(own):
        content, title = "\n".join([own] + [p.full_text for p in node.body]), ""
    elif node.body:
        content, title = "\n".join(p.full_text for p in node.body), own
    else:
        content, title = own, ""
    if extra:
        content = f"{content}\n{extra}"
    return content.strip(), (title.strip() or _short_title(content))


_TITLE_WORDS = 15


def _is_sentence(text: str) -> bool:
    """An item's own text that is a duty, not a short title over the paragraphs under it."""
    return len(text.split()) > _TITLE_WORDS and text.rstrip().endswith((".", ";"))


def _short_title(content: str) -> str:
    first = re.split(r"(?<=[.;:])\s|\n", content.strip(), maxsplit=1)[0]
    if len(first) <= 110:
        return first.rstrip(".;:")
    return first[:110].rsplit(" ", 1)[0] + "…"


def _units_text(field_text: str) -> str:
    """A unit field, where sub-items "+ Sở Y tế: thực hiện …" count only by their unit."""
    parts = []
    for line in field_text.split("\n"):
        line = _MARKED_PART.sub("", line).strip()
        match = _INLINE_LEAD.match(line)
        if match and (looks_like_unit(match.group(1)) or unit_heading(match.group(1))):
            line = match.group(1)
        parts.append(line)
    return "; ".join(p for p in parts if p)


def _lead(node: Node, content: str, scope: Scope) -> tuple[str, tuple[WrittenUnit, ...], str, str]:
    """(lead as written, its units when already resolved, supporters named in the sentence,
    content without an inline lead)."""
    if LEAD in node.fields:
        return _units_text(node.fields[LEAD].text), (), "", content
    match = _INLINE_LEAD.match(content)
    if match and unit_heading(match.group(1)):
        units = heading_units(match.group(1))
        return match.group(1).strip(), units, "", match.group(2).strip()
    sentence = units_in_sentence(content)
    if sentence and (sentence.explicit or not scope.group_units):
        return sentence.lead, (), sentence.support, content
    sentence = units_in_parentheses(content)
    if sentence:
        return sentence.lead, (), sentence.support, content
    if scope.group_units:
        return scope.group_text, scope.group_units, "", content
    return "", (), "", content


@dataclass
class TaskDraft:
    """The texts of one task before interpretation, from an outline item or a table row."""

    ref: str
    section: str
    title: str
    content: str
    fields: dict[str, str]
    lines: tuple[int, int]
    guessed: bool = False
    lead_written: str = ""
    lead_units: tuple[WrittenUnit, ...] = ()  # already resolved (a unit heading above the task)


def _draft(node: Node, scope: Scope) -> TaskDraft:
    content, title = _content_and_title(node)
    lead_text, lead_units, sentence_support, content = _lead(node, content, scope)
    fields = {name: value.text for name, value in node.fields.items()}
    fields.pop(LEAD, None)
    if sentence_support and SUPPORT not in fields:
        fields[SUPPORT] = sentence_support
    if scope.group_units and scope.group_text == node.text.strip().rstrip(":"):
        title = _short_title(content)  # the heading names the lead, not the duty
    return TaskDraft(
        ref=ref_path(node),
        section=scope.section,
        title=title,
        content=content,
        fields=fields,
        lines=(node.first_line, node.end_line),
        guessed=any(value.guessed for value in node.fields.values()),
        lead_written=lead_text,
        lead_units=lead_units,
    )


def build_task(node: Node, scope: Scope, plan_year: int | None) -> ParsedTask:
    """A ParsedTask from an outline item and its labelled fields."""
    return finish_task(_draft(node, scope), plan_year)


def build_tasks(node: Node, scope: Scope, plan_year: int | None) -> list[ParsedTask]:
    """The tasks of an outline item: one, or one per duty it numbers inline ("(1) …; (2) …")."""
    draft = _draft(node, scope)
    _preamble, items = inline_items(draft.content) if not node.fields else ("", [])
    if not items:
        return [finish_task(draft, plan_year)]
    return [finish_task(_item_draft(draft, label, text), plan_year) for label, text in items]


def _item_draft(draft: TaskDraft, label: str, text: str) -> TaskDraft:
    """One inline duty, led by the item's lead unless its own sentence names another."""
    sentence = units_in_sentence(text)
    fields = dict(draft.fields)
    lead_written, lead_units = draft.lead_written, draft.lead_units
    if sentence and sentence.explicit:
        lead_written, lead_units = sentence.lead, ()
        if sentence.support:
            fields[SUPPORT] = sentence.support
    return replace(
        draft,
        ref=f"{draft.ref}.{label}",
        title=_short_title(text),
        content=text,
        fields=fields,
        lead_written=lead_written,
        lead_units=lead_units,
    )


def _doubts(
    guessed: bool, lead: tuple[WrittenUnit, ...], units: tuple[WrittenUnit, ...], unread: bool
) -> list[str]:
    flags = (
        (guessed, DOUBT_LABEL_GUESSED),
        (not lead, DOUBT_NO_LEAD),
        (any(not u.known for u in lead), DOUBT_UNIT_UNKNOWN),
        (unread, DOUBT_TIMEFRAME),
        (any(u.renamed for u in units), DOUBT_UNIT_RENAMED),
    )
    return [code for raised, code in flags if raised]


def _currents(units: tuple[WrittenUnit, ...]) -> list[str]:
    return list(dict.fromkeys(unit.current for unit in units))


@dataclass(frozen=True)
class _Units:
    """Who leads and who supports a task: the texts as written and each unit in them."""

    lead_text: str
    lead: tuple[WrittenUnit, ...]
    support_text: str
    support: tuple[WrittenUnit, ...]

    def fields(self) -> dict:
        return {
            "lead": _currents(self.lead),
            "support": _currents(self.support),
            "lead_text": self.lead_text,
            "support_text": self.support_text,
            "lead_written": [u.written for u in self.lead],
            "lead_current": [u.current for u in self.lead],
            "support_written": [u.written for u in self.support],
            "support_current": [u.current for u in self.support],
        }


def _units_of(draft: TaskDraft) -> _Units:
    lead_text = draft.lead_written or _units_text(draft.fields.get(LEAD, ""))
    lead_text, support_in_lead = split_roles(lead_text)
    lead = draft.lead_units or (parse_unit_list(lead_text).units if lead_text else ())
    support_text = _units_text(draft.fields.get(SUPPORT, "")) or support_in_lead
    support = parse_unit_list(support_text).units if support_text else ()
    return _Units(lead_text, lead, support_text, support)


def finish_task(draft: TaskDraft, plan_year: int | None) -> ParsedTask:
    """Resolve units, the time frame and targets of a draft, and note what is doubtful."""
    units = _units_of(draft)
    timeframe_text = draft.fields.get(TIME, "")
    timeframe = parse_timeframe(timeframe_text, plan_year=plan_year)
    products = draft.fields.get(PRODUCTS, "")
    unread = bool(timeframe_text) and not timeframe.understood
    return ParsedTask(
        ref=draft.ref,
        content=draft.content,
        section=draft.section,
        title=draft.title or _short_title(draft.content),
        **units.fields(),
        timeframe=timeframe_text,
        due=timeframe.due,
        recurrence=timeframe.recurrence,
        start=timeframe.start,
        products=products,
        directing_docs=draft.fields.get(DIRECTING, ""),
        targets=extract_targets(
            draft.content, products, draft.fields.get(TARGETS, ""), timeframe_text
        ),
        source_lines=draft.lines,
        doubts=_doubts(draft.guessed, units.lead, units.lead + units.support, unread),
    )
