"""The plan's editable prose (preamble, text blocks, Nơi nhận) and its one stored JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PlanTextBlock:
    heading: str
    paragraphs: tuple[str, ...]
    level: int = 1


@dataclass(frozen=True)
class PlanText:
    """What the officer may rewrite before printing; the task list itself comes from the plan."""

    preamble: str
    blocks: tuple[PlanTextBlock, ...]
    recipients: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "preamble": self.preamble,
            "blocks": [
                {"heading": b.heading, "paragraphs": list(b.paragraphs), "level": b.level}
                for b in self.blocks
            ],
            "recipients": list(self.recipients),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> PlanText | None:
        """The stored text, or None when it is damaged (the defaults are shown instead)."""
        try:
            blocks = tuple(
                PlanTextBlock(
                    str(b["heading"]), tuple(map(str, b["paragraphs"])), int(b.get("level", 1))
                )
                for b in raw["blocks"]
            )
            return cls(str(raw.get("preamble", "")), blocks, tuple(map(str, raw["recipients"])))
        except (KeyError, TypeError, ValueError):
            return None
