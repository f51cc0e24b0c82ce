"""Why the domain suggested something: a code and the words that fill it in, translated when shown."""

from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    """A suggestion's reason as data: *code* names the sentence, *params* the words put into it.

    The domain never holds the sentence itself: services.reason_texts translates it in the
    language of the moment it is shown, so a language switch reaches reasons made before it.
    """

    code: enum.StrEnum
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: enum.StrEnum, **params: str) -> Reason:
        return cls(code, tuple(sorted(params.items())))
