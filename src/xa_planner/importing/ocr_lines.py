"""Tesseract's word table (TSV) turned into text lines, each with its box on the page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from xa_planner.domain.roman_numerals import roman
from xa_planner.importing.page_turns import PageTurn, box_before_turns, quarter_turns
from xa_planner.importing.source_document import LinePlace

_WORD_LEVEL = "5"
_COLUMNS = 12  # level page block par line word left top width height conf text
# Tesseract reads the full stop after a Roman heading number as "L": "IL MỤC ĐÍCH" for "I. MỤC ĐÍCH".
_ROMAN_WITH_L = re.compile(r"^([IVX]{1,4})L(?:\s+|[.:]\s*)(?=[A-ZĐÀ-Ỹ]{2})")
# …and the letter "c" of an item "c)" as a currency or copyright sign.
_C_AS_SIGN = re.compile(r"^[€¢©]\)")
# …and the dash of a bullet as a tilde.
_DASH_AS_TILDE = re.compile(r"^~+\s*[-–—]?\s*(?=\S)")  # "~ Thời", "~- Tổng"


@dataclass(frozen=True)
class OcrLine:
    """One recognised line: its words, its box in pixels and whether a new paragraph starts with it."""

    text: str
    box: tuple[int, int, int, int]  # left, top, right, bottom
    paragraph: tuple[int, int]  # Tesseract's (block, paragraph)

    def place(self, page: int, width: int, height: int, turns: tuple[PageTurn, ...] = ()) -> LinePlace:
        """The line's box as fractions of the page as stored (*width* × *height*), every *turn* undone."""
        left, top, right, bottom = box_before_turns(self.box, turns, width, height)
        return LinePlace(
            page,
            round(left / width, 4),
            round(top / height, 4),
            round(right / width, 4),
            round(bottom / height, 4),
            quarter_turns(turns),
        )


def _words(tsv: str):
    """(block, paragraph, line) key, box and text of every recognised word."""
    for row in tsv.splitlines()[1:]:
        if not _is_word(row):
            continue
        fields = row.split("\t")
        left, top, width, height = (int(value) for value in fields[6:10])
        key = (int(fields[2]), int(fields[3]), int(fields[4]))
        yield key, (left, top, left + width, top + height), fields[11].strip()


def mean_confidence(tsv: str) -> float:
    """Tesseract's mean confidence (0–100) in the page's words; 0 for a page without words."""
    scores = [float(row.split("\t")[10]) for row in tsv.splitlines()[1:] if _is_word(row)]
    return sum(scores) / len(scores) if scores else 0.0


def _is_word(row: str) -> bool:
    fields = row.split("\t")
    return len(fields) >= _COLUMNS and fields[0] == _WORD_LEVEL and bool(fields[11].strip())


def _repaired(text: str) -> str:
    text = _ROMAN_WITH_L.sub(r"\1. ", text)
    return _DASH_AS_TILDE.sub("- ", _C_AS_SIGN.sub("c)", text))


_SIDEWAYS_LINES_AT_LEAST = 3  # lines a page needs before their shape says it lies on its side
_SIDEWAYS_SHARE = 0.7  # of them running down the page
_SIDEWAYS_CHARS_AT_LEAST = 6  # in a line that runs down the page, not a cell's "1" or "x"


def sideways_turns(lines: Sequence[OcrLine]) -> int:
    """0 for a page read upright. For one read lying on its side (most of its lines run down
    it), the quarter turns counter-clockwise that stand it up: 1 when its lines follow each
    other right to left (the page was turned clockwise), 3 when left to right."""
    tall = [line for line in lines if _runs_down(line)]
    if len(lines) < _SIDEWAYS_LINES_AT_LEAST or len(tall) < _SIDEWAYS_SHARE * len(lines):
        return 0
    first, last = tall[0].box, tall[-1].box
    first_x, last_x = first[0] + first[2], last[0] + last[2]  # twice the centres
    if first_x == last_x:
        return 0
    return 1 if first_x > last_x else 3


def _runs_down(line: OcrLine) -> bool:
    """A line of words down the page; a number or a mark alone in a narrow cell is no such line."""
    left, top, right, bottom = line.box
    return bottom - top > 2 * (right - left) and len(line.text.strip()) >= _SIDEWAYS_CHARS_AT_LEAST


def lines_from_tsv(tsv: str) -> list[OcrLine]:
    """The page's lines in Tesseract's reading order."""
    grouped: dict[tuple[int, int, int], list] = {}
    for key, box, word in _words(tsv):
        grouped.setdefault(key, []).append((box, word))
    lines = []
    for (block, paragraph, _line), words in grouped.items():
        boxes = [box for box, _word in words]
        box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        text = _repaired(" ".join(word for _box, word in words))
        lines.append(OcrLine(text, box, (block, paragraph)))
    return lines


_NUMERALS = [roman(number) for number in range(1, 16)]  # headings I to XV
_ROMAN_HEADING = re.compile(r"^([IVXLl1|]{1,5})\.\s*(?=[A-ZĐÀ-Ỹ]{2})")


def _heading_number(text: str) -> int | None:
    """The value of an upper-case line's Roman number ("1V." read for "IV." counts as 4); 0 if unreadable."""
    match = _ROMAN_HEADING.match(text)
    if not match or not text.isupper():
        return None
    token = re.sub(r"[1lL|]", "I", match.group(1))
    return _NUMERALS.index(token) + 1 if token in _NUMERALS else 0


def repair_heading_numbers(texts: list[str]) -> list[str]:
    """Roman headings misread out of sequence, put back by their neighbours: "I, II, II, IV" → "…, III, IV"."""
    found = [(index, number) for index, text in enumerate(texts) if (number := _heading_number(text)) is not None]
    result = list(texts)
    previous = 0  # before the first heading: so a damaged "I." followed by "II." is repaired too
    for (index, number), (_next_index, following) in zip(found, found[1:], strict=False):
        if following == previous + 2 and number != previous + 1:
            number = previous + 1
        if number and not result[index].startswith(f"{_NUMERALS[number - 1]}. "):
            result[index] = _ROMAN_HEADING.sub(f"{_NUMERALS[number - 1]}. ", result[index], count=1)
        previous = number
    if found and found[-1][1] in (0, previous) and len(found) > 1:  # the last one repeats or is unreadable
        index = found[-1][0]
        result[index] = _ROMAN_HEADING.sub(f"{_NUMERALS[previous]}. ", result[index], count=1)
    return result
