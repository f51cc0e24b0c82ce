"""The one JSON form of a task's numeric target: stored plans, the importer's output and the CLI."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypedDict

from xa_planner.domain.plans import Target


class TargetJson(TypedDict):
    """A target as a JSON object: every field of `Target`, under its own name."""

    text: str
    value: float | None
    unit: str
    measures: str
    direction: str


def target_to_json(target: Target) -> TargetJson:
    return {
        "text": target.text,
        "value": target.value,
        "unit": target.unit,
        "measures": target.measures,
        "direction": target.direction,
    }


def target_from_json(raw: Mapping[str, object]) -> Target:
    """The target *raw* describes; a field missing (stored before it existed) takes its default."""
    return Target(
        text=str(raw.get("text") or ""),
        value=_number(raw.get("value")),
        unit=str(raw.get("unit") or ""),
        measures=str(raw.get("measures") or ""),
        direction=str(raw.get("direction") or ">="),
    )


def _number(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise ValueError(f"a target's value must be a number, not {value!r}")


def targets_to_json(targets: Iterable[Target]) -> list[TargetJson]:
    return [target_to_json(t) for t in targets]


def targets_from_json(raw: Iterable[Mapping[str, object]] | None) -> tuple[Target, ...]:
    if not raw:  # most tasks have none: no generator for them (10,000 tasks are read at once)
        return ()
    return tuple(target_from_json(item) for item in raw)
