"""Layout facts of Nghị định 30/2020/NĐ-CP (Phụ lục I) shared by every writer, and its date line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MM_PER_INCH = 25.4
POINTS_PER_MM = 72 / MM_PER_INCH
A4_MM = (210.0, 297.0)

FONT_NAME = "Times New Roman"  # ND 30 I.1: Times New Roman, Unicode TCVN 6909:2001, black


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float
    bottom: float
    left: float
    right: float


# ND 30 I.1 gives ranges (top/bottom 20–25, left 30–35, right 15–20 mm); we take the lower end.
PORTRAIT_MARGINS = Margins(top=20, bottom=20, left=30, right=15)
# ND 30 does not say how a landscape page maps; the binding edge keeps its 30 mm (a guess to confirm).
LANDSCAPE_MARGINS = Margins(top=20, bottom=20, left=30, right=15)

# Sizes in points (ND 30 Phụ lục I, Mục II–III and the sample table).
NATIONAL_NAME_SIZE = 12  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold
MOTTO_SIZE = 13  # "Độc lập - Tự do - Hạnh phúc", bold, rule as long as the line
ISSUER_SIZE = 12  # issuing body, bold, rule 1/3–1/2 of the line
NUMBER_SIZE = 13  # "Số: 05/KH-UBND"
DATE_LINE_SIZE = 14  # italic
TITLE_SIZE = 14  # "KẾ HOẠCH" and its summary line, bold
BODY_SIZE = 14
RECIPIENTS_LABEL_SIZE = 12  # "Nơi nhận:", bold italic
RECIPIENTS_SIZE = 11
SIGNATURE_SIZE = 14
PAGE_NUMBER_SIZE = 13
APPENDIX_HEADING_SIZE = 14
APPENDIX_TABLE_SIZE = 11
TABLE_LINE_SPACING = 1.15  # single spacing of Times New Roman, as Word sets it in a table
FIRST_LINE_INDENT_MM = 12.7  # 1 cm or 1.27 cm
PARAGRAPH_SPACE_AFTER = 6  # ≥ 6 pt between paragraphs
BODY_LINE_SPACING = 1.15  # single to 1.5 lines
ISSUER_RULE_FRACTION = 0.4  # of the issuing body's line
SIGNATURE_GAP_MM = 25  # room for the signature and the seal

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
END_MARK = "./."

# The appendix's column widths come from its content (table_widths.py).


NUMBER_BLANK_MM = 18  # the space offices leave for the number written in at issue
DAY_BLANK_MM = 9  # and for the day and the month of the date line
NO_BREAK_SPACE = "\u00a0"  # neither collapsed nor stretched by reportlab, Word or LibreOffice


def blank(width_mm: float, size: float) -> str:
    """Room to write in by hand: no-break spaces about *width_mm* wide at *size* points."""
    from xa_planner.exporting.fonts import text_width  # reportlab's metrics, loaded on use

    space = text_width(NO_BREAK_SPACE, size)
    return NO_BREAK_SPACE * max(1, round(width_mm * POINTS_PER_MM / space))


def vn_date_line(
    place: str, date: dt.date | None, year: int | None = None, size: float = DATE_LINE_SIZE
) -> str:
    """ND 30's place-and-date line: day < 10 and months 1–2 get a leading zero.

    "Vĩnh Thủy, ngày 05 tháng 01 năm 2026" but "Vĩnh Thủy, ngày 25 tháng 5 năm 2026";
    without a date the day and month are blanks to fill in by hand, the known year printed.
    """
    if date is None:
        day = blank(DAY_BLANK_MM, size)
        year_text = str(year) if year else blank(DAY_BLANK_MM * 1.5, size)
        return f"{place}, ngày{day}tháng{day}năm {year_text}"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{place}, ngày {date.day:02d} tháng {month} năm {date.year}"


def number_line(number: str, size: float = NUMBER_SIZE, symbol: str = "/KH-UBND") -> str:
    """ "Số: 05/KH-UBND"; an unnumbered draft keeps a blank before its symbol."""
    return f"Số: {with_number_blank(number, size, symbol)}"


def with_number_blank(number: str, size: float, symbol: str = "/KH-UBND") -> str:
    """ "05/KH-UBND" as it is; "" or "   /BC-CAX" get a blank of the written number's width."""
    text = number.strip()
    if text and not text.startswith("/"):
        return text
    return blank(NUMBER_BLANK_MM, size) + (text or symbol)


def short_date_with_blanks(date: dt.date | None, year: int | None, size: float) -> str:
    """ "25/5/2026", or blanks for day and month before the known year: "  /  /2026"."""
    if date is not None:
        return f"{date.day:02d}/{date.month:02d}/{date.year}"
    day = blank(DAY_BLANK_MM, size)
    return f"{day}/{day}/{year}" if year else f"{day}/{day}/{blank(DAY_BLANK_MM * 1.5, size)}"


_ATTACHMENT_NOTE = re.compile(r"(?<=\()(có [Pp]hụ lục kèm theo)(?=\))")


def italic_pieces(text: str) -> list[tuple[str, bool]]:
    """*text* cut into (piece, italic): "(có Phụ lục kèm theo)" is italic inside its brackets."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for found in _ATTACHMENT_NOTE.finditer(text):
        pieces += [(text[position : found.start()], False), (found.group(1), True)]
        position = found.end()
    pieces.append((text[position:], False))
    return [(piece, italic) for piece, italic in pieces if piece]


def with_end_mark(text: str) -> str:
    """End the last body sentence with "./." exactly once."""
    stripped = text.rstrip()
    if stripped.endswith(END_MARK):
        return stripped
    return stripped.rstrip(".") + END_MARK


def issuer_lines(issuing_body: str) -> list[str]:
    """The issuing body on the lines a clerk would break it into: "ỦY BAN NHÂN DÂN" / "XÃ VĨNH THỦY"."""
    if "\n" in issuing_body:
        return [line.strip() for line in issuing_body.splitlines() if line.strip()]
    head = "ỦY BAN NHÂN DÂN "
    if issuing_body.upper().startswith(head) and len(issuing_body) > len(head) + 2:
        return [issuing_body[: len(head) - 1], issuing_body[len(head) :].strip()]
    return [issuing_body]


def recipient_lines(recipients: tuple[str, ...]) -> list[str]:
    """ "- UBND tỉnh;" … "- Lưu: VT, CAX.": a dash in front, ";" after, "." after the last."""
    lines = [line.strip().lstrip("-+• ").strip() for line in recipients if line.strip()]
    result = []
    for index, line in enumerate(lines):
        end = "." if index == len(lines) - 1 else ";"
        result.append(f"- {line.rstrip(';.,')}{end}")
    return result
