"""The appendix (Phụ lục) as a landscape A4 PDF: title block and a task table that repeats its header."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, LongTable, PageTemplate, Spacer

from xa_planner.exporting import nd30
from xa_planner.exporting.atomic_output import atomic_target
from xa_planner.exporting.pdf_layout import Nd30Styles, PageNumbering, para
from xa_planner.exporting.plan_document import AppendixDocument, AppendixSection
from xa_planner.exporting.table_widths import CellFont, appendix_column_widths, header_text

APPENDIX_TEMPLATE = "appendix"
_CELL_PADDING = 3
_CELL_PADDING_VERTICAL = 1.5  # air above a cell's text (and 1 pt more below it)
_MIN_SPLIT_HEIGHT = 3 * nd30.APPENDIX_TABLE_SIZE * nd30.TABLE_LINE_SPACING  # three lines a cell


def appendix_page_template(
    styles: Nd30Styles, template_id: str = APPENDIX_TEMPLATE
) -> PageTemplate:
    """A landscape A4 page with ND 30 margins and its own page numbering."""
    margins = nd30.LANDSCAPE_MARGINS
    width, height = landscape(A4)
    frame = Frame(
        margins.left * mm,
        margins.bottom * mm,
        width - (margins.left + margins.right) * mm,
        height - (margins.top + margins.bottom) * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=template_id,
    )
    numbering = PageNumbering(
        styles.page_number_font, margins.top * mm, margins.left * mm, margins.right * mm
    )
    return PageTemplate(id=template_id, frames=[frame], onPage=numbering, pagesize=landscape(A4))


def appendix_frame_width() -> float:
    margins = nd30.LANDSCAPE_MARGINS
    return landscape(A4)[0] - (margins.left + margins.right) * mm


def appendix_frame_height() -> float:
    margins = nd30.LANDSCAPE_MARGINS
    return landscape(A4)[1] - (margins.top + margins.bottom) * mm


def appendix_flowables(document: AppendixDocument, styles: Nd30Styles) -> list:
    """Heading, title, reference line and the table, ready for a landscape frame."""
    return [
        para(document.heading, styles.appendix_heading),
        para(document.title, styles.appendix_title),
        para(document.reference_line, styles.appendix_reference),
        Spacer(1, 4 * mm),
        appendix_table(document, styles, appendix_frame_width()),
    ]


def appendix_table(document: AppendixDocument, styles: Nd30Styles, width: float) -> LongTable:
    """The task table: header row repeated on every page, rows split inside when taller than a page."""
    font = CellFont(nd30.APPENDIX_TABLE_SIZE, 2 * _CELL_PADDING)
    col_widths = appendix_column_widths(document, width, font)
    rows = [
        [
            para(header_text(title, column, font), styles.cell_header)
            for title, column in zip(document.column_titles, col_widths, strict=True)
        ]
    ]
    commands: list[tuple] = []
    for section in document.sections:
        commands += _section_row(section, len(rows))
        rows.append(_section_cells(section, styles, len(document.column_titles)))
        rows += [_task_cells(row.cells(), styles) for row in section.rows]
    table = AppendixTable(rows, colWidths=col_widths, repeatRows=1, splitInRow=_MIN_SPLIT_HEIGHT)
    table.setStyle(_base_style(styles) + commands)
    return table


def table_font(styles: Nd30Styles) -> tuple:
    """The cells' own font, so reportlab never selects its unembedded Helvetica default."""
    return ("FONT", (0, 0), (-1, -1), styles.page_number_font, nd30.APPENDIX_TABLE_SIZE)


class AppendixTable(LongTable):
    """A table that splits inside a row only when that row can never fit on a page.

    reportlab's splitInRow also splits ordinary rows in the space left at a page's foot;
    a clerk moves such a row whole to the next page, and so do we, taking a section title
    along with its first task. (Relies on reportlab's Table._calc/_splitRows, 4.x–5.x.)
    """

    def split(self, available_width: float, available_height: float) -> list:
        self._calc(available_width, available_height)
        overflowing = self._first_overflowing_row(available_height)
        if overflowing is None:
            return [self]
        if not self._fits_a_page(overflowing):
            return self._splitRows(available_height, doInRowSplit=True)
        if self._is_section_row(overflowing - 1):  # a section title goes with its first task
            available_height = sum(self._rowHeights[: overflowing - 1]) + 0.01
        return self._splitRows(available_height, doInRowSplit=False)

    def _is_section_row(self, index: int) -> bool:
        """Section rows are the ones whose spanned cells hold plain empty strings."""
        return index >= self.repeatRows and isinstance(self._cellvalues[index][-1], str)

    def _first_overflowing_row(self, available_height: float) -> int | None:
        used = 0.0
        for index, height in enumerate(self._rowHeights):  # computed by _calc
            used += height
            if used > available_height:
                return max(index, self.repeatRows)
        return None

    def _fits_a_page(self, index: int) -> bool:
        header = sum(self._rowHeights[: self.repeatRows])
        return header + self._rowHeights[index] <= appendix_frame_height()


def _section_cells(section: AppendixSection, styles: Nd30Styles, columns: int) -> list:
    cells = [para(section.numeral, styles.cell_header), para(section.title, styles.cell_section)]
    return cells + [""] * (columns - 2)


def _section_row(section: AppendixSection, index: int) -> list[tuple]:
    return [("SPAN", (1, index), (-1, index)), ("VALIGN", (0, index), (-1, index), "MIDDLE")]


def _task_cells(cells: tuple[str, ...], styles: Nd30Styles) -> list:
    first, *rest = cells
    return [para(first, styles.cell_number)] + [para(text, styles.cell) for text in rest]


def _base_style(styles: Nd30Styles) -> list[tuple]:
    return [
        table_font(styles),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), _CELL_PADDING_VERTICAL),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _CELL_PADDING_VERTICAL + 1),
    ]


def pdf_doc_template(
    path: Path, title: str, templates: list[PageTemplate], styles: Nd30Styles
) -> BaseDocTemplate:
    """A document template with metadata; the first template lays out page 1.

    The canvas starts in our serif face, so no unembedded Helvetica is referenced.
    """
    return BaseDocTemplate(
        str(path),
        pageTemplates=templates,
        title=title,
        author="xa_planner",
        creator="xa_planner",
        lang="vi-VN",
        initialFontName=styles.page_number_font,
        initialFontSize=12,
    )


def write_appendix_pdf(document: AppendixDocument, path: str | os.PathLike[str]) -> Path:
    """Write the appendix as its own landscape PDF at *path* (atomically) and return the path."""
    styles = Nd30Styles()
    with atomic_target(path) as temp:
        doc = pdf_doc_template(temp, document.title, [appendix_page_template(styles)], styles)
        doc.build(appendix_flowables(document, styles))
    return Path(path)
