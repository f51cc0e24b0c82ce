"""Column widths from a table's content: no date, number or word split inside a cell, rows kept low."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from xa_planner.exporting.fonts import text_width
from xa_planner.exporting.plan_document import AppendixDocument

_STEP_PT = 2.0  # width handed out per round while spreading the spare width
_SIGN_AND_SPACE = re.compile(r"(?<!\S)([≥≤<>~]) ")
_SHORT_NAME_CHARS, _SHORT_NAME_WORDS = 16, 3  # "Đoàn Thanh niên", "VP HĐND-UBND"
_PLAIN_SPACE = re.compile(r"[ \t\r\n]+")
_SOFT_MAX_POWER = 6
_ROUNDING_SLACK = 2.0  # points: Word and LibreOffice round widths to twips and pixels
_WRAP_SLACK = 1.06  # words never fill a line exactly: a wrapped paragraph needs a little more


@dataclass(frozen=True)
class CellFont:
    """The printed size of the body and header cells, and the padding left and right of a cell."""

    size: float
    padding: float  # both sides together, in points


def glued(text: str) -> str:
    """*text* with no-break spaces where a line must not break: after a lone comparison sign
    ("≥ 100%"), and inside a short name ("VP HĐND-UBND", "Phòng VH-XH") that fills a cell."""
    text = _SIGN_AND_SPACE.sub("\\1\u00a0", text)
    short = len(text) <= _SHORT_NAME_CHARS and len(text.split()) <= _SHORT_NAME_WORDS
    return text.replace(" ", "\u00a0") if short and "\n" not in text else text


def glued_rows(rows: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    return [tuple(glued(text) for text in row) for row in rows]


def tokens(text: str) -> list[str]:
    """The runs a line may not break: split at plain spaces only, never at no-break ones."""
    return [token for token in _PLAIN_SPACE.split(text) if token]


def longest_token_width(text: str, size: float, bold: bool = False) -> float:
    """Width of the longest run of characters a line may not break: "30/09/2026", "3.285/4.200"."""
    return max((text_width(token, size, bold) for token in tokens(text)), default=0.0)


def header_lines(title: str) -> list[str]:
    """A column title on at most two lines, broken between phrases: "Cơ quan" / "chủ trì".

    The break leaves the shorter longest line and at least two words on the second line
    ("Số" / "nhiệm vụ", never "Số nhiệm" / "vụ"); a title of two words stays whole.
    """
    words = title.replace("/", "/ ").split()
    if len(words) < 3:  # one word of two syllables ("Tình trạng") is never cut
        return [title]
    best = min(range(1, len(words) - 1), key=lambda k: _longest_line(words, k))
    return [_joined(words[:best]), _joined(words[best:])]


def _joined(words: list[str]) -> str:
    return " ".join(words).replace("/ ", "/")


def _longest_line(words: list[str], split: int) -> float:
    halves = (words[:split], words[split:])
    return max(text_width(_joined(half), 10, bold=True) for half in halves)


def header_width(title: str, size: float) -> float:
    """The narrowest width that shows *title* on the two lines of :func:`header_lines`."""
    return max(text_width(line, size, bold=True) for line in header_lines(title))


def header_text(title: str, width: float, font: CellFont) -> str:
    """The title as printed in a column *width* points wide: one line when it fits, else two."""
    if text_width(title, font.size, bold=True) + font.padding <= width:
        return title
    return "\n".join(header_lines(title))


def paragraph_widths(text: str, size: float) -> list[float]:
    """The natural (unwrapped) width of each paragraph of a cell."""
    return [text_width(line.strip(), size) for line in text.splitlines() if line.strip()]


def estimated_lines(widths: Sequence[float], room: float) -> float:
    """How many lines the paragraphs take in *room* points (fractional, for comparing layouts)."""
    room = max(room, 1.0)
    return sum(max(1.0, width * _WRAP_SLACK / room) for width in widths) or 1.0


def column_widths(
    titles: Sequence[str],
    rows: Sequence[Sequence[str]],
    total: float,
    font: CellFont,
    floors: Sequence[float] = (),
) -> list[float]:
    """Widths summing to *total*: each column at least its longest unbreakable token and its
    two-line title, the spare width given where it lowers the table's total height most."""
    columns = len(titles)
    minimum = [
        max(
            header_width(titles[i], font.size),
            max((longest_token_width(row[i], font.size) for row in rows), default=0.0),
            floors[i] if i < len(floors) else 0.0,
        )
        + font.padding
        + _ROUNDING_SLACK
        for i in range(columns)
    ]
    if sum(minimum) >= total:  # a URL longer than the page: shrink all alike, tokens split
        return [width * total / sum(minimum) for width in minimum]
    cells = [[paragraph_widths(row[i], font.size) for i in range(columns)] for row in rows]
    natural = [
        max([minimum[i]] + [max(c[i], default=0.0) * _WRAP_SLACK + font.padding for c in cells])
        for i in range(columns)
    ]
    return _spread(minimum, natural, cells, total, font.padding)


def _spread(
    widths: list[float],
    natural: list[float],
    cells: list[list[list[float]]],
    total: float,
    padding: float,
) -> list[float]:
    """Hand out the spare width step by step to the column whose growth saves most lines."""
    widths = list(widths)
    lines = [
        [estimated_lines(row[i], widths[i] - padding) for i in range(len(widths))] for row in cells
    ]
    spare = total - sum(widths)
    while spare > 1e-6:
        step = min(_STEP_PT, spare)
        growing = [i for i in range(len(widths)) if widths[i] + step <= natural[i]]
        if not growing:
            break
        saving = {i: _lines_saved(lines, cells, i, widths[i] + step - padding) for i in growing}
        best = max(growing, key=lambda i: (saving[i], natural[i] - widths[i]))
        widths[best] += step
        spare -= step
        for row, row_lines in zip(cells, lines, strict=True):
            row_lines[best] = estimated_lines(row[best], widths[best] - padding)
    if spare > 1e-6:  # every column shows its text on one line: share the rest alike
        widths = [width + spare * width / sum(widths) for width in widths]
    return widths


def _lines_saved(
    lines: list[list[float]], cells: list[list[list[float]]], column: int, room: float
) -> float:
    """How much lower the table gets when *column* gets *room* points for its text."""
    saved = 0.0
    for row, row_lines in zip(cells, lines, strict=True):
        grown = list(row_lines)
        grown[column] = estimated_lines(row[column], room)
        saved += _row_height(row_lines) - _row_height(grown)
    return saved


def _row_height(lines: list[float]) -> float:
    """A row is as tall as its tallest cell; a soft maximum, so that narrowing any of two
    equally tall cells counts (a hard maximum sees no gain until both are narrowed)."""
    return sum(value**_SOFT_MAX_POWER for value in lines) ** (1 / _SOFT_MAX_POWER)


def appendix_column_widths(appendix: AppendixDocument, total: float, font: CellFont) -> list[float]:
    """The appendix table's widths, from its task rows (section titles span the whole row)."""
    rows = [row.cells() for section in appendix.sections for row in section.rows]
    numerals = (longest_token_width(s.numeral, font.size, bold=True) for s in appendix.sections)
    return column_widths(appendix.column_titles, rows, total, font, (max(numerals, default=0.0),))


def wrapped_lines(text: str, room: float, size: float, bold: bool = False) -> int:
    """Lines *text* takes when words are wrapped into *room* points (a long word gets its own)."""
    count = 0
    space = text_width(" ", size, bold)
    for paragraph in text.splitlines() or [""]:
        count += 1
        used = 0.0
        for word in paragraph.split():
            width = text_width(word, size, bold)
            if used and used + space + width > room:
                count += 1
                used = 0.0
            used += (space if used else 0.0) + width
    return max(count, 1)
