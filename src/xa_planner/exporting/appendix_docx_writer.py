"""The appendix (Phụ lục) as a landscape Word document with a real table whose header row repeats."""

from __future__ import annotations

import os
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table, _Cell

from xa_planner.domain.text import nfc
from xa_planner.exporting import docx_layout, nd30, table_widths
from xa_planner.exporting.atomic_output import save_zip_package
from xa_planner.exporting.plan_document import AppendixDocument, AppendixSection

CENTER = WD_ALIGN_PARAGRAPH.CENTER
# Left and right of a cell's text, as in the PDF: Word's default 5.4 pt a side takes 75 pt of
# a seven-column row, a column's worth, and every row grows a line for it.
CELL_MARGIN_HORIZONTAL_PT = 3.0
TABLE_FONT = table_widths.CellFont(nd30.APPENDIX_TABLE_SIZE, 2 * CELL_MARGIN_HORIZONTAL_PT)


def add_appendix(document: Document, appendix: AppendixDocument, after_plan: bool) -> None:
    """Append the appendix in a landscape section of its own (numbered from 1 again)."""
    section = document.add_section(WD_SECTION.NEW_PAGE) if after_plan else document.sections[0]
    docx_layout.setup_section(section, landscape=True)
    docx_layout.number_pages_from_second(section, restart=after_plan)
    first = document.add_paragraph()
    size = nd30.APPENDIX_HEADING_SIZE
    docx_layout.write_text(first, appendix.heading, size, bold=True, align=CENTER)
    docx_layout.write_text(document.add_paragraph(), appendix.title, size, bold=True, align=CENTER)
    reference = document.add_paragraph()
    docx_layout.write_text(reference, appendix.reference_line, size, italic=True, align=CENTER)
    reference.paragraph_format.space_after = docx.shared.Pt(8)
    _add_table(document, appendix, docx_layout.text_width_pt(section))


def _add_table(document: Document, appendix: AppendixDocument, width: float) -> Table:
    columns = len(appendix.column_titles)
    widths = table_widths.appendix_column_widths(appendix, width, TABLE_FONT)
    table = document.add_table(rows=1, cols=columns)
    table.style = document.styles["Table Grid"]
    docx_layout.set_cell_margins(
        table, docx_layout.CELL_MARGIN_VERTICAL_PT, CELL_MARGIN_HORIZONTAL_PT
    )
    header = table.rows[0]
    for cell, title, column in zip(header.cells, appendix.column_titles, widths, strict=True):
        text = table_widths.header_text(title, column, TABLE_FONT)
        _fill(cell, text, docx_layout.TABLE_HEADER_STYLE)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    docx_layout.mark_header_row(header)
    docx_layout.keep_row_whole(header)
    for section in appendix.sections:
        _add_section_row(table, section)
        for row in section.rows:
            added = table.add_row()
            for index, (cell, text) in enumerate(zip(added.cells, row.cells(), strict=True)):
                _fill(cell, text, docx_layout.TABLE_STYLE, CENTER if index == 0 else None)
            if docx_layout.fits_a_page(row.cells(), widths, landscape=True):
                docx_layout.keep_row_whole(added)
    docx_layout.set_column_widths(table, widths)
    return table


def _add_section_row(table: Table, section: AppendixSection) -> None:
    row = table.add_row()
    cells = row.cells
    _fill(cells[0], section.numeral, docx_layout.TABLE_HEADER_STYLE)
    title_cell = cells[1].merge(cells[-1])
    _fill(title_cell, section.title, docx_layout.TABLE_STYLE)
    title_cell.paragraphs[0].runs[0].font.bold = True
    docx_layout.keep_row_whole(row)
    for cell in (cells[0], title_cell):  # a section title never stays alone at a page's foot
        cell.paragraphs[0].paragraph_format.keep_with_next = True


def _fill(cell: _Cell, text: str, style: str, align: WD_ALIGN_PARAGRAPH | None = None) -> None:
    """One paragraph per line of *text*, in the given table style."""
    lines = [line.strip() for line in nfc(text).splitlines() if line.strip()] or [""]
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        paragraph.style = style
        if align is not None:
            paragraph.alignment = align
        if line:
            docx_layout.add_cell_text(paragraph, line)


def new_nd30_document() -> Document:
    """An empty document with ND 30 styles in Times New Roman."""
    document = docx.Document()
    docx_layout.setup_styles(document)
    document.core_properties.author = "xa_planner"
    document.core_properties.language = "vi-VN"
    return document


def write_appendix_docx(appendix: AppendixDocument, path: str | os.PathLike[str]) -> Path:
    """Write the appendix as its own landscape .docx at *path* (atomically)."""
    document = new_nd30_document()
    add_appendix(document, appendix, after_plan=False)
    return save_zip_package(document, path)
