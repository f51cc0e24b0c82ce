"""The dates and periods written in a folded time-frame text: days, months, quarters, half-years, years."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

Period = tuple[dt.date, dt.date]

_YEAR = r"(?P<y>(?:19|20)\d\d)"
_SEP_YEAR = r"(?:\s*[/\-.,]?\s*(?:nam)?\s*" + _YEAR + r"(?![\d/]))?"
_END = r"(?![\d/]|\.\d)"  # a number ends here: not "2026/QĐ", "2026.5"
_QUARTER = r"(?:[ivx1l|]{1,4}|[1-4])"  # not "một…tư": "quỹ" (a fund) folds to "quy" too
_QUARTER_NUMERALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTH_WORD = r"\b(?:thang\s*|t(?=\d))"
# Words after which a bare "30/6" or "2030" is a deadline rather than some other number.
_DEADLINE_WORD = re.compile(
    r"(?:\btruoc|\bden|\bcham nhat|\bhan|\btrong|\bhet|\btai|\bxong|\bngay|\btu|\bthanh|\bcuoi)\s*:?\s*$"
)


@dataclass(frozen=True)
class Span:
    """A date or period found at [at, end) of the text; *year* is None when the text leaves it out."""

    at: int
    end: int
    year: int | None
    period: Callable[[int], Period | None]  # its first and last day in a given year
    fine: bool = True  # a day, month, quarter or half-year; False for whole years
    ranged: bool = False  # written as a range itself ("Quý I-II/2026", "2026-2030")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: int) -> Period | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date, date


def _months(year: int, first: int, last: int) -> Period | None:
    if not 1 <= first <= last <= 12:
        return None
    return dt.date(year, first, 1), _month_end(year, last)


def _years(first: int, last: int) -> Period | None:
    return (dt.date(first, 1, 1), dt.date(last, 12, 31)) if first <= last else None


def _year_of(written: str | None) -> int | None:
    """A written year: "2026" → 2026, "26" → 2026, absent → None."""
    if not written:
        return None
    return int(written) + (2000 if len(written) == 2 else 0)


def _quarter_number(token: str) -> int | None:
    """ "II", "ll", "11", "2" → 2; None when *token* names no quarter."""
    if token.isdigit() and len(token) == 1:
        return int(token) if 1 <= int(token) <= 4 else None
    return _QUARTER_NUMERALS.get(token.replace("1", "i").replace("l", "i").replace("|", "i"))


def _quarters(year: int, first: str, last: str) -> Period | None:
    q1, q2 = _quarter_number(first), _quarter_number(last)
    return None if q1 is None or q2 is None else _months(year, q1 * 3 - 2, q2 * 3)


def _after_deadline_word_or_alone(text: str, match: re.Match[str]) -> bool:
    before, after = text[: match.start()], text[match.end() :]
    alone = not re.search(r"\w", before) and not re.search(r"\w", after)
    return alone or bool(_DEADLINE_WORD.search(before))


# --- builders: (match, text) → Span, or None for text that names no date -------------------------


def _citation(match: re.Match[str], text: str) -> Span | None:
    return None  # "Quyết định số 12/QĐ-UBND ngày 5/3/2025" cites a document, it sets no deadline


def _numeric_date(match: re.Match[str], text: str) -> Span:
    day, month = int(match["d"]), int(match["m"])
    return Span(match.start(), match.end(), _year_of(match["y"]), lambda y: _day(y, month, day))


def _partial_date(match: re.Match[str], text: str) -> Span | None:
    """ "30/6" without a year is a date only after a deadline word, or alone; "10/5 hằng tháng" is not."""
    if not _after_deadline_word_or_alone(text, match) or re.match(r"\s*hang\s*thang", text[match.end() :]):
        return None
    return _numeric_date(match, text)


def _quarter(match: re.Match[str], text: str) -> Span:
    first, last = match["q1"], match["q2"] or match["q1"]
    year, ranged = _year_of(match["y"]), bool(match["q2"])
    return Span(match.start(), match.end(), year, lambda y: _quarters(y, first, last), ranged=ranged)


def _half_year(match: re.Match[str], text: str) -> Span:
    months = 6 if match["n"] is None else int(match["n"])
    first, last = (1, months) if match["side"] == "dau" else (13 - months, 12)
    return Span(match.start(), match.end(), _year_of(match["y"]), lambda y: _months(y, first, last))


def _month(match: re.Match[str], text: str) -> Span:
    first, last = int(match["m1"]), int(match["m2"] or match["m1"])
    ranged = bool(match["m2"])
    return Span(match.start(), match.end(), _year_of(match["y"]), lambda y: _months(y, first, last), ranged=ranged)


def _year_range(match: re.Match[str], text: str) -> Span:
    first, last = int(match["y"]), int(match["y2"])
    return Span(match.start(), match.end(), first, lambda _y: _years(first, last), fine=False, ranged=True)


def _year(match: re.Match[str], text: str) -> Span | None:
    if match["word"] is None and not _after_deadline_word_or_alone(text, match):
        return None
    year = int(match["y"])
    return Span(match.start(), match.end(), year, lambda _y: _years(year, year), fine=False)


_NOT_A_DATE_WORD = r"(?!(?:nam|thang|quy|ngay)\b)"
_DATE_IN_WORDS = r"\bngay\s*(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})"
_FULL_YEAR = r"(?P<y>(?:19|20)\d\d|\d{2})"

# Most specific first: each pattern's matches are blanked out before the next pattern looks.
_PATTERNS: tuple[tuple[str, Callable[[re.Match[str], str], Span | None]], ...] = (
    (
        r"(?<![\w/])\d+[a-z]?/(?:(?:19|20)\d\d/)?" + _NOT_A_DATE_WORD + r"[a-z][\w\-]*"
        r"(?:\s*,?\s*ngay\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}))?",
        _citation,
    ),
    (r"(?<![\d.])(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)" + _FULL_YEAR + _END, _numeric_date),
    (_DATE_IN_WORDS + r"\s*(?:,?\s*nam|/|-)\s*" + _YEAR + _END, _numeric_date),
    (r"(?<![\d.])" + _YEAR + r"-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _END, _numeric_date),
    (_DATE_IN_WORDS + r"\b(?P<y>)", _numeric_date),
    (r"(?<![\d/.\-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?P<y>)" + _END, _partial_date),
    (
        r"\bquy\s*(?P<q1>" + _QUARTER + r")(?:\s*(?:-|den|va|,)\s*(?:quy\s*)?(?P<q2>" + _QUARTER + r"))?\b"
        + _SEP_YEAR,
        _quarter,
    ),
    (r"\b(?:(?P<n>\d{1,2})\s*thang|nua)\s*(?P<side>dau|cuoi)\s*(?:cua\s*)?nam\b(?:\s*" + _YEAR + r"\b)?", _half_year),
    (
        _MONTH_WORD + r"(?P<m1>\d{1,2})\b(?:\s*(?:-|den)\s*(?:thang\s*)?(?P<m2>\d{1,2})\b)?"
        r"(?!\s*(?:dau|cuoi|lan)\b)(?![/.]\d{1,2}\b)" + _SEP_YEAR,  # not "6 tháng 1 lần"
        _month,
    ),
    (r"(?<![\d/.\-])(?P<m1>\d{1,2})[/\-.]" + _YEAR + r"(?P<m2>)" + _END, _month),
    (r"(?<![\d/.\-])" + _YEAR + r"-(?P<y2>(?:19|20)\d\d)" + _END, _year_range),
    (r"(?:(?P<word>\bnam)\s*|(?<![\d/.\-]))" + _YEAR + _END, _year),
)


def find_spans(text: str) -> list[Span]:
    """Every date or period written in folded *text*, in the order they are written."""
    spans: list[Span] = []
    for pattern, build in _PATTERNS:
        for match in list(re.finditer(pattern, text)):
            span = build(match, text)
            if span is not None:
                spans.append(span)
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return sorted(spans, key=lambda span: span.at)
