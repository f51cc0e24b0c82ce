"""DerivationChoices: what the officer has decided so far in the derivation wizard (plain Python, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class DerivationChoices:
    template_id: int | None = None
    year: int = 2026
    title: str = ""
    number: str = ""
    issued_on: dt.date | None = None
    directing_doc: str = ""
    choices: dict[int, bool] = field(default_factory=dict)  # template task position → include
    mapping: dict[str, int | None] = field(default_factory=dict)  # unit key → office, changed ones only
    unit_names: dict[str, str] = field(default_factory=dict)  # unit key → unit as written
    shift_past_deadlines: bool = True  # deadlines before the plan's year move into it
    commune_wording_for: set[int] = field(default_factory=set)  # source task ids reworded for the commune

    def chosen_positions(self) -> list[int]:
        return [position for position, include in sorted(self.choices.items()) if include]

    def service_arguments(self) -> dict:
        """The keyword arguments of DerivationService.preview (create_plan adds unit_names)."""
        return {
            "year": self.year,
            "choices": dict(self.choices),
            "mapping": dict(self.mapping),
            "title": self.title,
            "number": self.number,
            "issued_on": self.issued_on,
            "directing_doc": self.directing_doc,
            "shift_past_deadlines": self.shift_past_deadlines,
            "commune_wording_for": set(self.commune_wording_for),
        }
