"""Turn decoded text into a SourceDocument; tab-separated lines (tables from converters) become rows."""

from __future__ import annotations

import re

from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_cell, clean_line
from xa_planner.importing.source_document import SourceDocument

_MIN_TABS = 2


def read_text(text: str, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    """Lines of running text and table rows, in order."""
    document = SourceDocument()
    raw_lines = re.split(r"\r\n|\r|\n|\u2028|\u2029", text)
    if len(raw_lines) > limits.max_lines:
        raw_lines = raw_lines[: limits.max_lines]
        document.warnings.append("lines_truncated")
    for index, raw in enumerate(raw_lines):
        if index % 512 == 0:
            deadline.check()
        if raw.count("\t") >= _MIN_TABS:
            cells = [clean_cell(c) for c in raw.split("\t")[: limits.max_cells_per_row]]
            document.add_row(cells)
        else:
            document.add_text(clean_line(raw))
    return document
