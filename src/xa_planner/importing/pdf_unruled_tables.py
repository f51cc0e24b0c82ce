"""Tables drawn without rules on a PDF page, found from a header row whose cells name task columns.

Only a row the task-table header mapping recognises opens a table, so prose is never cut into
columns; the columns run down the page as long as a gutter stays free of words between them.
"""

from __future__ import annotations

from dataclasses import dataclass

from xa_planner.importing.label_recognizer import CONTENT
from xa_planner.importing.pdf_lines import Run, VisualLine, Word
from xa_planner.importing.pdf_table_rows import (
    CellLine,
    PageItem,
    TableState,
    cell_line,
    group_cells,
    is_group_text,
    join_wrapped,
)
from xa_planner.importing.table_extractor import REF, column_of, header_columns

_MAX_HEADER_LINES = 4
_MAX_HEADER_CHARS = 300
_MAX_COLUMNS = 24  # more cells side by side is no task table's header (and slow to try)
_HEADER_PITCH = 2.0  # of the line height: the farthest apart two lines of one header cell are
_MIN_GUTTER = 0.45  # of the line height: a free strip narrower than this is a space between words
_ROW_GAP = 0.45  # of the line height: a wider gap between lines starts a new row (no number column)

Interval = tuple[float, float]


@dataclass
class _Header:
    """A header row found on the page: its cells, their horizontal places, and the lines it takes."""

    cells: tuple[str, ...]
    places: list[Interval]
    columns: dict[int, str]
    end: int  # index of the first line under the header


@dataclass
class _Cell:
    """A header cell being stacked from runs, and the text of a cell spanning it and its neighbours."""

    x0: float
    x1: float
    texts: list[str]
    over: str = ""

    @property
    def text(self) -> str:
        own = " ".join(self.texts)
        return f"{self.over} {own}" if self.over and column_of(own) is None else own


def _cluster(runs: list[Run]) -> list[tuple[Interval, str]]:
    """Runs of a few lines stacked into cells by horizontal overlap ("Cơ quan chủ" over "trì"),
    from the bottom up, so a cell spanning two ("Cơ quan thực hiện" over "Chủ trì", "Phối hợp")
    names both instead of merging them."""
    cells: list[_Cell] = []
    for run in sorted(runs, key=lambda r: (-r.top, r.x0)):
        under = [c for c in cells if run.x0 < c.x1 and run.x1 > c.x0]
        if not under:
            cells.append(_Cell(run.x0, run.x1, [run.text]))
        elif len(under) == 1:
            cell = under[0]
            cell.x0, cell.x1 = min(cell.x0, run.x0), max(cell.x1, run.x1)
            cell.texts.insert(0, run.text)
        else:
            for cell in under:
                cell.over = f"{run.text} {cell.over}".strip()
    cells.sort(key=lambda c: c.x0)
    return [((c.x0, c.x1), c.text) for c in cells]


def _header_at(lines: list[VisualLine], start: int) -> _Header | None:
    """The header row whose first line is *start*: the fewest lines naming the most columns."""
    best: _Header | None = None
    runs: list[Run] = []
    for end in range(start + 1, min(start + _MAX_HEADER_LINES, len(lines)) + 1):
        line = lines[end - 1]
        if end > start + 1 and line.top - lines[end - 2].top > _HEADER_PITCH * line.height:
            break  # a header's lines follow each other closely; a row under it stands apart
        runs.extend(line.runs())
        cells = _cluster(runs)
        if len(cells) > _MAX_COLUMNS or sum(len(text) for _, text in cells) > _MAX_HEADER_CHARS:
            break
        texts = tuple(text for _, text in cells)
        columns = header_columns(texts)
        if columns and CONTENT in columns.values() and (best is None or len(columns) >= len(best.columns)):
            best = _Header(texts, [place for place, _ in cells], columns, end)
    return best


def _subtract(free: list[Interval], spans: list[Interval]) -> list[Interval]:
    for left, right in spans:
        pieces: list[Interval] = []
        for a, b in free:
            pieces.extend(p for p in ((a, min(b, left)), (max(a, right), b)) if p[1] - p[0] > 0)
        free = pieces
    return free


def _widest(free: list[Interval], least: float = 0.0) -> Interval | None:
    best = max(free, key=lambda p: p[1] - p[0], default=None)
    return best if best is not None and best[1] - best[0] >= least else None


def _fits(free: list[list[Interval]], line: VisualLine) -> list[list[Interval]] | None:
    """The gutters left once *line* is laid over them, or None when the line crosses one."""
    trial = [_subtract(strip, line.spans()) for strip in free]
    least = _MIN_GUTTER * line.height
    return trial if all(_widest(strip, least) for strip in trial) else None


def _body(lines: list[VisualLine], start: int, free: list[list[Interval]]) -> tuple[list[Interval], int, set[int]]:
    """The gutters between the columns, the end of the table, and its group rows (one line
    spanning the columns); *free* holds, for each gutter, where it may still lie."""
    end, groups = start, set()
    while end < len(lines):
        trial = _fits(free, lines[end])
        heading = is_group_text(lines[end].text)
        last = end + 1 == len(lines)  # at the foot of the page its rows may follow on the next
        followed = last or _fits(trial or free, lines[end + 1]) is not None
        if heading and not followed:
            break  # a heading with no row under it is the next part of the plan ("III. TỔ CHỨC …")
        if trial is not None:
            free = trial
        elif heading:
            groups.add(end)
        else:
            break
        end += 1
    return [_widest(strip) or strip[0] for strip in free], end, groups


def _edges(gutters: list[Interval]) -> list[float]:
    return [(left + right) / 2 for left, right in gutters]


def _column(x0: float, x1: float, bounds: list[float]) -> int:
    centre = (x0 + x1) / 2
    return sum(centre > edge for edge in bounds)


def _line_cells(line: VisualLine, bounds: list[float]) -> list[list[Word]]:
    cells: list[list[Word]] = [[] for _ in range(len(bounds) + 1)]
    for word in line.words:
        cells[_column(word["x0"], word["x1"], bounds)].append(word)
    return cells


def _limits(lines: list[VisualLine], gutters: list[Interval]) -> list[float]:
    """How far right each column's text reaches: to its gutter, or for the last, its longest line."""
    edges = _edges(gutters)
    last = [w["x1"] for line in lines for w in line.words if _column(w["x0"], w["x1"], edges) == len(edges)]
    return [left for left, _ in gutters] + [max(last, default=0.0)]


class _RowGatherer:
    """Lines of an unruled table gathered into rows: a new row at each number, or after a wider gap."""

    def __init__(self, gutters: list[Interval], limits: list[float], columns: dict[int, str]) -> None:
        self.bounds, self.limits, self.columns = _edges(gutters), limits, columns
        self.ref_at = next((i for i, name in columns.items() if name == REF), None)
        self.items: list[PageItem] = []
        self.parts: list[list[CellLine]] = []
        self.top = self.bottom = 0.0

    def group(self, line: VisualLine) -> None:
        self.finish()
        cells = group_cells(line.text, len(self.bounds) + 1, self.columns)
        self.items.append(PageItem(line.top, cells=cells))

    def line(self, line: VisualLine) -> None:
        cells = [[cell_line(words, line.height)] if words else [] for words in _line_cells(line, self.bounds)]
        if self.ref_at is not None and self.ref_at < len(cells):
            starts = bool(cells[self.ref_at])
        else:
            starts = line.top - self.bottom > _ROW_GAP * line.height
        if not self.parts or starts:
            self.finish()
            self.parts, self.top = cells, line.top
        else:
            for parts, cell in zip(self.parts, cells, strict=True):
                parts.extend(cell)
        self.bottom = line.bottom

    def finish(self) -> None:
        if self.parts:
            texts = (join_wrapped(parts, limit) for parts, limit in zip(self.parts, self.limits, strict=True))
            self.items.append(PageItem(self.top, cells=tuple(texts)))
        self.parts = []


def _rows(lines: list[VisualLine], gutters: list[Interval], columns: dict[int, str], groups: set[int]) -> list[PageItem]:
    gatherer = _RowGatherer(gutters, _limits(lines, gutters), columns)
    for index, line in enumerate(lines):
        if index in groups:
            gatherer.group(line)
        else:
            gatherer.line(line)
    gatherer.finish()
    return gatherer.items


def _best_start(headers: list[_Header | None], first: _Header, at: int) -> tuple[int, _Header]:
    """Of the headers starting within the lines of the one found at *at*, the one naming most
    columns (the lowest on a tie): a prose line just above a header must not open the table."""
    found = [(len(h.columns), start, h) for start in range(at, first.end) if (h := headers[start])]
    _, start, header = max(found, key=lambda item: (item[0], item[1]))
    return start, header


def find_unruled_tables(lines: list[VisualLine], state: TableState) -> tuple[list[PageItem], set[int]]:
    """Rows of the unruled task tables among *lines*, and which lines they take (the rest is prose)."""
    items: list[PageItem] = []
    used: set[int] = set()
    index = 0
    headers = [_header_at(lines, at) for at in range(len(lines))]
    if state.runs_on and state.gutters:  # the previous page's table goes on at the top of this one
        above = next((at for at, header in enumerate(headers) if header), len(lines))
        gutters, index, groups = _body(lines[:above], 0, [[gutter] for gutter in state.gutters])
        items.extend(_rows(lines[:index], gutters, state.columns, groups))
        used.update(range(index))
    while index < len(lines):
        found = headers[index]
        if found is None:
            index += 1
            continue
        index, header = _best_start(headers, found, index)
        centres = [(a + b) / 2 for a, b in header.places]
        free = [[(centres[i], centres[i + 1])] for i in range(len(centres) - 1)]
        gutters, end, groups = _body(lines, header.end, free)
        items.append(PageItem(lines[index].top, cells=header.cells))
        body = lines[header.end : end]
        items.extend(_rows(body, gutters, header.columns, {g - header.end for g in groups}))
        used.update(range(index, end))
        state.columns, state.gutters = header.columns, gutters
        index = end
    return items, used
