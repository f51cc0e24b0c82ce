"""The commune plan as an editable Word document laid out to ND 30 (model 1.4), ready for signature."""

from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import _Cell

from xa_planner.exporting import docx_layout, nd30
from xa_planner.exporting.appendix_docx_writer import add_appendix, new_nd30_document
from xa_planner.exporting.atomic_output import save_zip_package
from xa_planner.exporting.fonts import text_width
from xa_planner.exporting.plan_document import Nd30Head, PlanDocument, TextBlock

CENTER = WD_ALIGN_PARAGRAPH.CENTER
HEADER_SHARES = (0.42, 0.58)
FOOTER_SHARES = (0.5, 0.5)


def _two_column_table(document: Document, rows: int, shares: tuple[float, float]):
    table = document.add_table(rows=rows, cols=2)
    docx_layout.remove_borders(table)
    width = docx_layout.text_width_pt(document.sections[-1])
    docx_layout.set_column_widths(table, [share * width for share in shares])
    return table


def _cell_line(cell: _Cell, first: bool, text: str, size: float, **look) -> None:
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    docx_layout.write_text(paragraph, text, size, align=look.pop("align", CENTER), **look)


def _rule(cell: _Cell, width: float, cell_width: float) -> None:
    docx_layout.add_rule(cell.add_paragraph(), width, cell_width - 2 * docx_layout.CELL_MARGIN_PT)


def add_header(document: Document, plan: Nd30Head, year: int | None = None) -> None:
    """Issuing body and number | national name, motto and the italic place-and-date line.

    An undated document leaves blanks for the number, the day and the month; *year* is printed.
    """
    table = _two_column_table(document, 2, HEADER_SHARES)
    left, right = table.rows[0].cells
    widths = [cell.width.pt for cell in (left, right)]
    lines = nd30.issuer_lines(plan.issuing_body)
    if plan.superior_body:
        _cell_line(left, True, plan.superior_body, nd30.ISSUER_SIZE)
    for index, line in enumerate(lines):
        _cell_line(left, index == 0 and not plan.superior_body, line, nd30.ISSUER_SIZE, bold=True)
    issuer_width = max(text_width(line, nd30.ISSUER_SIZE, bold=True) for line in lines)
    _rule(left, issuer_width * nd30.ISSUER_RULE_FRACTION, widths[0])
    _cell_line(right, True, nd30.NATIONAL_NAME, nd30.NATIONAL_NAME_SIZE, bold=True)
    _cell_line(right, False, nd30.MOTTO, nd30.MOTTO_SIZE, bold=True)
    _rule(right, text_width(nd30.MOTTO, nd30.MOTTO_SIZE, bold=True), widths[1])
    number, date = table.rows[1].cells
    _cell_line(number, True, nd30.number_line(plan.number), nd30.NUMBER_SIZE)
    _cell_line(
        date,
        True,
        nd30.vn_date_line(plan.place, plan.issued_on, year),
        nd30.DATE_LINE_SIZE,
        italic=True,
    )
    for cell in (number, date):
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)


def add_title(document: Document, plan: Nd30Head, subtitle: str = "") -> None:
    """Title, summary line, an optional italic line under it (a report's period), then the rule."""
    title = document.add_paragraph()
    title.paragraph_format.space_before = Pt(18)
    docx_layout.write_text(title, plan.title, nd30.TITLE_SIZE, bold=True, align=CENTER)
    docx_layout.write_text(
        document.add_paragraph(), plan.summary, nd30.TITLE_SIZE, bold=True, align=CENTER
    )
    if subtitle:
        docx_layout.write_text(
            document.add_paragraph(), subtitle, nd30.BODY_SIZE, italic=True, align=CENTER
        )
    width = docx_layout.text_width_pt(document.sections[-1])
    summary = min(text_width(plan.summary, nd30.TITLE_SIZE, bold=True), width)
    rule = document.add_paragraph()
    docx_layout.add_rule(rule, max(summary / 3, Mm(40).pt), width)
    rule.paragraph_format.space_after = Pt(12)


def body_paragraph(document: Document, text: str, bold: bool) -> None:
    paragraph = document.add_paragraph()
    align = WD_ALIGN_PARAGRAPH.LEFT if bold else WD_ALIGN_PARAGRAPH.JUSTIFY
    for piece, italic in nd30.italic_pieces(text):  # "(có Phụ lục kèm theo)" in italics
        docx_layout.write_text(paragraph, piece, nd30.BODY_SIZE, bold, italic, align)
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Mm(nd30.FIRST_LINE_INDENT_MM)
    fmt.space_after = Pt(nd30.PARAGRAPH_SPACE_AFTER)
    fmt.line_spacing = nd30.BODY_LINE_SPACING
    fmt.keep_with_next = bold or None


def _add_body(document: Document, blocks: tuple[TextBlock, ...]) -> None:
    """Headings and justified paragraphs; the last sentence ends with "./."."""
    texts: list[tuple[str, bool]] = []
    for block in blocks:
        if block.heading:
            texts.append((block.heading, True))
        texts += [(paragraph, False) for paragraph in block.paragraphs]
    last = max((i for i, (_text, bold) in enumerate(texts) if not bold), default=None)
    for index, (text, bold) in enumerate(texts):
        body_paragraph(document, nd30.with_end_mark(text) if index == last else text, bold)


def add_footer(document: Document, plan: Nd30Head) -> None:
    """ "Nơi nhận" left, level with the signing authority right; the row never splits."""
    table = _two_column_table(document, 1, FOOTER_SHARES)
    docx_layout.keep_row_whole(table.rows[0])
    left, right = table.rows[0].cells
    _cell_line(
        left,
        True,
        nd30.RECIPIENTS_LABEL,
        nd30.RECIPIENTS_LABEL_SIZE,
        bold=True,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    for line in nd30.recipient_lines(plan.recipients):
        _cell_line(left, False, line, nd30.RECIPIENTS_SIZE, align=WD_ALIGN_PARAGRAPH.LEFT)
    sig = plan.signature
    _cell_line(right, True, sig.authority, nd30.SIGNATURE_SIZE, bold=True)
    _cell_line(right, False, sig.title, nd30.SIGNATURE_SIZE, bold=True)
    gap = right.add_paragraph()
    gap.paragraph_format.space_before = Mm(nd30.SIGNATURE_GAP_MM)
    _cell_line(right, False, sig.printed_name, nd30.SIGNATURE_SIZE, bold=True)


def build_plan_docx(plan: PlanDocument, include_appendix: bool = False) -> Document:
    document = new_nd30_document()
    section = document.sections[0]
    docx_layout.setup_section(section, landscape=False)
    docx_layout.number_pages_from_second(section, restart=False)
    add_header(document, plan, plan.issue_year)
    add_title(document, plan)
    _add_body(document, plan.body)
    add_footer(document, plan)
    if include_appendix and plan.appendix is not None:
        add_appendix(document, plan.appendix, after_plan=True)
    return document


def write_plan_docx(
    plan: PlanDocument, path: str | os.PathLike[str], *, include_appendix: bool = False
) -> Path:
    """Write the plan (and, when asked and present, its appendix) as .docx at *path*."""
    document = build_plan_docx(plan, include_appendix)
    return save_zip_package(document, path)
