"""Indicators (chỉ tiêu): what is measured, the assigned level, and the month's assessment."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class IndicatorKind(enum.StrEnum):
    RATIO = "ratio"  # numerator / denominator, shown as a percentage
    NUMBER = "number"
    YES_NO = "yes_no"


@dataclass(frozen=True)
class Indicator:
    """A target the commune is measured on, cumulative from January or per period."""

    id: int | None
    name: str
    kind: IndicatorKind = IndicatorKind.RATIO
    unit: str = "%"
    direction: str = ">="
    assigned_level: float | None = None  # mức giao
    threshold: float | None = None  # lower bound still accepted
    cumulative: bool = True
    task_id: int | None = None
    position: int = 0


@dataclass(frozen=True)
class IndicatorValue:
    indicator_id: int
    period_key: str
    numerator: float | None = None
    denominator: float | None = None
    value: float | None = None

    def measured(self, kind: IndicatorKind) -> float | None:
        """The comparable figure: a percentage for ratios, the value otherwise."""
        if kind is IndicatorKind.RATIO:
            if self.numerator is None or not self.denominator:
                return self.value
            return 100.0 * self.numerator / self.denominator
        return self.value


def assess(indicator: Indicator, measured: float | None) -> tuple[bool | None, float | None]:
    """(met?, margin) against the assigned level; (None, None) when it cannot be told."""
    if measured is None or indicator.assigned_level is None:
        return None, None
    margin = measured - indicator.assigned_level
    if indicator.direction == "<=":
        margin = -margin
    return margin >= 0, margin
