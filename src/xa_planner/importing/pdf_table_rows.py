"""Rows of a table found on a PDF page, as the task-table reader takes them: cells joined, group rows placed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xa_planner.importing.label_recognizer import CONTENT
from xa_planner.importing.line_cleaner import clean_cell
from xa_planner.importing.markers import parse_marker
from xa_planner.importing.pdf_lines import Word
from xa_planner.importing.table_extractor import REF

_ENDS_SENTENCE = re.compile(r"[.;:!?…][\"”)]*$")
_ITEM_KINDS = ("dash", "plus", "paren", "letter")
_BULLET = re.compile(r"^[•●▪◦·➢►✓*]\s*")
_SPACE = 0.25  # of the line height: the width of a space between words
_GROUP_NUMBER = re.compile(r"^([IVX]{1,5}|[A-ZĐ])\s*[.)]\s+(?=\S)")


@dataclass(frozen=True)
class PageItem:
    """A line of text or a row of cells, at its height on the page (for reading order)."""

    top: float
    text: str = ""
    cells: tuple[str, ...] | None = None


@dataclass
class TableState:
    """What one page's tables tell the next: the header's columns, and whether the table runs on."""

    columns: dict[int, str] = field(default_factory=dict)
    gutters: list[tuple[float, float]] = field(default_factory=list)  # an unruled table's, between columns
    runs_on: bool = False  # the page ended inside a table


@dataclass(frozen=True)
class CellLine:
    """One printed line of a cell: its text, where it ends, and how wide its first word is."""

    text: str
    right: float = 0.0
    first_word: float = 0.0
    height: float = 0.0


def join_wrapped(lines: list[CellLine], limit: float | None = None) -> str:
    """A cell's printed lines as its text: a wrapped line continues the sentence; a new item, or a
    line whose first word would have fitted on the line above (a paragraph of its own, as "Trạm Y
    tế xã" under "Phòng Kinh tế"), starts a line. *limit* is how far right the cell's text may reach."""
    text, list_kind, above = "", None, None
    for line in lines:
        if not line.text.strip():
            continue
        kind = _item_kind(line.text)
        if above is None:
            text, list_kind, above = line.text.strip(), kind, line
            continue
        # "Phòng Văn hóa -" wrapped before "Xã hội" is one name; "- Xã hội" starts an item only in a list
        new_item = kind is not None and kind == list_kind
        would_fit = limit is not None and above.right + _SPACE * line.height + line.first_word < limit
        joiner = "\n" if new_item or would_fit or _ENDS_SENTENCE.search(text) else " "
        text, above = f"{text}{joiner}{line.text.strip()}", line
    return clean_cell(text)


def cell_line(words: list[Word], height: float) -> CellLine:
    """The printed line of a cell made of *words* (left to right)."""
    text = " ".join(word["text"] for word in words)
    return CellLine(text, words[-1]["x1"], words[0]["x1"] - words[0]["x0"], height)


def _item_kind(line: str) -> str | None:
    if _BULLET.match(line):
        return "bullet"
    marker = parse_marker(line)
    return marker.kind if marker is not None and marker.kind in _ITEM_KINDS else None


def group_cells(text: str, width: int, columns: dict[int, str]) -> tuple[str, ...]:
    """A row merged across the table ("I. CÔNG TÁC TUYÊN TRUYỀN"): its number under the number
    column and its title under the task column, as a Word table's group row reads."""
    cells = [""] * width
    ref_at = next((i for i, name in columns.items() if name == REF and i < width), None)
    content_at = next((i for i, name in columns.items() if name == CONTENT and i < width), 0)
    numbered = _GROUP_NUMBER.match(text)
    if numbered and ref_at is not None:
        cells[ref_at] = numbered.group(1)
        cells[content_at] = text[numbered.end() :].strip()
    else:
        cells[content_at] = text
    return tuple(cells)


def is_group_text(text: str) -> bool:
    """A group heading inside a table: "I. CÔNG TÁC TUYÊN TRUYỀN", "A. NHIỆM VỤ CHUNG"."""
    letters = [ch for ch in text if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return len(letters) >= 4 and upper >= 0.8 * len(letters)
