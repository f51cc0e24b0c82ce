"""Tesseract's word table (TSV) turned into text lines, each with its box on the page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xa_planner.importing.source_document import LinePlace

_WORD_LEVEL = "5"
_COLUMNS = 12  # level page block par line word left top width height conf text
# Tesseract reads the full stop after a Roman heading number as "L": "IL MỤC ĐÍCH" for "I. MỤC ĐÍCH".
_ROMAN_WITH_L = re.compile(r"^([IVX]{1,4})L\s+(?=[A-ZĐÀ-Ỹ]{2})")
# …and the letter "c" of an item "c)" as a currency sign.
_C_AS_SIGN = re.compile(r"^[€¢]\)")


@dataclass(frozen=True)
class OcrLine:
    """One recognised line: its words, its box in pixels and whether a new paragraph starts with it."""

    text: str
    box: tuple[int, int, int, int]  # left, top, right, bottom
    paragraph: tuple[int, int]  # Tesseract's (block, paragraph)

    def place(self, page: int, width: int, height: int) -> LinePlace:
        left, top, right, bottom = self.box
        return LinePlace(
            page,
            round(left / width, 4),
            round(top / height, 4),
            round(right / width, 4),
            round(bottom / height, 4),
        )


def _words(tsv: str):
    """(block, paragraph, line) key, box and text of every recognised word."""
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < _COLUMNS or fields[0] != _WORD_LEVEL or not fields[11].strip():
            continue
        left, top, width, height = (int(value) for value in fields[6:10])
        key = (int(fields[2]), int(fields[3]), int(fields[4]))
        yield key, (left, top, left + width, top + height), fields[11].strip()


def _repaired(text: str) -> str:
    return _C_AS_SIGN.sub("c)", _ROMAN_WITH_L.sub(r"\1. ", text))


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
