"""Task tables on the pages of a text-layer PDF, read by position with pdfplumber, in reading order with the text.

pdfplumber reads a page about ten times slower than pypdf, so only a page whose text names task
columns (or that a table runs on to) is read by position; any other page keeps pypdf's text.
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Iterator

import pdfplumber
from pdfminer.pdfpage import PDFPage
from pdfplumber.page import Page
from pdfplumber.table import Table

from xa_planner.domain.text import fold
from xa_planner.importing.pdf_lines import Word, lines_of, visual_lines
from xa_planner.importing.pdf_table_rows import (
    PageItem,
    TableState,
    cell_line,
    group_cells,
    join_wrapped,
)
from xa_planner.importing.pdf_unruled_tables import find_unruled_tables
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning
from xa_planner.importing.table_extractor import header_columns

_RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_WORDS = {"x_tolerance": 1.5, "y_tolerance": 3}
_MAX_RULES = 2000  # rules and boxes on one page: more is no plan's table, and would be slow to join
_MAX_CHARS = 20_000  # letters on one page (a dense A4 page has about 5,000)
_MAX_PAGE_BYTES = 100_000  # drawing instructions of one page; a page of a Word table takes about 30,000
_MAX_SECONDS = 10.0  # reading by position stops here, a third of the import's time budget
_TASK_WORDS = re.compile(r"\b(?:nhiem vu|noi dung|cong viec)\b")
_COLUMN_WORDS = {  # the words of a header cell naming each kind of column
    "lead": re.compile(r"\bchu tri\b"),
    "support": re.compile(r"\bphoi hop\b"),
    "time": re.compile(r"\b(?:thoi gian|thoi han|tien do)\b"),
    "products": re.compile(r"\b(?:san pham|ket qua)\b"),
}
_CELL_LINE = 60  # characters: a header cell, or a few printed on one line, is no longer
_HEADER_LINE = 160  # characters: a whole header row printed on one line
_SENTENCE_MARKS = re.compile(r"[,.;:()]")  # a header cell has none; "Thời gian: Quý II." is a field
_NEAR = 12  # lines: how far apart the cells of one header row are printed


def _kinds(line: str) -> set[str]:
    return {kind for kind, words in _COLUMN_WORDS.items() if words.search(line)}


def may_hold_table(page_text: str) -> bool:
    """Whether the page's plain text shows a task table's header: its cells as short lines close
    together, or the whole row on one line without punctuation; prose pages are left to pypdf."""
    lines = [" ".join(fold(line).split()) for line in page_text.splitlines()]
    for index, line in enumerate(lines):
        # a narrow header cell wraps mid-phrase: "Nội dung" / "công việc", "Cơ quan chủ" / "trì"
        with_next = " ".join(lines[index : index + 2])
        if not _TASK_WORDS.search(with_next) or _SENTENCE_MARKS.search(line):
            continue
        if len(line) <= _HEADER_LINE and len(_kinds(line)) >= 2:
            return True
        if len(line) <= _CELL_LINE:
            near = [cell for cell in lines[max(0, index - _NEAR) : index + _NEAR] if _is_cell(cell)]
            if len(_kinds(" ".join(near))) >= 2:  # joined, as a wrapped cell's words read on
                return True
    return False


def _is_cell(line: str) -> bool:
    """A short line without a sentence's marks, as a header cell prints ("Cơ quan chủ trì")."""
    return len(line) <= _CELL_LINE and not _SENTENCE_MARKS.search(line)


class PdfTablePages:
    """Reads the pages of one PDF by position, in increasing page order, carrying a table over pages."""

    def __init__(self, data: bytes, max_cells: int) -> None:
        self._data, self._max_cells = data, max_cells
        self._pdf: pdfplumber.PDF | None = None
        self._pages: Iterator[tuple[int, PDFPage]] | None = None
        self.state = TableState()
        self.seconds = 0.0
        self.stopped = False
        self.warnings: list[ParsedWarning] = []

    def page_items(self, index: int, page_text: str, page_bytes: int | None) -> list[PageItem] | None:
        """Lines and table rows of page *index* in reading order, or None: no table, keep the plain text.

        *page_bytes* is the size of the page's drawing instructions, known before pdfminer reads
        them (None: pypdf could not read them, so pdfminer is not let near them either).
        """
        if not (self.state.runs_on or may_hold_table(page_text)) or self._out_of_time(index):
            return None
        if page_bytes is None:
            self.state = TableState()
            return None
        if page_bytes > _MAX_PAGE_BYTES:
            self._too_busy(index + 1)
            return None
        started = time.monotonic()
        page = self._page(index)
        try:
            return self._read(page) if page is not None else None
        except Exception:  # pdfminer raises many error types for damaged content: keep pypdf's text
            logging.getLogger(__name__).debug("page %d not read by position", index + 1)
            self.state = TableState()
            return None
        finally:
            self.seconds += time.monotonic() - started
            if page is not None:
                page.close()

    def _out_of_time(self, index: int) -> bool:
        if self.seconds <= _MAX_SECONDS:
            return False
        if not self.stopped:
            self.stopped = True
            self.warnings.append(ParsedWarning.of(PlanWarning.PDF_TABLES_LIMITED, count=index))
        return True

    def _too_busy(self, page_number: int) -> None:
        self.warnings.append(ParsedWarning.of(PlanWarning.PDF_PAGE_TOO_BUSY, page=page_number))
        self.state = TableState()

    def _page(self, index: int) -> Page | None:
        try:
            if self._pdf is None:
                self._pdf = pdfplumber.PDF(io.BytesIO(self._data))
                self._pages = enumerate(PDFPage.create_pages(self._pdf.doc))
            for number, page_obj in self._pages or ():
                if number == index:
                    return Page(self._pdf, page_obj, page_number=index + 1)
        except Exception:  # pdfminer raises many error types for damaged files: keep pypdf's text
            self._pages = iter(())
        return None

    def _read(self, page: Page) -> list[PageItem] | None:
        rules = len(page.rects) + len(page.lines) + len(page.curves)
        if rules > _MAX_RULES or len(page.chars) > _MAX_CHARS:
            self._too_busy(page.page_number)
            return None
        return read_page(page, self.state, self._max_cells)


def _ruling(page: Page) -> dict:
    """The finder's settings; a row broken at the page end has no rule under it, so one is
    drawn where the column rules stop (and where they start, for the rest of it on the next page)."""
    upright = [edge for edge in page.edges if edge["orientation"] == "v"]
    if not upright:
        return _RULED
    ends = [min(edge["top"] for edge in upright), max(edge["bottom"] for edge in upright)]
    return {**_RULED, "explicit_horizontal_lines": ends}


def _inside(word: Word, boxes: list[tuple[float, float, float, float]]) -> bool:
    x, y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _is_grid(table: Table) -> bool:
    """A ruled table of two rows and two columns at least (a frame round the page is not one)."""
    return len(table.rows) >= 2 and max(len(row.cells) for row in table.rows) >= 2


def _cell_text(words: list[Word], box: tuple[float, float, float, float]) -> str:
    """A ruled cell's text from the words inside it; its right limit mirrors its left padding."""
    lines = lines_of([word for word in words if _inside(word, [box])])
    if not lines:
        return ""
    padding = min(line.words[0]["x0"] for line in lines) - box[0]
    return join_wrapped([cell_line(line.words, line.height) for line in lines], box[2] - padding)


def _ruled_items(table: Table, words: list[Word], state: TableState, max_cells: int) -> list[PageItem]:
    items: list[PageItem] = []
    for row in table.rows:
        in_row = [word for word in words if _inside(word, [row.bbox])]  # each cell looks at its row's words only
        texts = [_cell_text(in_row, box) if box else None for box in row.cells[:max_cells]]
        cells = tuple(text or "" for text in texts)
        if columns := header_columns(cells):
            state.columns = columns
        merged = [text for text in texts if text is not None]  # None: under a merged cell
        if len(texts) >= 3 and len(merged) == 1 and merged[0]:
            cells = group_cells(merged[0], len(cells), state.columns)
        items.append(PageItem(row.bbox[1], cells=cells))
    return items


def read_page(page: Page, state: TableState, max_cells: int) -> list[PageItem] | None:
    """The page's text lines and table rows by height, or None when it holds no table."""
    words = page.extract_words(**_WORDS)
    tables = [table for table in page.find_tables(_ruling(page)) if _is_grid(table)]
    ruled = [item for table in tables for item in _ruled_items(table, words, state, max_cells)]
    lines = visual_lines([word for word in words if not _inside(word, [t.bbox for t in tables])])
    unruled, used = find_unruled_tables(lines, state)
    if not ruled and not unruled:
        state.runs_on = False
        return None
    prose = [PageItem(line.top, text=line.text) for i, line in enumerate(lines) if i not in used]
    items = sorted(ruled + unruled + prose, key=lambda item: item.top)
    state.runs_on = items[-1].cells is not None
    if ruled and items[-1] is ruled[-1]:
        state.gutters = []  # the table running on is ruled: the next page finds it by its rules
    return items
