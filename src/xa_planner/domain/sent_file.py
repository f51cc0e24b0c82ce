"""One file of a sent monthly report as its frozen copy lists it: name, checksum and size."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SentFile:
    name: str
    sha256: str  # hex digest of the file's bytes as sent
    size: int  # in bytes

    def to_json(self) -> dict[str, Any]:
        """The entry of the sent copy's "files" list, keys in the order always stored."""
        return {"name": self.name, "sha256": self.sha256, "bytes": self.size}

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> SentFile:
        return cls(str(stored["name"]), str(stored["sha256"]), int(stored["bytes"]))
