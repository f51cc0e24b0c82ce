"""The words of a PDF page gathered into visual lines, each line cut into runs at wide gaps."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from xa_planner.importing.line_cleaner import clean_line

Word = dict[str, Any]  # pdfplumber's word: text, x0, x1, top, bottom

_PAGE_NUMBER = re.compile(r"^[-–\s]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–\s]*$", re.IGNORECASE)
_RUN_GAP = 0.7  # of the font height: a gap this wide between words separates table cells


@dataclass
class Run:
    """Words of one line standing together, with no wide gap between them."""

    x0: float
    x1: float
    top: float
    text: str


@dataclass
class VisualLine:
    """The words sharing one baseline on a page, left to right."""

    words: list[Word]

    @property
    def top(self) -> float:
        return min(word["top"] for word in self.words)

    @property
    def bottom(self) -> float:
        return max(word["bottom"] for word in self.words)

    @property
    def height(self) -> float:
        return max(1.0, min(word["bottom"] - word["top"] for word in self.words))

    @property
    def text(self) -> str:
        return clean_line(" ".join(word["text"] for word in self.words))

    def spans(self) -> list[tuple[float, float]]:
        return [(word["x0"], word["x1"]) for word in self.words]

    def runs(self) -> list[Run]:
        """The line cut wherever the gap between two words is wider than a cell's padding."""
        runs: list[Run] = []
        for word in self.words:
            last = runs[-1] if runs else None
            if last is not None and word["x0"] - last.x1 < _RUN_GAP * self.height:
                last.x1, last.text = word["x1"], f"{last.text} {word['text']}"
            else:
                runs.append(Run(word["x0"], word["x1"], word["top"], word["text"]))
        return runs


def visual_lines(words: list[Word]) -> list[VisualLine]:
    """Words grouped by height on the page, top to bottom; a page number at the head or foot left out."""
    lines = lines_of(words)
    while lines and _PAGE_NUMBER.match(lines[-1].text):  # the page number at the foot
        lines.pop()
    return lines[1:] if lines and _PAGE_NUMBER.match(lines[0].text) else lines


def lines_of(words: list[Word]) -> list[VisualLine]:
    """Words grouped by height, top to bottom, each line left to right."""
    lines: list[VisualLine] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        last = lines[-1] if lines else None
        if last is not None and abs(word["top"] - last.words[0]["top"]) <= 0.5 * last.height:
            last.words.append(word)
        else:
            lines.append(VisualLine([word]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines
