"""Build the section tree of a plan's running text and attach labelled fields to the items they describe."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from xa_planner.importing.label_recognizer import CONTENT, LEAD, LabelMatch, recognise_label
from xa_planner.importing.lead_headings import lead_heading_units
from xa_planner.importing.markers import Marker
from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.paragraph_builder import Paragraph

_SUB_ITEM_KINDS = ("dash", "plus", "paren", "letter")


@dataclass
class FieldValue:
    """The text of one labelled field, possibly over several paragraphs."""

    parts: list[str]
    guessed: bool
    last_line: int

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.parts if p).strip()


@dataclass
class Node:
    """An item of the plan's outline: a numbered heading, a bullet, or an unnumbered task paragraph."""

    marker: Marker | None
    text: str
    first_line: int
    last_line: int
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)
    fields: dict[str, FieldValue] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.marker.kind if self.marker else "text"

    @property
    def end_line(self) -> int:
        ends = (
            [self.last_line]
            + [p.last_line for p in self.body]
            + [f.last_line for f in self.fields.values()]
        )
        ends += [child.end_line for child in self.children]
        return max(ends)

    def add_child(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child


UNIT_HEADING = "unit"  # an unnumbered "Sở Y tế:" line over the duties it leads
_UNIT_HEADING_WORDS = 14


def _names_a_lead(text: str) -> bool:
    """ "Sở Y tế:" or "Đảng ủy Công an tỉnh:" alone on its line heads the duties below it."""
    stripped = text.strip()
    if not stripped.endswith(":") or len(stripped.split()) > _UNIT_HEADING_WORDS:
        return False
    return bool(lead_heading_units(stripped[:-1]))


def _node_from(paragraph: Paragraph) -> Node:
    return Node(paragraph.marker, paragraph.text, paragraph.first_line, paragraph.last_line)


_SIGNATURE = re.compile(r"^\s*(?:TM|KT|T/M|K/T|TL|Q)\s*[./]\s*[A-ZĐÀ-Ỹ]{2,}")
_COLUMN_GAP = re.compile(r"\S\s{3,}\S")


def is_closing_line(text: str) -> bool:
    """ "Nơi nhận:" (the distribution list) or the signature ("TM. ỦY BAN NHÂN DÂN") ends the body
    of a plan, even when OCR damaged it or the two sit side by side on one line."""
    if _SIGNATURE.match(text):
        return True
    key = ocr_fold(text[:30]).replace(" ", "")
    if fuzz.ratio(key[:7], "noinhan") < 85:
        return False
    return ":" in text[:20] or len(text) < 30 or bool(_COLUMN_GAP.search(text[:40]))


class OutlineBuilder:
    """One pass over the paragraphs: a stack of open items, the task receiving labels, an open field."""

    def __init__(self, plan_year: int | None = None) -> None:
        self.plan_year = plan_year  # the year of time frames written without one
        self.root = Node(None, "", 0, 0)
        self.stack: list[Node] = [self.root]
        self.task: Node | None = None
        self.open_field: tuple[str, str | None] | None = None  # (field, kind of its label's marker)
        self.pending: Paragraph | None = None

    def feed(self, paragraph: Paragraph) -> None:
        if paragraph.marker is None and _names_a_lead(paragraph.text):
            paragraph.marker = Marker(UNIT_HEADING, "", paragraph.text)
        label = self._label_of(paragraph)
        if label:
            self._add_label(paragraph, label)
        elif self._absorbed_by_open_field(paragraph):
            return
        elif paragraph.marker is None:
            self._add_body(paragraph)
        else:
            self._add_item(paragraph)

    def _label_of(self, paragraph: Paragraph) -> LabelMatch | None:
        kind = paragraph.marker.kind if paragraph.marker else None
        if kind in ("roman", "arabic1"):
            return None
        marked = kind in ("dash", "plus", "letter")
        return recognise_label(paragraph.text, marked=marked, plan_year=self.plan_year)

    def _add_label(self, paragraph: Paragraph, label: LabelMatch) -> None:
        target = self.task or self._label_target()
        if self._opens_another_task(paragraph, label, target):
            parent = target.parent if target.fields else target
            assert parent is not None, "a task with fields is never the outline's root"
            target = parent.add_child(Node(None, "", paragraph.first_line, paragraph.last_line))
        if self.pending is not None:
            if label.field in (LEAD, CONTENT) and label.field in target.fields:
                target = self.stack[-1].add_child(_node_from(self.pending))
            else:
                self._append_to_last_field(target, self.pending)
            self.pending = None
        value = FieldValue([label.value], label.guessed, paragraph.last_line)
        if label.field in target.fields:
            existing = target.fields[label.field]
            existing.parts.append(label.value)
            existing.last_line = paragraph.last_line
            existing.guessed = existing.guessed or label.guessed
        else:
            target.fields[label.field] = value
        self.task = target
        opens = not label.value or label.value.endswith(":")
        self.open_field = (
            (label.field, paragraph.marker.kind if paragraph.marker else None) if opens else None
        )

    def _opens_another_task(self, paragraph: Paragraph, label: LabelMatch, target: Node) -> bool:
        """An unnumbered "Nhiệm vụ: …" line starts a task of its own: after another task's fields,
        or right under a section heading (which is not itself the task)."""
        if label.field != CONTENT or paragraph.marker is not None or self.pending is not None:
            return False
        if target.fields:
            return CONTENT in target.fields and target.parent is not None
        return target.kind == "roman"

    def _label_target(self) -> Node:
        """The item that labels just after it describe."""
        top = self.stack[-1]
        if top is self.root or (top.kind == "roman" and top.body):
            source = top.body.pop() if top.body else Paragraph(None, "", 0, 0, "")
            return top.add_child(_node_from(source))
        parent = top.parent
        if (
            top.kind in _SUB_ITEM_KINDS
            and parent is not None
            and parent is not self.root
            and parent.kind in _SUB_ITEM_KINDS
            and parent.text.rstrip().endswith(":")
            and not parent.fields
        ):
            return parent
        return top

    def _append_to_last_field(self, node: Node, paragraph: Paragraph) -> None:
        if not node.fields:
            node.body.append(paragraph)
            return
        last = list(node.fields.values())[-1]
        last.parts.append(paragraph.full_text)
        last.last_line = paragraph.last_line

    def _absorbed_by_open_field(self, paragraph: Paragraph) -> bool:
        """Sub-steps under "Lộ trình thực hiện:" or "+ Sở Y tế: …" under "- Cơ quan chủ trì:"."""
        if self.open_field is None or self.task is None:
            return False
        name, label_kind = self.open_field
        kind = paragraph.marker.kind if paragraph.marker else None
        open_kinds = {n.kind for n in self._chain(self.task)}
        if kind is not None and (
            kind == label_kind or kind in open_kinds or kind in ("roman", "arabic1")
        ):
            self.open_field = None
            return False
        value = self.task.fields[name]
        value.parts.append(paragraph.full_text)
        value.last_line = paragraph.last_line
        return True

    def _chain(self, node: Node | None) -> list[Node]:
        chain = []
        while node is not None and node is not self.root:
            chain.append(node)
            node = node.parent
        return chain

    def _add_body(self, paragraph: Paragraph) -> None:
        if self.task is not None:
            if self.pending is None:
                self.pending = paragraph
            else:
                self.pending.text = f"{self.pending.text} {paragraph.full_text}"
                self.pending.last_line = paragraph.last_line
            return
        self.stack[-1].body.append(paragraph)

    def close_item(self) -> None:
        """Finish the task being read: what follows does not belong to it."""
        if self.pending is not None and self.task is not None:
            self._append_to_last_field(self.task, self.pending)
        self.pending = None
        self.task = None
        self.open_field = None

    def _add_item(self, paragraph: Paragraph) -> None:
        self.close_item()
        assert paragraph.marker is not None, "an item is a numbered or bulleted paragraph"
        kind = paragraph.marker.kind
        kinds = [node.kind for node in self.stack]
        if kind == "roman":
            del self.stack[1:]
        elif kind in kinds:
            del self.stack[kinds.index(kind) :]
        self.stack.append(self.stack[-1].add_child(_node_from(paragraph)))


def _reopens(paragraph: Paragraph) -> bool:
    """After the signature, a Roman-numbered section or an appendix title starts content again."""
    kind = paragraph.marker.kind if paragraph.marker else None
    return kind == "roman" or ocr_fold(paragraph.text[:20]).startswith("phu luc")


def build_outline(paragraphs: list[Paragraph], plan_year: int | None = None) -> Node:
    """The outline tree of the running text; "Nơi nhận" and the signature block are skipped."""
    builder = OutlineBuilder(plan_year)
    closed = False
    for paragraph in paragraphs:
        if is_closing_line(paragraph.full_text):
            closed = True
            builder.close_item()
            continue
        if closed and not _reopens(paragraph):
            continue
        closed = False
        builder.feed(paragraph)
    builder.close_item()
    return builder.root


def heading_ref(node: Node) -> str:
    """This node's own numbering as it appears in a reference path."""
    if node.marker is None:
        siblings = [c for c in node.parent.children if c.marker is None] if node.parent else [node]
        return f"~{siblings.index(node) + 1}"
    if node.kind in ("dash", "plus"):
        siblings = (
            [c for c in node.parent.children if c.kind == node.kind] if node.parent else [node]
        )
        return f"-{siblings.index(node) + 1}"
    if node.kind == UNIT_HEADING:
        siblings = (
            [c for c in node.parent.children if c.kind == UNIT_HEADING] if node.parent else [node]
        )
        return f"~{siblings.index(node) + 1}"
    return node.marker.label


def ref_path(node: Node) -> str:
    """ "II.2.a.(3)": the numbering of the node and its ancestors."""
    parts = []
    while node is not None and node.parent is not None:
        parts.append(heading_ref(node))
        node = node.parent
    return re.sub(r"\.{2,}", ".", ".".join(reversed(parts)))
