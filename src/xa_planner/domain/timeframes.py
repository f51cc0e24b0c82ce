"""Time frames of plan tasks ("Quý II/2026", "Thường xuyên", "Khi có chỉ đạo…") as dates and recurrences."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from xa_planner.domain.text import fold

RECURRENCES = ("monthly", "quarterly", "yearly", "continuous", "event")


@dataclass(frozen=True)
class Timeframe:
    """What a time-frame text means: a due date, a recurrence, a start, and whether it was understood."""

    due: dt.date | None = None
    recurrence: str | None = None
    start: dt.date | None = None
    understood: bool = False


_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"((?:19|20)\d\d)"
_SEP_YEAR = r"\s*(?:/|-|nam)\s*" + _YEAR

# Recurrence words, most specific first: the first kind found wins.
_RECURRENCE_PATTERNS = (
    ("monthly", r"\b(?:hang|hanh|moi)\s+thang\b|\bthang\s+mot\s+lan\b"),
    ("quarterly", r"\b(?:hang|hanh|moi)\s+quy\b"),
    ("yearly", r"\b(?:hang|hanh|moi)\s+nam\b"),
    (
        "continuous",
        r"\bthuong\s+xuyen\b|\blien\s+tuc\b|\bduy\s+tri\b|\bhang\s+tuan\b|\bxuyen\s+suot\b",
    ),
    (
        "event",
        r"\bkhi\s+co\b|\bsau\s+khi\b|\bngay\s+khi\b|\btheo\s+(?:chi\s+dao|huong\s+dan|yeu\s+cau|de\s+nghi)\b"
        r"|\bkhi\s+(?:bo|trung\s+uong|ubnd|chinh\s+phu)\b|\bdot\s+xuat\b",
    ),
)


def _ocr_repaired(text: str) -> str:
    """Fold and undo the usual OCR slips in numbers: "0l/2027" → "01/2027", "Qui" → "quy"."""
    folded = fold(text)
    folded = re.sub(
        r"(?<=\d)[ol](?=\d|/|\b)|(?<=\s)[ol](?=\d)|(?<=/)[ol](?=\d)", _digit_for, folded
    )
    folded = re.sub(r"\b[o0]l\b|\bol(?=/)", "01", folded)
    folded = re.sub(r"\bqu[iy]\b", "quy", folded)
    folded = re.sub(r"(?<![\w/])[c¢]6(?!\w)", "co", folded)
    folded = re.sub(r"\bn[a-z]{1,2}m(?=\s+(?:19|20)\d\d\b)", "nam", folded)
    folded = re.sub(r"\b(?:tir|tw|tu')(?=\s+(?:quy|nam|thang|ngay)\b)", "tu", folded)
    return re.sub(r"\s+", " ", folded)


def _digit_for(match: re.Match[str]) -> str:
    return "0" if match.group(0) == "o" else "1"


def _quarter_number(token: str) -> int | None:
    token = token.replace("1", "i").replace("l", "i").replace("|", "i")
    if token in _ROMAN_QUARTERS:
        return _ROMAN_QUARTERS[token]
    if token.isdigit() and 1 <= int(token) <= 4:
        return int(token)
    return None


def _quarter_end(year: int, quarter: int) -> dt.date:
    month = quarter * 3
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _explicit_dates(text: str, plan_year: int | None) -> list[dt.date]:
    """Dates written as dd/mm/yyyy or dd/mm (the plan's year) after a deadline word."""
    found: list[dt.date] = []
    pattern = (
        r"(?:truoc|den|cham\s+nhat|han|trong|het|tai)\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*"
        + _YEAR
        + ")?"
    )
    for match in re.finditer(pattern, text):
        if re.match(r"\s*hang\s+thang", text[match.end() :]):
            continue
        year = int(match.group(3)) if match.group(3) else plan_year
        if year is not None:
            day = _safe_date(year, int(match.group(2)), int(match.group(1)))
            if day:
                found.append(day)
    for match in re.finditer(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+" + _YEAR, text):
        day = _safe_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if day:
            found.append(day)
    return found


def _consume(text: str, pattern: str) -> tuple[list[re.Match[str]], str]:
    """All matches of *pattern* and the text with them blanked out, so later patterns skip them."""
    matches = list(re.finditer(pattern, text))
    for match in matches:
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return matches, text


def _quarter_dates(text: str, plan_year: int | None) -> tuple[list[dt.date], list[dt.date], str]:
    """(due dates, start dates, rest) from "Quý II/2026", "trong Quý IV", "Từ Quý I năm 2026"."""
    dues: list[dt.date] = []
    starts: list[dt.date] = []
    matches, rest = _consume(text, r"\b(tu\s+)?quy\s+([ivx1l|]{1,4}|\d)\b(?:" + _SEP_YEAR + ")?")
    for match in matches:
        quarter = _quarter_number(match.group(2))
        year = int(match.group(3)) if match.group(3) else plan_year
        if quarter is None or year is None:
            continue
        if match.group(1):
            starts.append(dt.date(year, quarter * 3 - 2, 1))
        else:
            dues.append(_quarter_end(year, quarter))
    return dues, starts, rest


def _month_dates(text: str, plan_year: int | None) -> tuple[list[dt.date], list[dt.date], str]:
    """(due dates, start dates, rest) from "trong tháng 5/2026", "tháng 12 năm 2025", "từ tháng 3"."""
    dues: list[dt.date] = []
    starts: list[dt.date] = []
    pattern = r"\b(tu\s+)?thang\s+(\d{1,2})\b(?!\s*(?:dau|cuoi|/\d{1,2}\b))(?:" + _SEP_YEAR + ")?"
    matches, rest = _consume(text, pattern)
    for match in matches:
        month = int(match.group(2))
        year = int(match.group(3)) if match.group(3) else plan_year
        if not 1 <= month <= 12 or year is None:
            continue
        if match.group(1):
            starts.append(dt.date(year, month, 1))
        else:
            dues.append(_month_end(year, month))
    return dues, starts, rest


def _year_dates(text: str) -> tuple[list[dt.date], list[dt.date]]:
    """(due dates, start dates) from "trong năm 2026", "giai đoạn 2026-2030", "từ năm 2027"."""
    dues: list[dt.date] = []
    starts: list[dt.date] = []
    ranges, text = _consume(text, r"\b" + _YEAR + r"\s*-\s*" + _YEAR + r"\b")
    for match in ranges:
        starts.append(dt.date(int(match.group(1)), 1, 1))
        dues.append(dt.date(int(match.group(2)), 12, 31))
    for match in re.finditer(r"\b(tu\s+)?nam\s+" + _YEAR + r"\b", text):
        year = int(match.group(2))
        if match.group(1):
            starts.append(dt.date(year, 1, 1))
        else:
            dues.append(dt.date(year, 12, 31))
    return dues, starts


def _recurrence(text: str) -> str | None:
    for name, pattern in _RECURRENCE_PATTERNS:
        if re.search(pattern, text):
            return name
    return None


def parse_timeframe(text: str, *, plan_year: int | None = None) -> Timeframe:
    """Read a time-frame text; several frames in one text give the earliest due date."""
    folded = _ocr_repaired(text or "")
    explicit = _explicit_dates(folded, plan_year)
    stripped = re.sub(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d", " ", folded)
    stripped = re.sub(r"\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}", " ", stripped)
    quarter_dues, quarter_starts, stripped = _quarter_dates(stripped, plan_year)
    month_dues, month_starts, stripped = _month_dates(stripped, plan_year)
    year_dues, year_starts = _year_dates(stripped)
    dues = explicit + quarter_dues + month_dues
    if not dues:
        dues = year_dues
    starts = quarter_starts + month_starts + year_starts
    recurrence = _recurrence(folded)
    due = min(dues) if dues else None
    start = min(starts) if starts else None
    if start and due and due < start:
        due = None
    understood = bool(due or recurrence or start)
    return Timeframe(due=due, recurrence=recurrence, start=start, understood=understood)
