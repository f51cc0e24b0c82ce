"""The commune plan as a portrait A4 PDF laid out to ND 30 (model 1.4), optionally followed by its appendix."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from xa_planner.exporting import nd30
from xa_planner.exporting.appendix_pdf_writer import (
    APPENDIX_TEMPLATE,
    appendix_flowables,
    appendix_page_template,
    pdf_doc_template,
    table_font,
)
from xa_planner.exporting.atomic_output import atomic_target
from xa_planner.exporting.fonts import text_width
from xa_planner.exporting.pdf_layout import (
    CentredRule,
    Nd30Styles,
    PageNumbering,
    body_para,
    para,
)
from xa_planner.exporting.plan_document import Nd30Head, PlanDocument, TextBlock

PLAN_TEMPLATE = "plan"
HEADER_SHARES = (0.42, 0.58)  # issuing body | national name; the right side holds its line
FOOTER_SHARES = (0.5, 0.5)  # Nơi nhận | signature
NO_PADDING = [
    (side, (0, 0), (-1, -1), 0)
    for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
]


def frame_width() -> float:
    margins = nd30.PORTRAIT_MARGINS
    return A4[0] - (margins.left + margins.right) * mm


def plan_page_template(styles: Nd30Styles) -> PageTemplate:
    margins = nd30.PORTRAIT_MARGINS
    frame = Frame(
        margins.left * mm,
        margins.bottom * mm,
        frame_width(),
        A4[1] - (margins.top + margins.bottom) * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=PLAN_TEMPLATE,
    )
    numbering = PageNumbering(
        styles.page_number_font, margins.top * mm, margins.left * mm, margins.right * mm
    )
    return PageTemplate(id=PLAN_TEMPLATE, frames=[frame], onPage=numbering, pagesize=A4)


def header_table(document: Nd30Head, styles: Nd30Styles, year: int | None = None) -> Table:
    """Two borderless columns: issuing body and number | national name, motto and date line.

    An undated document leaves blanks for the number, the day and the month; *year* is printed.
    """
    lines = nd30.issuer_lines(document.issuing_body)
    left = [para(document.superior_body, styles.superior)] if document.superior_body else []
    left += [para(line, styles.issuer) for line in lines]
    issuer_width = max(text_width(line, nd30.ISSUER_SIZE, bold=True) for line in lines)
    left.append(CentredRule(issuer_width * nd30.ISSUER_RULE_FRACTION))
    right = [
        para(nd30.NATIONAL_NAME, styles.national),
        para(nd30.MOTTO, styles.motto),
        CentredRule(text_width(nd30.MOTTO, nd30.MOTTO_SIZE, bold=True)),
    ]
    rows = [
        [left, right],
        [
            para(nd30.number_line(document.number), styles.number),
            para(nd30.vn_date_line(document.place, document.issued_on, year), styles.date_line),
        ],
    ]
    widths = [share * frame_width() for share in HEADER_SHARES]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        NO_PADDING
        + [
            table_font(styles),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 1), (-1, 1), 6),
        ]
    )
    return table


def title_flowables(document: Nd30Head, styles: Nd30Styles, subtitle: str = "") -> list:
    """Title, summary line, an optional italic line under it (a report's period), then the rule."""
    summary_width = min(text_width(document.summary, nd30.TITLE_SIZE, bold=True), frame_width())
    return [
        para(document.title, styles.title),
        para(document.summary, styles.summary),
        *([para(subtitle, styles.date_line)] if subtitle else []),
        CentredRule(max(summary_width / 3, 40 * mm), gap=6),
        Spacer(1, 8),
    ]


def _body_flowables(blocks: tuple[TextBlock, ...], styles: Nd30Styles) -> list:
    """Headings and justified paragraphs; the last sentence ends with "./."."""
    flowables = []
    last = _last_paragraph_position(blocks)
    for block_index, block in enumerate(blocks):
        if block.heading:
            flowables.append(para(block.heading, styles.heading))
        for index, text in enumerate(block.paragraphs):
            if (block_index, index) == last:
                text = nd30.with_end_mark(text)
            flowables.append(body_para(text, styles.body))
    return flowables


def _last_paragraph_position(blocks: tuple[TextBlock, ...]) -> tuple[int, int] | None:
    for block_index in range(len(blocks) - 1, -1, -1):
        if blocks[block_index].paragraphs:
            return block_index, len(blocks[block_index].paragraphs) - 1
    return None


def footer_table(document: Nd30Head, styles: Nd30Styles) -> KeepTogether:
    """ "Nơi nhận" on the left, level with the signing authority on the right; never split."""
    left = [para(nd30.RECIPIENTS_LABEL, styles.recipients_label)]
    left += [para(line, styles.recipient) for line in nd30.recipient_lines(document.recipients)]
    sig = document.signature
    right = [
        para(sig.authority, styles.signature),
        para(sig.title, styles.signature),
        Spacer(1, nd30.SIGNATURE_GAP_MM * mm),
        para(sig.printed_name, styles.signature),
    ]
    widths = [share * frame_width() for share in FOOTER_SHARES]
    table = Table([[left, right]], colWidths=widths)
    table.setStyle(NO_PADDING + [table_font(styles), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return KeepTogether([Spacer(1, 12), table])


def plan_flowables(document: PlanDocument, styles: Nd30Styles) -> list:
    return [
        header_table(document, styles, document.issue_year),
        *title_flowables(document, styles),
        *_body_flowables(document.body, styles),
        footer_table(document, styles),
    ]


def write_plan_pdf(
    document: PlanDocument, path: str | os.PathLike[str], *, include_appendix: bool = False
) -> Path:
    """Write the plan (and, when asked and present, its landscape appendix) to *path*."""
    styles = Nd30Styles()
    flowables = plan_flowables(document, styles)
    templates = [plan_page_template(styles)]
    if include_appendix and document.appendix is not None:
        templates.append(appendix_page_template(styles))
        flowables += [
            NextPageTemplate(APPENDIX_TEMPLATE),
            PageBreak(),
            *appendix_flowables(document.appendix, styles),
        ]
    with atomic_target(path) as temp:
        doc = pdf_doc_template(temp, f"{document.title} {document.number}", templates, styles)
        doc.build(flowables)
    return Path(path)
