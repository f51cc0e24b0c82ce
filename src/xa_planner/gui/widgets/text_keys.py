"""Fast accent folding and Vietnamese sort keys for big tables: domain.text rules, cached per character."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xa_planner.domain.text import fold, vi_sort_key


class _PerCharacterTable(dict):
    """A str.translate table that computes each character's image once, on first sight."""

    def __init__(self, image_of: Callable[[str], str]) -> None:
        super().__init__()
        self._image_of = image_of

    def __missing__(self, code: int) -> str:
        image = self._image_of(chr(code))
        self[code] = image
        return image


def _weight_char(level: int) -> Callable[[str], str]:
    def image(ch: str) -> str:
        weights = vi_sort_key(ch)[level]
        return "".join(chr(min(int(w), 0x10FFFF)) for w in weights)

    return image


_FOLD = _PerCharacterTable(fold)
_PRIMARY = _PerCharacterTable(_weight_char(0))
_SECONDARY = _PerCharacterTable(_weight_char(1))
_TERTIARY = _PerCharacterTable(_weight_char(2))


def fast_fold(text: str) -> str:
    """Same result as domain.text.fold for NFC text, at C speed."""
    return text.translate(_FOLD)


def fast_sort_key(text: str) -> tuple[str, str, str]:
    """Orders NFC strings exactly as domain.text.vi_sort_key does, at C speed."""
    return (text.translate(_PRIMARY), text.translate(_SECONDARY), text.translate(_TERTIARY))


def matching_rows(folded: Sequence[str], query: str) -> list[int]:
    """Indexes of the haystacks containing every word of *query*, ignoring accents and case."""
    words = fast_fold(query).split()
    if not words:
        return list(range(len(folded)))
    return [i for i, haystack in enumerate(folded) if all(word in haystack for word in words)]
