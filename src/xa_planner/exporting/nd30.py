"""Layout facts of Nghị định 30/2020/NĐ-CP (Phụ lục I) shared by every writer, and its date line."""

from __future__ import annotations

import datetime as dt
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
FIRST_LINE_INDENT_MM = 12.7  # 1 cm or 1.27 cm
PARAGRAPH_SPACE_AFTER = 6  # ≥ 6 pt between paragraphs
BODY_LINE_SPACING = 1.15  # single to 1.5 lines
ISSUER_RULE_FRACTION = 0.4  # of the issuing body's line
SIGNATURE_GAP_MM = 25  # room for the signature and the seal

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
END_MARK = "./."

# Appendix column widths as shares of the text width: TT, task, directing docs, lead,
# support, timeframe, products.
APPENDIX_COLUMN_SHARES = (0.04, 0.29, 0.15, 0.11, 0.14, 0.11, 0.16)


def vn_date_line(place: str, date: dt.date | None) -> str:
    """ND 30's place-and-date line: day < 10 and months 1–2 get a leading zero.

    "Vĩnh Thủy, ngày 05 tháng 01 năm 2026" but "Vĩnh Thủy, ngày 25 tháng 5 năm 2026";
    without a date the blanks are left for the clerk to fill in by hand.
    """
    if date is None:
        return f"{place}, ngày      tháng      năm      "
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{place}, ngày {date.day:02d} tháng {month} năm {date.year}"


def number_line(number: str) -> str:
    """ "Số: 05/KH-UBND"; an unnumbered draft keeps the blank before the symbol."""
    return f"Số: {number}" if number else "Số:      /KH-UBND"


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
