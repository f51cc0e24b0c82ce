"""What the officer chose for a commune plan drawn from a provincial template, checked once."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping
from types import MappingProxyType

from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput

FIRST_YEAR, LAST_YEAR = 2000, 2100


def _frozen(mapping: Mapping | None) -> Mapping:
    return MappingProxyType(dict(mapping or {}))


@dataclasses.dataclass(frozen=True)
class DerivationRequest:
    """One derivation, as both ``preview`` and ``create_plan`` of DerivationService take it.

    *choices* says, by template task position, which tasks are in (missing: the suggestion);
    *mapping* sends a unit's memory key to a commune office (None: no office), and
    *unit_names* gives that unit's name as written, remembered with the choice. Empty *title*
    and *directing_doc* take the defaults derived from the template. Deadlines set before
    *year* move into it unless *shift_past_deadlines* is false; the tasks whose source ids
    are in *commune_wording_for* take the commune wording offered for them.
    """

    template_id: int
    year: int
    choices: Mapping[int, bool] = dataclasses.field(default_factory=dict)
    mapping: Mapping[str, int | None] = dataclasses.field(default_factory=dict)
    unit_names: Mapping[str, str] = dataclasses.field(default_factory=dict)
    title: str = ""
    number: str = ""
    issued_on: dt.date | None = None
    directing_doc: str = ""
    shift_past_deadlines: bool = True
    commune_wording_for: Collection[int] = frozenset()

    def __post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise InvalidInput(_("Năm kế hoạch không hợp lệ: {year}.").format(year=self.year))
        # Copies the caller cannot change afterwards: a request stays what was asked.
        object.__setattr__(self, "choices", _frozen(self.choices))
        object.__setattr__(self, "mapping", _frozen(self.mapping))
        object.__setattr__(self, "unit_names", _frozen(self.unit_names))
        object.__setattr__(self, "commune_wording_for", frozenset(self.commune_wording_for))
