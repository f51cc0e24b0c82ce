"""The remembered sheet and columns of the provincial indicator workbook, and their one stored JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ColumnChoice:
    """Where one indicator's figure is: numerator and denominator columns, or one value column."""

    numerator: str | None = None
    denominator: str | None = None
    value: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.numerator or self.denominator or self.value)


@dataclass(frozen=True)
class WorkbookMapping:
    """The sheet, the column naming the communes, and each indicator's columns (by heading)."""

    sheet: str
    commune_column: str
    indicators: Mapping[int, ColumnChoice] = field(default_factory=dict)  # indicator id → columns

    def to_json(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "commune_column": self.commune_column,
            "indicators": {
                str(i): {"numerator": c.numerator, "denominator": c.denominator, "value": c.value}
                for i, c in self.indicators.items()
                if not c.empty
            },
        }

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> WorkbookMapping | None:
        try:
            indicators = {
                int(key): ColumnChoice(choice.get("numerator"), choice.get("denominator"), choice.get("value"))
                for key, choice in dict(stored.get("indicators") or {}).items()
            }
            return cls(str(stored["sheet"]), str(stored["commune_column"]), indicators)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None  # a damaged remembered choice is simply chosen again
