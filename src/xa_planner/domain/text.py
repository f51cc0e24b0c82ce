"""Vietnamese text: NFC normalisation, accent folding for search, and collation."""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: 1000 + i for i, ch in enumerate(_ALPHABET)}
# Tones as secondary weights, in the Vietnamese order: none < huyền < hỏi < ngã < sắc < nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a letter of their own (ă â ê ô ơ ư) rather than a tone.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}


def nfc(text: str) -> str:
    """Return *text* in Unicode NFC, the form stored and laid out everywhere."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Fold *text* for accent- and case-insensitive matching: "Đơn vị" → "don vi"."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def _letters_with_tones(text: str) -> list[tuple[str, int, bool]]:
    """Split *text* into (base letter, tone rank, is upper case) triples."""
    result: list[tuple[str, int, bool]] = []
    for ch in unicodedata.normalize("NFD", text):
        lower = ch.lower()
        if unicodedata.category(ch) == "Mn" and result:
            base, tone, upper = result[-1]
            if (base, ch) in _LETTER_MARKS:
                result[-1] = (_LETTER_MARKS[(base, ch)], tone, upper)
            elif ch in _TONE_RANK:
                result[-1] = (base, _TONE_RANK[ch], upper)
            continue
        result.append((lower, 0, ch != lower))
    return result


def _primary_weight(base: str) -> int:
    """Spaces, digits and punctuation before letters; other scripts after Vietnamese."""
    if base in _LETTER_RANK:
        return _LETTER_RANK[base]
    return ord(base) if ord(base) < 1000 else 2000 + ord(base)


def vi_sort_key(text: str) -> tuple:
    """Collation key following Vietnamese order: a ă â b … đ …, tones secondary, case last."""
    triples = _letters_with_tones(text)
    primary = tuple(_primary_weight(base) for base, _, _ in triples)
    secondary = tuple(tone for _, tone, _ in triples)
    tertiary = tuple(upper for _, _, upper in triples)
    return (primary, secondary, tertiary)


def slug(text: str) -> str:
    """ASCII file-name part: "Xã Vĩnh Thủy" → "Xa-Vinh-Thuy"."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    words = ["".join(c for c in word if c.isalnum()) for word in stripped.split()]
    return "-".join(w for w in words if w)
