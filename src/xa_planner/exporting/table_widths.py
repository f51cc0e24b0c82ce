"""Column widths from a table's content: no date, number or word split inside a cell, rows kept low."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from xa_planner.exporting import fonts
from xa_planner.exporting.plan_document import AppendixDocument

_STEP_PT = 2.0  # width handed out per round while spreading the spare width
_SIGN_AND_SPACE = re.compile(r"(?<!\S)([≥≤<>~]) ")
_SHORT_NAME_CHARS, _SHORT_NAME_WORDS = 16, 3  # "Đoàn Thanh niên", "VP HĐND-UBND"
_PLAIN_SPACE = re.compile(r"[ \t\r\n]+")
_SOFT_MAX_POWER = 6
_ROOT = 1 / _SOFT_MAX_POWER
_MAX_STEPS = 100  # a wide spare width is handed out in at most this many steps
_MAX_SAMPLE = 60  # rows weighed when spreading it
_MAX_TRADES = 40  # moves of width between columns after the spread
_MIN_TRADE_GAIN = 0.05  # lines: a trade worth less is not made
_ROUNDING_SLACK = 2.0  # points: Word and LibreOffice round widths to twips and pixels
_WRAP_SLACK = 1.06  # words never fill a line exactly: a wrapped paragraph needs a little more


@functools.lru_cache(maxsize=1 << 16)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The font's width of *text*, remembered: a table repeats its words and names."""
    return fonts.text_width(text, size, bold)


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


def header_word_width(title: str, size: float) -> float:
    """The narrowest width that shows *title* with one word a line ("Số" / "nhiệm" / "vụ")."""
    return max((text_width(word, size, bold=True) for word in title.split()), default=0.0)


def _minimum_widths(
    titles: Sequence[str],
    rows: Sequence[Sequence[str]],
    font: CellFont,
    floors: Sequence[float],
    title_width: Callable[[str, float], float],
) -> list[float]:
    """Per column: its longest unbreakable token, its title at *title_width*, its floor."""
    return [
        max(
            title_width(title, font.size),
            max((longest_token_width(row[i], font.size) for row in rows), default=0.0),
            floors[i] if i < len(floors) else 0.0,
        )
        + font.padding
        + _ROUNDING_SLACK
        for i, title in enumerate(titles)
    ]


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
    minimum = _minimum_widths(titles, rows, font, floors, header_width)
    if sum(minimum) >= total:  # many narrow columns: their titles wrap word by word instead
        minimum = _minimum_widths(titles, rows, font, floors, header_word_width)
    if sum(minimum) >= total:  # a URL longer than the page: shrink all alike, tokens split
        return [width * total / sum(minimum) for width in minimum]
    cells = [[paragraph_widths(row[i], font.size) for i in range(columns)] for row in rows]
    natural = [
        max([minimum[i]] + [max(c[i], default=0.0) * _WRAP_SLACK + font.padding for c in cells])
        for i in range(columns)
    ]
    return _spread(minimum, natural, cells, total, font.padding)


class _Layout:
    """Column widths and, per sampled row, the soft-max terms of its cells' line counts.

    A row is as tall as its tallest cell; a soft maximum (the p-norm of the cells' lines)
    lets narrowing either of two equally tall cells count. Each row keeps the sum of its
    cells' powers, so trying a column's new width costs one cell per row; a column's powers at
    a width are kept, as the spread tries each column at the same width round after round.
    """

    def __init__(self, widths: list[float], cells: list[list[list[float]]], padding: float):
        self.widths, self.padding = list(widths), padding
        rows = _sample(cells)
        # per column, per row: its paragraphs' natural widths with the wrapping slack
        self._scaled = [
            [tuple(natural * _WRAP_SLACK for natural in row[column]) for row in rows]
            for column in range(len(widths))
        ]
        self._tried: dict[tuple[int, float], list[float]] = {}
        self.powers = [self._powers_at(column, width) for column, width in enumerate(widths)]
        self.sums = [sum(row) for row in zip(*self.powers, strict=True)] if self.powers else []
        self.heights = [total**_ROOT for total in self.sums]  # each row's soft-max lines

    def _powers_at(self, column: int, width: float) -> list[float]:
        """Per row, the *column* cell's lines at *width* to the soft-max power."""
        found = self._tried.get((column, width))
        if found is None:
            room = max(width - self.padding, 1.0)
            found = []
            for paragraphs in self._scaled[column]:
                lines = 0.0
                for scaled in paragraphs:
                    wrapped = scaled / room
                    lines += wrapped if wrapped > 1.0 else 1.0
                found.append((lines or 1.0) ** _SOFT_MAX_POWER)
            self._tried[(column, width)] = found
        return found

    def gain(self, column: int, width: float) -> float:
        """How much lower the table gets (in lines) with *column* *width* points wide."""
        gained = 0.0
        widened = self._powers_at(column, width)
        rows = zip(self.sums, self.powers[column], widened, self.heights, strict=True)
        for total, before, after, height in rows:
            gained += height - (total - before + after) ** _ROOT
        return gained

    def resize(self, column: int, width: float) -> None:
        self.widths[column] = width
        before, after = self.powers[column], self._powers_at(column, width)
        for r, power in enumerate(after):
            self.sums[r] += power - before[r]
            self.heights[r] = self.sums[r] ** _ROOT
        self.powers[column] = after


def _spread(
    widths: list[float],
    natural: list[float],
    cells: list[list[list[float]]],
    total: float,
    padding: float,
) -> list[float]:
    """Hand out the spare width step by step to the column whose growth lowers the table most,
    then trade width between columns while that lowers it further."""
    layout = _Layout(widths, cells, padding)
    spare = total - sum(widths)
    step = max(_STEP_PT, spare / _MAX_STEPS)
    while spare > 1e-6:
        step = min(step, spare)
        growing = [i for i in range(len(widths)) if layout.widths[i] + step <= natural[i]]
        if not growing:
            break
        gains = {i: layout.gain(i, layout.widths[i] + step) for i in growing}
        best = max(growing, key=lambda i: (gains[i], natural[i] - layout.widths[i]))
        layout.resize(best, layout.widths[best] + step)
        spare -= step
    if spare > 1e-6:  # every column shows its text on one line: share the rest alike
        return [width + spare * width / sum(layout.widths) for width in layout.widths]
    _trade(layout, widths, natural, step)
    return layout.widths


def _trade(layout: _Layout, minimum: list[float], natural: list[float], step: float) -> None:
    """Move *step* points from the column that loses least to the one that gains most."""
    columns = range(len(minimum))
    for _round in range(_MAX_TRADES):
        giving = [i for i in columns if layout.widths[i] - step >= minimum[i]]
        taking = [i for i in columns if layout.widths[i] + step <= natural[i]]
        if not giving or not taking:
            return
        gains = {i: layout.gain(i, layout.widths[i] + step) for i in taking}
        losses = {i: -layout.gain(i, layout.widths[i] - step) for i in giving}
        taker = max(taking, key=gains.__getitem__)
        giver = min((i for i in giving if i != taker), key=losses.__getitem__, default=None)
        if giver is None or gains[taker] - losses[giver] <= _MIN_TRADE_GAIN:
            return
        layout.resize(taker, layout.widths[taker] + step)
        layout.resize(giver, layout.widths[giver] - step)


def _sample(cells: list[list[list[float]]]) -> list[list[list[float]]]:
    """At most _MAX_SAMPLE rows, evenly spread: widths of a long table need not weigh them all."""
    if len(cells) <= _MAX_SAMPLE:
        return cells
    stride = len(cells) / _MAX_SAMPLE
    return [cells[int(k * stride)] for k in range(_MAX_SAMPLE)]


def appendix_column_widths(appendix: AppendixDocument, total: float, font: CellFont) -> list[float]:
    """The appendix table's widths, from its task rows (section titles span the whole row)."""
    rows = [row.cells() for section in appendix.sections for row in section.rows]
    numerals = (longest_token_width(s.numeral, font.size, bold=True) for s in appendix.sections)
    return column_widths(appendix.column_titles, rows, total, font, (max(numerals, default=0.0),))


# A token a spreadsheet program breaks inside when it reaches the end of a line: after the hyphen
# of "06/QĐ-TTg" or "HĐND-UBND", after the slash before letters ("06/" / "QĐ"); a date's slashes
# are followed by digits, where no program breaks.
_BREAKS_INSIDE = re.compile(r"\w-\w|/[^\W\d]")


def kept_whole(text: str, room: float, size: float, bold: bool = False) -> str:
    """*text* with a line break before each token that would otherwise start at the end of a line
    and be broken inside (a cell of a workbook has no no-break hyphen that its fonts all print);
    the lines are those :func:`wrapped_lines` counts."""
    return kept_whole_lines(text, room, size, bold)[0]


def kept_whole_lines(text: str, room: float, size: float, bold: bool = False) -> tuple[str, int]:
    """:func:`kept_whole`'s text and the lines it takes, wrapped once."""
    wrapped = [_wrapped(p, room, size, bold) for p in text.splitlines() or [""]]
    kept = "\n".join(_joined_lines(lines) for lines in wrapped)
    return kept, max(sum(map(len, wrapped)), 1)


def _joined_lines(lines: list[list[str]]) -> str:
    """The words of wrapped lines, a line break only where a line starts with a token that would
    have been broken inside at the end of the line before."""
    text = " ".join(lines[0])
    for line in lines[1:]:
        glue = "\n" if _BREAKS_INSIDE.search(line[0]) else " "
        text += glue + " ".join(line)
    return text


def wrapped_lines(text: str, room: float, size: float, bold: bool = False) -> int:
    """Lines *text* takes when words are wrapped into *room* points (a long word gets its own)."""
    paragraphs = text.splitlines() or [""]
    return max(sum(len(_wrapped(p, room, size, bold)) for p in paragraphs), 1)


def _wrapped(paragraph: str, room: float, size: float, bold: bool) -> list[list[str]]:
    """The words of one paragraph line by line, wrapped greedily at spaces into *room* points."""
    space = text_width(" ", size, bold)
    lines: list[list[str]] = [[]]
    used = 0.0
    for word in paragraph.split():
        width = text_width(word, size, bold)
        if used and used + space + width > room:
            lines.append([])
            used = 0.0
        used += (space if used else 0.0) + width
        lines[-1].append(word)
    return lines
