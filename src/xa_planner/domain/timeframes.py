"""Time frames of plan tasks ("Quý II/2026", "Thường xuyên", "Khi có chỉ đạo…") as dates and recurrences."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from xa_planner.domain.timeframe_spans import Period, Span, find_spans
from xa_planner.domain.timeframe_text import timeframe_text


class Recurrence(enum.StrEnum):
    """How often a task comes back instead of (or beside) one due date; stored in the database."""

    MONTHLY = "monthly"  # hằng tháng
    QUARTERLY = "quarterly"  # hằng quý
    YEARLY = "yearly"  # hằng năm
    CONTINUOUS = "continuous"  # thường xuyên
    EVENT = "event"  # khi có chỉ đạo, đột xuất


@dataclass(frozen=True)
class Timeframe:
    """What a time-frame text means: a due date, a recurrence, a start, and whether it was understood."""

    due: dt.date | None = None
    recurrence: Recurrence | None = None
    start: dt.date | None = None
    understood: bool = False


# Recurrence words, most specific first: the first kind found wins. "\\s*" between syllables,
# since OCR and hurried typing glue words ("Hằngtháng", "Thườngxuyên").
_RECURRENCE_PATTERNS = (
    (Recurrence.MONTHLY, r"\b(?:hang|hanh|moi)\s*thang\b|\bthang\s*mot\s*lan\b"),
    (Recurrence.QUARTERLY, r"\b(?:hang|hanh|moi)\s*quy\b"),
    (Recurrence.YEARLY, r"\b(?:hang|hanh|moi)\s*nam\b"),
    (
        Recurrence.CONTINUOUS,
        r"\bthuong\s*xuyen\b|\blien\s*tuc\b|\bduy\s*tri\b|\bhang\s*(?:tuan|ngay)\b|\bxuyen\s*suot\b",
    ),
    (
        Recurrence.EVENT,
        r"\bkhi\s+co\b|\bsau\s+khi\b|\bngay\s+khi\b|\btheo\s+(?:chi\s+dao|huong\s+dan|yeu\s+cau|de\s+nghi)\b"
        r"|\bkhi\s+(?:bo|trung\s+uong|ubnd|chinh\s+phu)\b|\bdot\s+xuat\b",
    ),
)
# What joins the two ends of a range: "từ 01/3 đến 30/6/2026", "Quý II - Quý IV/2026".
_RANGE_JOIN = re.compile(r"\s*(?:-|den(?:\s*het)?|toi)\s*(?:ngay\s*)?")
_FROM = re.compile(r"(?:\btu|\bbat dau|\bke tu)\s*(?:ngay\s*)?$")


def parse_timeframe(text: str, *, plan_year: int | None = None) -> Timeframe:
    """Read a time-frame text; a range is due at its end, several frames give the earliest due date.

    *plan_year* is the year of dates written without one ("Quý IV", "30/6", "tháng 6").
    """
    folded = timeframe_text(text)
    fine_dues, year_dues, starts = _dues_and_starts(folded, _dated_spans(folded, plan_year))
    dues = fine_dues or year_dues
    recurrence = _recurrence(folded)
    due = min(dues) if dues else None
    start = min(starts) if starts else None
    if start and due and due < start:
        due = None
    understood = bool(due or recurrence or start)
    return Timeframe(due=due, recurrence=recurrence, start=start, understood=understood)


def parse_date(text: str) -> dt.date | None:
    """The one calendar day *text* names ("30/6/2026", "2026-06-30", "ngày 30 tháng 6 năm 2026"), else None."""
    folded = timeframe_text(text)
    days = [period for _span, period in _dated_spans(folded, None) if period[0] == period[1]]
    return days[0][0] if len(days) == 1 else None


def _dated_spans(folded: str, plan_year: int | None) -> list[tuple[Span, Period]]:
    """The spans of *folded* with their dates; a span without a year takes the year of the range end
    it is joined to ("từ tháng 3 đến tháng 6/2026"), else *plan_year*."""
    spans = find_spans(folded)
    dated: list[tuple[Span, Period]] = []
    for span, following in zip(spans, [*spans[1:], None], strict=False):
        year = span.year
        if year is None and following is not None and _joined(folded, span, following):
            year = following.year
        year = year or plan_year
        period = span.period(year) if year else None
        if period is not None:
            dated.append((span, period))
    return dated


def _joined(folded: str, first: Span, second: Span) -> bool:
    return _RANGE_JOIN.fullmatch(folded[first.end : second.at]) is not None


def _dues_and_starts(folded: str, dated: list[tuple[Span, Period]]) -> tuple[list, list, list]:
    """(fine due dates, whole-year due dates, start dates): a range starts and is due; "từ X" only starts."""
    fine_dues: list[dt.date] = []
    year_dues: list[dt.date] = []
    starts: list[dt.date] = []
    index = 0
    while index < len(dated):
        span, (first, last) = dated[index]
        end_span = span
        joined = index + 1 < len(dated) and _joined(folded, span, dated[index + 1][0])
        if joined:
            index += 1
            end_span, (_, last) = dated[index]
        only_starts = not (joined or span.ranged) and _FROM.search(folded[: span.at]) is not None
        if joined or span.ranged or only_starts:
            starts.append(first)
        if not only_starts:
            (fine_dues if end_span.fine else year_dues).append(last)
        index += 1
    return fine_dues, year_dues, starts


def _recurrence(folded: str) -> Recurrence | None:
    for name, pattern in _RECURRENCE_PATTERNS:
        if re.search(pattern, folded):
            return name
    return None
