"""Join text lines broken mid-sentence into paragraphs, each with its numbering marker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xa_planner.importing.label_recognizer import recognise_label, split_inline_labels
from xa_planner.importing.limits import Deadline
from xa_planner.importing.markers import Marker, parse_marker
from xa_planner.importing.source_document import TextLine

_SENTENCE_END = re.compile(r"[.;:!?…][\"”’)\]]*$")
_PAGE_NUMBER = re.compile(r"^[-–\s]*\d{1,3}[-–\s]*$")
_FOOTNOTE = re.compile(r"^(\d{1,2})\s+[A-ZĐÀ-Ỹ]")
_SHORT_SHARE = 0.6  # a line this much shorter than the usual full line ends its paragraph


@dataclass
class Paragraph:
    """A paragraph of running text: its marker (if numbered), text after the marker, and line span."""

    marker: Marker | None
    text: str
    first_line: int
    last_line: int
    last_part: str  # the last physical line, to judge whether the next line continues it

    @property
    def full_text(self) -> str:
        return f"{self.marker.label} {self.text}" if self.marker else self.text


def _starts_new_paragraph(prev: Paragraph, text: str, gap: bool, short: int) -> bool:
    first = text[0]
    starts_upper = first.isupper() or first in "\"“'‘(" or first.isdigit()
    if _SENTENCE_END.search(prev.last_part) and starts_upper:
        return True
    prev_caps = prev.last_part.isupper()
    if prev_caps != text.isupper() and prev_caps:
        return True
    if _is_short_heading(prev, short) and starts_upper and not text.isupper():
        return True
    return gap and len(prev.last_part) < short and starts_upper and not text.isupper()


_HEADING_WORDS = 6


def _is_short_heading(prev: Paragraph, short: int) -> bool:
    """A numbered title on a line of its own ("1. Đánh giá chung"): what follows is its text."""
    words = prev.text.split()
    return (
        prev.marker is not None
        and prev.first_line == prev.last_line
        and len(words) <= _HEADING_WORDS
        and len(prev.last_part) < short
        and not prev.text.rstrip().endswith((",", "-", "và", "của", "các"))
    )


def _looks_like_label(text: str) -> bool:
    return ":" in text[:90] and recognise_label(text, marked=False) is not None


class _Builder:
    """Accumulates paragraphs line by line."""

    def __init__(self, short: int) -> None:
        self.short = short
        self.paragraphs: list[Paragraph] = []
        self.gap = False
        self.in_footnote = False
        self.last_arabic = 0

    def add(self, text: str, number: int) -> None:
        marker = parse_marker(text)
        if marker is None and self._is_footnote(text):
            self.in_footnote = True
            return
        is_label = marker is None and _looks_like_label(text)
        if marker or is_label:
            self.in_footnote = False
        if self.in_footnote:
            return
        prev = self.paragraphs[-1] if self.paragraphs else None
        if (
            marker
            or is_label
            or prev is None
            or _starts_new_paragraph(prev, text, self.gap, self.short)
        ):
            rest = marker.rest if marker else text
            self.paragraphs.append(Paragraph(marker, rest, number, number, text))
            if marker and marker.kind == "arabic1":
                self.last_arabic = int(marker.label)
        else:
            prev.text = f"{prev.text} {text}"
            prev.last_line = number
            prev.last_part = text
        self.gap = False

    def _is_footnote(self, text: str) -> bool:
        """A footnote ("1 Nghị quyết số …") at a page foot, not a numbered heading that lost its dot."""
        match = _FOOTNOTE.match(text)
        return match is not None and int(match.group(1)) != self.last_arabic + 1


def _short_line(lines: list[TextLine]) -> int:
    """Length under which a line is short: a share of the length of the usual full line of this document."""
    lengths = sorted(len(line.text) for line in lines if len(line.text) > 20)
    if not lengths:
        return 40
    return int(lengths[int(len(lengths) * 0.75)] * _SHORT_SHARE)


def build_paragraphs(lines: list[TextLine], deadline: Deadline) -> list[Paragraph]:
    """Paragraphs in reading order; blank lines, page numbers and footnotes dropped."""
    builder = _Builder(_short_line(lines))
    for index, line in enumerate(lines):
        if index % 512 == 0:
            deadline.check()
        text = line.text
        if not text or _PAGE_NUMBER.match(text):
            builder.gap = True
            continue
        for part in split_inline_labels(text):
            builder.add(part, line.number)
    return builder.paragraphs
