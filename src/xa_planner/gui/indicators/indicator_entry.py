"""Pure helpers of the indicators table: reading typed figures, and how a month's result reads."""

from __future__ import annotations

import re
from typing import TypedDict

from xa_planner.domain.indicators import IndicatorKind
from xa_planner.localization import _, format_number
from xa_planner.services.views import IndicatorRow

NUMERATOR_COLUMN = 2
VALUE_COLUMN = 3  # the denominator of a ratio, the value of a number or a yes/no
YES, NO = "1", "0"
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


class FigureArguments(TypedDict, total=False):
    """The figures IndicatorService.set_value takes by keyword."""

    numerator: float | None
    denominator: float | None
    value: float | None


class EntryError(ValueError):
    """A typed figure that is not a number; the message says what to type."""


def parse_number(text: str) -> float | None:
    """A figure typed the Vietnamese way (1.234,5) or the English way (1234.5); None when empty."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if not cleaned:
        return None
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        return float(cleaned)
    except ValueError:
        raise EntryError(_("“{text}” không phải là số. Hãy nhập một số, ví dụ 125 hoặc 87,5.").format(text=text)) from None


def value_arguments(row: IndicatorRow, column: int, text: str) -> FigureArguments:
    """The keyword arguments of IndicatorService.set_value after typing *text* in *column*."""
    number = parse_number(text)
    if number is not None and number < 0:
        raise EntryError(_("Số liệu không được âm."))
    current = row.value
    if row.indicator.kind is IndicatorKind.RATIO:
        numerator = current.numerator if current else None
        denominator = current.denominator if current else None
        if column == NUMERATOR_COLUMN:
            numerator = number
        else:
            denominator = number
        return {"numerator": numerator, "denominator": denominator}
    return {"value": number}


def figure_text(number: float | None) -> str:
    return format_number(round(number, 2)) if number is not None else ""


def measured_text(kind: IndicatorKind, unit: str, measured: float | None) -> str:
    """A result as it reads: 87,5%, 150 hồ sơ, Có/Không."""
    if measured is None:
        return ""
    if kind is IndicatorKind.YES_NO:
        return _("Có") if measured >= 1 else _("Không")
    if kind is IndicatorKind.RATIO:
        return f"{format_number(round(measured, 1))}%"
    return f"{format_number(round(measured, 2))} {unit}".strip()


def level_text(row: IndicatorRow) -> str:
    indicator = row.indicator
    if indicator.assigned_level is None:
        return ""
    sign = "≤" if indicator.direction == "<=" else "≥"
    return f"{sign} {measured_text(indicator.kind, indicator.unit, indicator.assigned_level)}"


def assessment_text(row: IndicatorRow) -> str:
    """Đạt / Chưa đạt and by how much; why nothing can be told otherwise."""
    indicator = row.indicator
    if indicator.assigned_level is None:
        return _("Chưa giao mức")
    if row.met is None:
        return _("Chưa có số liệu")
    if indicator.kind is IndicatorKind.YES_NO or not row.margin:
        return _("Đạt") if row.met else _("Chưa đạt")
    unit = _("điểm %") if indicator.kind is IndicatorKind.RATIO else indicator.unit
    by = f"{format_number(round(abs(row.margin), 1))} {unit}".strip()
    if row.met:
        return _("Đạt (vượt {by})").format(by=by)
    return _("Chưa đạt (thiếu {by})").format(by=by)


def level_share(row: IndicatorRow) -> float | None:
    """How far the result has come towards the assigned level, 0..1; None when it cannot be told."""
    level, measured = row.indicator.assigned_level, row.measured
    if level is None or measured is None:
        return None
    if row.indicator.direction == "<=":
        return 1.0 if measured <= level else (level / measured if measured > 0 else 0.0)
    if level <= 0:
        return 1.0
    return max(0.0, min(1.0, measured / level))
