"""Read the sheets of an .xlsx appendix into table rows, streaming each sheet."""

from __future__ import annotations

from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_cell, clean_line
from xa_planner.importing.ooxml_archive import SafeArchive
from xa_planner.importing.sheet_cells import cell_text
from xa_planner.importing.source_document import SourceDocument
from xa_planner.importing.xlsx_workbook import open_workbook, present_cells, sheet_rows


def read_xlsx(archive: SafeArchive, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    """Every non-empty row of every sheet, each sheet introduced by its name."""
    workbook = open_workbook(archive)
    document, budget = SourceDocument(), limits.max_rows
    try:
        for sheet in workbook.worksheets:
            document.add_text(clean_line(sheet.title))
            for row in sheet_rows(sheet, limits, deadline, budget):
                budget -= 1
                values = [clean_cell(cell_text(c.value)) for c in present_cells(row)]
                if any(values):
                    document.add_row(values)
    finally:
        workbook.close()
    return document
