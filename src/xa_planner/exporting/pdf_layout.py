"""Shared reportlab pieces: ND 30 paragraph styles, rules, escaping and page numbering."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from xa_planner.domain.text import nfc
from xa_planner.exporting import nd30
from xa_planner.exporting.fonts import PdfFonts, pdf_fonts


def markup(text: str) -> str:
    """NFC, XML-escaped paragraph text; line breaks inside a field become <br/>."""
    lines = [escape(line.strip()) for line in nfc(text).splitlines()]
    return "<br/>".join(line for line in lines if line)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def body_para(text: str, style: ParagraphStyle) -> Paragraph:
    """A body paragraph; "(có Phụ lục kèm theo)" inside it is set in italics, as offices write it."""
    pieces = nd30.italic_pieces(text)
    return Paragraph(
        "".join(f"<i>{markup(p)}</i>" if italic else markup(p) for p, italic in pieces), style
    )


def _style(name: str, font: str, size: float, align: int, **extra: float) -> ParagraphStyle:
    leading = extra.pop("leading", size * 1.2)
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading, alignment=align, **extra
    )


class Nd30Styles:
    """The paragraph styles of the plan and the appendix, in the registered serif family."""

    def __init__(self, fonts: PdfFonts | None = None) -> None:
        f = fonts or pdf_fonts()
        indent = nd30.FIRST_LINE_INDENT_MM * mm
        body_leading = nd30.BODY_SIZE * 1.2 * nd30.BODY_LINE_SPACING
        self.superior = _style("superior", f.regular, nd30.ISSUER_SIZE, TA_CENTER)
        self.issuer = _style("issuer", f.bold, nd30.ISSUER_SIZE, TA_CENTER)
        self.national = _style("national", f.bold, nd30.NATIONAL_NAME_SIZE, TA_CENTER)
        self.motto = _style("motto", f.bold, nd30.MOTTO_SIZE, TA_CENTER)
        self.number = _style("number", f.regular, nd30.NUMBER_SIZE, TA_CENTER)
        self.date_line = _style("date", f.italic, nd30.DATE_LINE_SIZE, TA_CENTER)
        self.title = _style("title", f.bold, nd30.TITLE_SIZE, TA_CENTER, spaceBefore=18)
        self.summary = _style("summary", f.bold, nd30.TITLE_SIZE, TA_CENTER)
        common = {
            "leading": body_leading,
            "firstLineIndent": indent,
            "spaceAfter": nd30.PARAGRAPH_SPACE_AFTER,
        }
        self.heading = _style("heading", f.bold, nd30.BODY_SIZE, TA_LEFT, keepWithNext=1, **common)
        self.body = _style("body", f.regular, nd30.BODY_SIZE, TA_JUSTIFY, **common)
        self.recipients_label = _style("nn", f.bold_italic, nd30.RECIPIENTS_LABEL_SIZE, TA_LEFT)
        self.recipient = _style("recipient", f.regular, nd30.RECIPIENTS_SIZE, TA_LEFT)
        self.signature = _style("signature", f.bold, nd30.SIGNATURE_SIZE, TA_CENTER)
        self.appendix_heading = _style("pl", f.bold, nd30.APPENDIX_HEADING_SIZE, TA_CENTER)
        self.appendix_title = _style("pl-title", f.bold, nd30.APPENDIX_HEADING_SIZE, TA_CENTER)
        self.appendix_reference = _style("pl-ref", f.italic, nd30.APPENDIX_HEADING_SIZE, TA_CENTER)
        size = nd30.APPENDIX_TABLE_SIZE
        self.cell_header = _style(
            "th", f.bold, size, TA_CENTER, leading=size * nd30.TABLE_LINE_SPACING
        )
        self.cell_section = _style(
            "ts", f.bold, size, TA_LEFT, leading=size * nd30.TABLE_LINE_SPACING
        )
        self.cell_number = _style(
            "tn", f.regular, size, TA_CENTER, leading=size * nd30.TABLE_LINE_SPACING
        )
        self.cell = _style("td", f.regular, size, TA_LEFT, leading=size * nd30.TABLE_LINE_SPACING)
        self.page_number_font = f.regular


class CentredRule(Flowable):
    """A solid horizontal rule of a given width, centred in the frame (ND 30's short rules)."""

    def __init__(self, width: float, gap: float = 4.5, thickness: float = 0.6) -> None:
        super().__init__()
        self.rule_width, self.gap, self.thickness = width, gap, thickness

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.frame_width = available_width
        return available_width, self.gap + self.thickness

    def draw(self) -> None:
        x = (self.frame_width - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.thickness / 2, x + self.rule_width, self.thickness / 2)


class PageNumbering:
    """ND 30 page numbers: a bare number centred in the top margin, none on the first page.

    One instance per page template, so an appendix after the plan restarts at 1.
    """

    def __init__(self, font: str, top_margin: float, left: float = 0.0, right: float = 0.0) -> None:
        self.font, self.top_margin = font, top_margin
        self.left, self.right = left, right  # margins: the number is centred on the text block
        self.first_page: int | None = None

    def __call__(self, canvas, doc) -> None:
        page = canvas.getPageNumber()
        if self.first_page is None:
            self.first_page = page
        number = page - self.first_page + 1
        if number < 2:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(self.font, nd30.PAGE_NUMBER_SIZE)
        centre = self.left + (width - self.left - self.right) / 2
        canvas.drawCentredString(centre, height - self.top_margin / 2 - 4, str(number))
        canvas.restoreState()
