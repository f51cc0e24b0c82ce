"""DerivationChoices: what the officer has decided so far in the derivation wizard (plain Python, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from xa_planner.services.derivation_request import DerivationRequest


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

    def request(self) -> DerivationRequest:
        """The choices so far as the derivation service takes them, for a preview or the plan."""
        if self.template_id is None:
            raise ValueError("the wizard asks the service only once a template is chosen")
        return DerivationRequest(
            self.template_id,
            self.year,
            choices=self.choices,
            mapping=self.mapping,
            unit_names=self.unit_names,
            title=self.title,
            number=self.number,
            issued_on=self.issued_on,
            directing_doc=self.directing_doc,
            shift_past_deadlines=self.shift_past_deadlines,
            commune_wording_for=self.commune_wording_for,
        )
