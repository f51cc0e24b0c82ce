"""The monthly report as an editable Word document in the ND 30 layout, with its tables and charts."""

from __future__ import annotations

import io
import os
from pathlib import Path

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import _Cell

from xa_planner.domain.monthly_report import MonthlyReport
from xa_planner.exporting import docx_layout, nd30, table_widths
from xa_planner.exporting.appendix_docx_writer import new_nd30_document
from xa_planner.exporting.atomic_output import save_zip_package
from xa_planner.exporting.plan_docx_writer import add_footer, add_header, add_title, body_paragraph
from xa_planner.exporting.report_chart import chart_png, indicator_chart, office_chart
from xa_planner.exporting.report_document import attachment_line
from xa_planner.exporting.report_tables import (
    ReportTable,
    indicator_table,
    office_table,
    status_table,
    task_table,
)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
CHART_WIDTH_PT = 430


def add_grid(document: Document, table: ReportTable, width: float) -> None:
    """A bordered table whose header row repeats on every page and whose rows never split."""
    font = docx_layout.TABLE_FONT
    rows = table_widths.glued_rows(table.rows)  # no break in "≥ 100%" or a short office name
    widths_pt = table_widths.column_widths(table.columns, rows, width, font)
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = document.styles["Table Grid"]
    grid.autofit = False
    docx_layout.set_cell_margins(grid, docx_layout.CELL_MARGIN_VERTICAL_PT)
    widths = [Pt(column) for column in widths_pt]
    for column, column_width in zip(grid.columns, widths, strict=True):
        column.width = column_width
    header = grid.rows[0]
    for cell, title, column_width in zip(header.cells, table.columns, widths, strict=True):
        cell.paragraphs[0].style = docx_layout.TABLE_HEADER_STYLE
        cell.paragraphs[0].add_run(table_widths.header_text(title, column_width.pt, font))
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell.width = column_width
    docx_layout.mark_header_row(header)
    docx_layout.keep_row_whole(header)
    # Resolved once: python-docx looks a style name up among all styles on every assignment.
    style_id = document.styles[docx_layout.TABLE_STYLE].style_id
    for values in rows:
        # _Row.cells walks the whole table each time; the row's own cells keep this linear.
        row = grid.add_row()
        cells = [_Cell(tc, grid) for tc in row._tr.tc_lst]
        for index, (cell, text) in enumerate(zip(cells, values, strict=True)):
            _fill(cell, text, index in table.centred, style_id)
            cell.width = widths[index]
        if docx_layout.fits_a_page(values, widths_pt, landscape=False):
            docx_layout.keep_row_whole(row)


def _fill(cell, text: str, centred: bool, style_id: str) -> None:
    lines = [line.strip() for line in text.splitlines() if line.strip()] or [""]
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        docx_layout.add_cell_text(paragraph, line)
        if centred:
            paragraph.alignment = CENTER
        paragraph._p.style = style_id


def _caption(document: Document, text: str) -> None:
    body_paragraph(document, text, bold=True)


def _add_chart(document: Document, drawing) -> None:
    """The chart as a picture when reportlab can render PNG here; the table above says the same."""
    png = chart_png(drawing) if drawing is not None else None
    if png is None:
        return
    paragraph = document.add_paragraph()
    paragraph.alignment = CENTER
    paragraph.add_run().add_picture(io.BytesIO(png), width=Pt(CHART_WIDTH_PT))


def _add_results_tables(document: Document, report: MonthlyReport, width: float) -> None:
    for table, chart in (
        (office_table(report), office_chart(report, CHART_WIDTH_PT)),
        (indicator_table(report), indicator_chart(report, CHART_WIDTH_PT)),
        (status_table(report), None),
    ):
        _caption(document, table.caption)
        if table.rows:
            add_grid(document, table, width)
            _add_chart(document, chart)
        else:
            body_paragraph(document, "Không có số liệu.", bold=False)
        document.add_paragraph().paragraph_format.space_after = Pt(nd30.PARAGRAPH_SPACE_AFTER)


def _add_sections(document: Document, report: MonthlyReport, width: float) -> None:
    last = report.sections[-1].key if report.sections else None
    for section in report.sections:
        body_paragraph(document, section.heading, bold=True)
        for index, text in enumerate(section.paragraphs):
            final = section.key == last and index == len(section.paragraphs) - 1
            body_paragraph(document, nd30.with_end_mark(text) if final else text, bold=False)
        if section.key == "results":
            _add_results_tables(document, report, width)


def _add_task_appendix(document: Document, report: MonthlyReport) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    docx_layout.setup_section(section, landscape=False)
    table = task_table(report)
    size = nd30.APPENDIX_HEADING_SIZE
    for text, look in (("Phụ lục", {"bold": True}), (table.caption, {"bold": True})):
        docx_layout.write_text(document.add_paragraph(), text, size, align=CENTER, **look)
    docx_layout.write_text(
        document.add_paragraph(), attachment_line(report), size, italic=True, align=CENTER
    )
    add_grid(document, table, docx_layout.text_width_pt(section))


def build_report_docx(report: MonthlyReport) -> Document:
    document = new_nd30_document()
    section = document.sections[0]
    docx_layout.setup_section(section, landscape=False)
    docx_layout.number_pages_from_second(section, restart=False)
    width = docx_layout.text_width_pt(section)
    add_header(document, report, report.deadline.year)
    add_title(document, report, subtitle=report.period_line)
    _add_sections(document, report, width)
    add_footer(document, report)
    if report.tasks:
        _add_task_appendix(document, report)
    return document


def write_report_docx(report: MonthlyReport, path: str | os.PathLike[str]) -> Path:
    """Write the monthly report as .docx at *path* (atomically) and return the path."""
    document = build_report_docx(report)
    return save_zip_package(document, path)
