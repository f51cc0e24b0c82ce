"""The appendix (Phụ lục) as a print-ready workbook: landscape A4 at full size, titles on every page."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from xa_planner.domain.text import nfc
from xa_planner.exporting import fonts, nd30
from xa_planner.exporting.atomic_output import save_zip_package
from xa_planner.exporting.fonts import text_width
from xa_planner.exporting.plan_document import AppendixDocument
from xa_planner.exporting.table_widths import (
    CellFont,
    appendix_column_widths,
    header_text,
    kept_whole_lines,
    wrapped_lines,
)

SHEET_TITLE = "Phụ lục"
HEADER_ROW = 5  # rows 1–3: "Phụ lục", title, reference line; row 4 is a gap
TABLE_FONT_SIZE = 12  # the Normal font: its digit ("0", 8 px) is the unit of column widths
LINE_HEIGHT_PT = 15.75  # one line of 12 pt Times New Roman as Excel spaces it
CELL_FONT_SIZE = 11  # the appendix's cells, as in its PDF and .docx
ROW_PADDING_PX = 2  # Excel's one-line row is the font's line and 2 px: Times 12 is 19 + 2 = 21 px
PX = 0.75  # points per pixel of a 96 dpi screen, Excel's unit for row heights
MAX_ROW_HEIGHT_PT = 409  # Excel's limit for one row
_PAGE_SLACK_PT = 4  # a page a little shorter than the paper's: the programs round row heights
CELL_PADDING_PT = 4  # Excel's room inside a cell (LibreOffice leaves less), both sides together
FILL_SHARE = 0.98  # of the printable width: a little room, so no program shrinks the page
_THIN = Side(style="thin", color="000000")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _font(bold: bool = False, italic: bool = False, size: float = TABLE_FONT_SIZE) -> Font:
    return Font(name=nd30.FONT_NAME, size=size, bold=bold, italic=italic)


_PLAIN, _BOLD = _font(size=CELL_FONT_SIZE), _font(bold=True, size=CELL_FONT_SIZE)


def set_text(ws: Worksheet, row: int, column: int, text: str):
    """Write *text* as a string cell: never a formula, whatever it starts with."""
    cell = ws.cell(row=row, column=column)
    cell.value = nfc(text)
    cell.data_type = "s"  # openpyxl makes "=…" a formula; untrusted text stays text
    return cell


def width_units(points: float) -> float:
    """Excel's column width for *points*: a count of the Normal font's digit width ("0").

    Excel and LibreOffice both measure a width in the Normal font's digits, so the Normal
    font is set to the cells' Times New Roman (see :func:`times_as_normal_font`).
    """
    return max(points / text_width("0", TABLE_FONT_SIZE), 1)


def times_as_normal_font(workbook: Workbook) -> None:
    """The workbook's Normal style in Times New Roman 12, the unit of its column widths."""
    normal = Font(name=nd30.FONT_NAME, size=TABLE_FONT_SIZE)
    workbook._fonts[0] = normal  # openpyxl keeps the Normal style's font first; no public API
    workbook._named_styles["Normal"].font = normal


def printable_width_pt() -> float:
    margins = nd30.LANDSCAPE_MARGINS
    return (nd30.A4_MM[1] - margins.left - margins.right) * nd30.POINTS_PER_MM


def column_widths_pt(appendix: AppendixDocument) -> list[float]:
    font = CellFont(CELL_FONT_SIZE, CELL_PADDING_PT)
    return appendix_column_widths(appendix, printable_width_pt() * FILL_SHARE, font)


def _row_height(texts, widths: list[float], bold: bool = False) -> float:
    """As tall as the tallest cell's wrapped text, as Excel sizes a row to fit it: a whole-pixel
    line of the font a line, and the row's padding once (neither program sizes a row on opening,
    and LibreOffice, whose lines are a little tighter, prints this height as it is)."""
    lines = max(
        wrapped_lines(text, width - CELL_PADDING_PT, CELL_FONT_SIZE, bold)
        for text, width in zip(texts, widths, strict=True)
    )
    return _lines_height(lines, bold)


def _lines_height(lines: int, bold: bool = False) -> float:
    """A row of *lines* lines: a whole-pixel line of the font each, and the row's padding once."""
    regular, heavy = fonts.measured_faces()
    line = (heavy if bold else regular).line_pixels(CELL_FONT_SIZE)
    return min((lines * line + ROW_PADDING_PX) * PX, MAX_ROW_HEIGHT_PT)


def _title_rows(ws: Worksheet, appendix: AppendixDocument, widths: list[float]) -> None:
    """Merged, centred title rows like the paper form."""
    size = nd30.APPENDIX_HEADING_SIZE
    rows = (
        (appendix.heading, _font(True, size=size)),
        (appendix.title, _font(True, size=size)),
        (appendix.reference_line, _font(italic=True, size=size)),
    )
    columns = len(widths)
    for index, (text, font) in enumerate(rows, start=1):
        ws.merge_cells(start_row=index, start_column=1, end_row=index, end_column=columns)
        cell = set_text(ws, index, 1, text)
        cell.font, cell.alignment = font, _WRAP_CENTER
        lines = wrapped_lines(text, sum(widths) - CELL_PADDING_PT, size, bold=True)
        ws.row_dimensions[index].height = lines * size * 1.32 + 3


# Table cells take one of four named styles, registered once per workbook: assigning a style by
# name is several times faster than setting font, border and alignment on every cell.
_CELL_STYLES = {
    "xa_cell_center": (False, _WRAP_CENTER),
    "xa_cell_top": (False, _WRAP_TOP),
    "xa_bold_center": (True, _WRAP_CENTER),
    "xa_bold_top": (True, _WRAP_TOP),
}


def _register_cell_styles(workbook: Workbook) -> None:
    for name, (bold, alignment) in _CELL_STYLES.items():
        font = _BOLD if bold else _PLAIN
        workbook.add_named_style(NamedStyle(name, font=font, border=GRID, alignment=alignment))


def _cell_style(bold: bool, column: int) -> str:
    weight = "bold" if bold else "cell"
    return f"xa_{weight}_{'center' if column == 1 else 'top'}"


def _header_row(ws: Worksheet, titles: tuple[str, ...], widths: list[float]) -> None:
    font = CellFont(CELL_FONT_SIZE, CELL_PADDING_PT)
    # Broken between phrases by hand: Excel would wrap "Kết quả/sản" as one word.
    texts = [header_text(title, width, font) for title, width in zip(titles, widths, strict=True)]
    for column, text in enumerate(texts, start=1):
        set_text(ws, HEADER_ROW, column, text).style = "xa_bold_center"
    ws.row_dimensions[HEADER_ROW].height = _row_height(texts, widths, bold=True)


def _table_row(ws: Worksheet, row: int, texts: tuple[str, ...], widths: list[float]) -> None:
    kept = [
        kept_whole_lines(text, width - CELL_PADDING_PT, CELL_FONT_SIZE)
        for text, width in zip(texts, widths, strict=True)
    ]
    for column, (text, _) in enumerate(kept, start=1):
        set_text(ws, row, column, text).style = _cell_style(False, column)
    ws.row_dimensions[row].height = _lines_height(max(lines for _, lines in kept))


def _section_row(ws: Worksheet, row: int, numeral: str, title: str, widths: list[float]) -> None:
    columns = len(widths)
    for column, text in enumerate((numeral, title) + ("",) * (columns - 2), start=1):
        set_text(ws, row, column, text).style = _cell_style(True, column)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=columns)
    ws.row_dimensions[row].height = _row_height(
        (numeral, title), [widths[0], sum(widths[1:])], bold=True
    )


def _print_setup(ws: Worksheet, last_column: str) -> None:
    """Landscape A4, one page wide and as tall as needed, header row on every page.

    The columns already fit the page, so "fit to width" keeps the print at full size.
    """
    page_setup(ws, landscape=True)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    ws.HeaderFooter.differentFirst = True  # ND 30: no number on the first page
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = nd30.FONT_NAME
    ws.oddHeader.center.size = nd30.PAGE_NUMBER_SIZE
    ws.print_area = f"A1:{last_column}{ws.max_row}"


def page_setup(ws: Worksheet, landscape: bool) -> None:
    """A4 with ND 30 margins, one page wide and as many pages tall as needed."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # without it Excel ignores fitTo*
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    margins = nd30.LANDSCAPE_MARGINS if landscape else nd30.PORTRAIT_MARGINS
    inch = nd30.MM_PER_INCH
    ws.page_margins = PageMargins(
        left=margins.left / inch,
        right=margins.right / inch,
        top=margins.top / inch,
        bottom=margins.bottom / inch,
        header=margins.top / 2 / inch,
        footer=0.3,
    )


def _keep_groups_with_their_first_task(ws: Worksheet, group_rows: set[int], last: int) -> None:
    """A page break before each group heading that would otherwise end a page, its tasks on the
    next (the PDF and Word keep a heading with the row after it; a sheet needs a manual break).

    The pages are laid out as the programs do with the rows' own heights: a row that does not
    fit starts a new page under the repeated header row. Each manual break starts a page where
    the programs start it too, so a small difference in their page height never accumulates.
    """
    margins = nd30.LANDSCAPE_MARGINS
    page = (nd30.A4_MM[0] - margins.top - margins.bottom) * nd30.POINTS_PER_MM - _PAGE_SLACK_PT

    def height(row: int) -> float:
        return ws.row_dimensions[row].height or LINE_HEIGHT_PT

    header = height(HEADER_ROW)
    used = sum(height(row) for row in range(1, HEADER_ROW + 1))
    for row in range(HEADER_ROW + 1, last + 1):
        with_next = height(row) + (height(row + 1) if row < last else 0.0)
        if row in group_rows and used > header and used + with_next > page:
            ws.row_breaks.append(Break(id=row - 1))  # the break follows row - 1
            used = header
        elif used + height(row) > page:
            used = header
        used += height(row)


def build_appendix_workbook(appendix: AppendixDocument) -> Workbook:
    workbook = Workbook()
    times_as_normal_font(workbook)
    _register_cell_styles(workbook)
    ws = workbook.active
    ws.title = SHEET_TITLE
    columns = len(appendix.column_titles)
    widths = column_widths_pt(appendix)
    for index, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + index)].width = width_units(width)
    _title_rows(ws, appendix, widths)
    _header_row(ws, appendix.column_titles, widths)
    row = HEADER_ROW + 1
    group_rows = set()
    for section in appendix.sections:
        _section_row(ws, row, section.numeral, section.title, widths)
        group_rows.add(row)
        row += 1
        for task in section.rows:
            _table_row(ws, row, task.cells(), widths)
            row += 1
    _keep_groups_with_their_first_task(ws, group_rows, row - 1)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    _print_setup(ws, chr(ord("A") + columns - 1))
    return workbook


def write_appendix_xlsx(appendix: AppendixDocument, path: str | os.PathLike[str]) -> Path:
    """Write the appendix as a print-ready .xlsx at *path* (atomically)."""
    workbook = build_appendix_workbook(appendix)
    return save_zip_package(workbook, path)
