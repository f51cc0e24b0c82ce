"""Turn decoded text into a SourceDocument; tab- or pipe-separated lines and one-cell-per-line tables become rows."""

from __future__ import annotations

import re

from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_cell, clean_line
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning
from xa_planner.importing.source_document import SourceDocument
from xa_planner.importing.text_tables import is_rule, pipe_cells, read_cell_table

_MIN_TABS = 2


def _row_cells(raw: str) -> list[str] | None:
    """The cells of a tab- or pipe-separated line, or None when it is running text."""
    if raw.count("\t") >= _MIN_TABS:
        return raw.split("\t")
    return None if is_rule(raw) else pipe_cells(raw)


def read_text(text: str, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    """Lines of running text and table rows, in order."""
    document = SourceDocument()
    raw_lines = re.split(r"\r\n|\r|\n|\u2028|\u2029", text)
    if len(raw_lines) > limits.max_lines:
        raw_lines = raw_lines[: limits.max_lines]
        document.warnings.append(ParsedWarning.of(PlanWarning.LINES_TRUNCATED, limit=limits.max_lines))
    index = 0
    while index < len(raw_lines):
        if index % 512 == 0:
            deadline.check()
        raw = raw_lines[index]
        table = read_cell_table(raw_lines, index) if len(raw) < 80 else None
        if table is not None:
            for cells in [table.header, *table.rows]:
                document.add_row([clean_cell(c) for c in cells[: limits.max_cells_per_row]])
            index = table.end
            continue
        row_cells = _row_cells(raw)
        if row_cells is not None:
            document.add_row([clean_cell(c) for c in row_cells[: limits.max_cells_per_row]])
        elif is_rule(raw) and "|" in raw:
            document.add_text("")
        else:
            document.add_text(clean_line(raw))
        index += 1
    return document
