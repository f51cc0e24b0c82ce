"""The ND 30 signature block of a document: who signs, in which capacity, and the name."""

from __future__ import annotations

from dataclasses import dataclass

HANDWRITTEN_NAME_BLANK = "…" * 10  # about 50 mm at 14 pt: room for a signed name


@dataclass(frozen=True)
class SignatureBlock:
    """ND 30 signature: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name."""

    authority: str
    title: str
    name: str

    @property
    def printed_name(self) -> str:
        """The name, or a dotted line to write it by hand when the profile has none yet."""
        return self.name.strip() or HANDWRITTEN_NAME_BLANK
