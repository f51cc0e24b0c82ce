"""Shared python-docx pieces: ND 30 page setup, Times New Roman styles, rules, fields and table flags."""

from __future__ import annotations

import re

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from xa_planner.domain.text import nfc
from xa_planner.exporting import nd30
from xa_planner.exporting.table_widths import CellFont, estimated_lines, paragraph_widths

TABLE_STYLE = "XA Bảng"
TABLE_HEADER_STYLE = "XA Bảng tiêu đề"
CELL_MARGIN_PT = 5.4  # Word's default left/right cell margin (0.08 inch)
CELL_MARGIN_VERTICAL_PT = 2.0  # Word's default is none: text would touch the rules
TABLE_FONT = CellFont(nd30.APPENDIX_TABLE_SIZE, 2 * CELL_MARGIN_PT)
# Word rejects out-of-order children, so new elements go before their schema successors.
_TBLPR_AFTER_BORDERS = (
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)

_PPR_AFTER_BORDERS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_SECTPR_AFTER_PAGE_NUMBERS = (
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)


def set_font_name(element_rpr_owner, name: str = nd30.FONT_NAME) -> None:
    """Name the font for every script slot, so Word never falls back for Vietnamese."""
    rpr = element_rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), name)


def setup_styles(document: Document) -> None:
    """Normal = Times New Roman 14, no spacing; plus the table text styles of the appendix."""
    normal = document.styles["Normal"]
    normal.font.name = nd30.FONT_NAME
    normal.font.size = Pt(nd30.BODY_SIZE)
    set_font_name(normal.element)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    _add_table_style(document, TABLE_STYLE, bold=False)
    _add_table_style(document, TABLE_HEADER_STYLE, bold=True)


def _add_table_style(document: Document, name: str, bold: bool) -> None:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(nd30.APPENDIX_TABLE_SIZE)
    style.font.bold = bold
    style.paragraph_format.line_spacing = 1.0
    if bold:
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def setup_section(section: Section, landscape: bool) -> None:
    """A4 in the given orientation with ND 30 margins."""
    short, long = Mm(nd30.A4_MM[0]), Mm(nd30.A4_MM[1])
    margins = nd30.LANDSCAPE_MARGINS if landscape else nd30.PORTRAIT_MARGINS
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.top_margin, section.bottom_margin = Mm(margins.top), Mm(margins.bottom)
    section.left_margin, section.right_margin = Mm(margins.left), Mm(margins.right)
    section.header_distance = Mm(margins.top / 2)


def text_width_pt(section: Section) -> float:
    width, left, right = section.page_width, section.left_margin, section.right_margin
    if width is None or left is None or right is None:
        raise ValueError("the section's page size and margins are set by set_page first")
    return (width - left - right) / 12700


def write_text(
    paragraph: Paragraph,
    text: str,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> Paragraph:
    """Fill *paragraph* with one run of NFC text in the given look."""
    run = paragraph.add_run(nfc(text))
    if size is not None:
        run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.italic = italic or None
    if align is not None:
        paragraph.alignment = align
    return paragraph


# A hyphen inside a symbol or an acronym pair ("206/QĐ-TTg", "HĐND-UBND"): Word and
# LibreOffice would break a line after it, splitting the number or the name.
_SYMBOL_HYPHEN = re.compile(r"(?<=[A-ZĐ0-9])-(?=[A-ZĐ0-9])")


def add_cell_text(paragraph: Paragraph, text: str) -> None:
    """One run of NFC table text whose symbol hyphens are no-break hyphens (w:noBreakHyphen)."""
    run = paragraph.add_run()
    for index, piece in enumerate(_SYMBOL_HYPHEN.split(nfc(text))):
        if index:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        if piece:
            element = OxmlElement("w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = piece
            run._r.append(element)


def add_rule(paragraph: Paragraph, rule_width: float, space_width: float) -> None:
    """Turn an empty paragraph into a centred solid rule *rule_width* points long."""
    indent = max((space_width - rule_width) / 2, 0)
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = Pt(indent)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert_element_before(borders, *_PPR_AFTER_BORDERS)


def add_page_number_field(paragraph: Paragraph) -> None:
    """A PAGE field: Word shows the page's number, counted per section."""
    run = paragraph.add_run()
    run.font.size = Pt(nd30.PAGE_NUMBER_SIZE)
    for kind, text in (
        ("begin", None),
        ("instr", " PAGE "),
        ("separate", None),
        ("text", "2"),
        ("end", None),
    ):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def number_pages_from_second(section: Section, restart: bool) -> None:
    """ND 30: page number centred in the top margin, none on the section's first page."""
    section.different_first_page_header_footer = True
    if restart:
        number_type = OxmlElement("w:pgNumType")
        number_type.set(qn("w:start"), "1")
        sect_pr = section._sectPr
        sect_pr.insert_element_before(number_type, *_SECTPR_AFTER_PAGE_NUMBERS)
        return
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number_field(header)


def mark_header_row(row: _Row) -> None:
    """w:tblHeader: Word repeats this row at the top of every page the table runs onto."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def fits_a_page(texts, widths_pt: list[float], landscape: bool) -> bool:
    """Whether a row of *texts* is surely shorter than a page, so Word may keep it whole."""
    margins = nd30.LANDSCAPE_MARGINS if landscape else nd30.PORTRAIT_MARGINS
    page_mm = (nd30.A4_MM[0] if landscape else nd30.A4_MM[1]) - margins.top - margins.bottom
    size = nd30.APPENDIX_TABLE_SIZE
    lines = max(
        estimated_lines(paragraph_widths(text, size), width - TABLE_FONT.padding) * 1.2
        for text, width in zip(texts, widths_pt, strict=True)
    )
    height = lines * size * nd30.TABLE_LINE_SPACING + 2 * CELL_MARGIN_VERTICAL_PT
    return height < 0.8 * page_mm * nd30.POINTS_PER_MM


def keep_row_whole(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))


def remove_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.insert_element_before(borders, *_TBLPR_AFTER_BORDERS)


def set_column_widths(table: Table, widths_pt: list[float]) -> None:
    """Fixed column widths (grid and every cell), so Word and LibreOffice agree."""
    table.autofit = False
    for column, width in zip(table.columns, widths_pt, strict=True):
        column.width = Pt(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_pt, strict=True):
            cell.width = Pt(width)


def set_cell_margins(
    table: Table, vertical_pt: float, horizontal_pt: float = CELL_MARGIN_PT
) -> None:
    """Room around every cell's text (w:tblCellMar), above and below as well as at the sides."""
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (
        ("top", vertical_pt),
        ("left", horizontal_pt),
        ("bottom", vertical_pt),
        ("right", horizontal_pt),
    ):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(round(value * 20)))  # twentieths of a point
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    properties = table._tbl.tblPr
    properties.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
