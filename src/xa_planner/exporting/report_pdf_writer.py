"""The monthly report as a portrait A4 PDF in the ND 30 layout, with its tables and bar charts."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, PageBreak, Spacer

from xa_planner.domain.monthly_report import MonthlyReport
from xa_planner.exporting import nd30
from xa_planner.exporting.appendix_pdf_writer import pdf_doc_template, table_font
from xa_planner.exporting.atomic_output import atomic_target
from xa_planner.exporting.pdf_layout import Nd30Styles, body_para, para
from xa_planner.exporting.plan_pdf_writer import (
    footer_table,
    frame_width,
    header_table,
    plan_page_template,
    title_flowables,
)
from xa_planner.exporting.report_chart import indicator_chart, office_chart
from xa_planner.exporting.report_document import attachment_line
from xa_planner.exporting.report_tables import (
    ReportTable,
    indicator_table,
    office_table,
    status_table,
    task_table,
)
from xa_planner.exporting.table_widths import CellFont, column_widths, glued_rows, header_text

_PADDING = 3


def grid_table(table: ReportTable, styles: Nd30Styles, width: float) -> LongTable:
    """A bordered table whose header row repeats on every page it runs onto.

    Its widths come from its content, so no date, number or short name is split in a cell.
    """
    font = CellFont(nd30.APPENDIX_TABLE_SIZE, 2 * _PADDING)
    rows = glued_rows(table.rows)  # no line break inside "≥ 100%" or a short office name
    widths = column_widths(table.columns, rows, width, font)
    header = [
        para(header_text(title, column, font), styles.cell_header)
        for title, column in zip(table.columns, widths, strict=True)
    ]
    body = [
        [
            para(text, styles.cell_number if index in table.centred else styles.cell)
            for index, text in enumerate(row)
        ]
        for row in rows
    ]
    grid = LongTable([header, *body], colWidths=widths, repeatRows=1)
    grid.setStyle(
        [
            table_font(styles),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            *[(side, (0, 0), (-1, -1), _PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")],
            ("TOPPADDING", (0, 0), (-1, -1), _PADDING - 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), _PADDING),
        ]
    )
    return grid


def _captioned(table: ReportTable, styles: Nd30Styles, chart=None) -> list:
    flowables = [para(table.caption, styles.heading)]
    if not table.rows:
        return flowables + [para("Không có số liệu.", styles.body)]
    flowables += [grid_table(table, styles, frame_width()), Spacer(1, 4 * mm)]
    if chart is not None:
        flowables += [KeepTogether([chart]), Spacer(1, 4 * mm)]
    return flowables


def _results_tables(report: MonthlyReport, styles: Nd30Styles) -> list:
    width = frame_width()
    return [
        *_captioned(office_table(report), styles, office_chart(report, width)),
        *_captioned(indicator_table(report), styles, indicator_chart(report, width)),
        *_captioned(status_table(report), styles),
    ]


def _sections(report: MonthlyReport, styles: Nd30Styles) -> list:
    flowables = []
    last = report.sections[-1].key if report.sections else None
    for section in report.sections:
        flowables.append(para(section.heading, styles.heading))
        for index, text in enumerate(section.paragraphs):
            final = section.key == last and index == len(section.paragraphs) - 1
            flowables.append(body_para(nd30.with_end_mark(text) if final else text, styles.body))
        if section.key == "results":
            flowables += _results_tables(report, styles)
    return flowables


def report_flowables(report: MonthlyReport, styles: Nd30Styles) -> list:
    flowables = [
        header_table(report, styles, report.deadline.year),
        *title_flowables(report, styles, subtitle=report.period_line),
        *_sections(report, styles),
        footer_table(report, styles),
    ]
    if report.tasks:
        tasks = task_table(report)
        flowables += [
            PageBreak(),
            para("Phụ lục", styles.appendix_heading),
            para(tasks.caption, styles.appendix_title),
            para(attachment_line(report), styles.appendix_reference),
            Spacer(1, 4 * mm),
            grid_table(tasks, styles, frame_width()),
        ]
    return flowables


def write_report_pdf(report: MonthlyReport, path: str | os.PathLike[str]) -> Path:
    """Write the monthly report as a PDF at *path* (atomically) and return the path."""
    styles = Nd30Styles()
    flowables = report_flowables(report, styles)
    with atomic_target(path) as temp:
        doc = pdf_doc_template(
            temp, f"{report.title} {report.summary}", [plan_page_template(styles)], styles
        )
        doc.build(flowables)
    return Path(path)
