"""Make damaged copies of clean plans, the way scanning and OCR damage them."""

from __future__ import annotations

import random
import textwrap
import unicodedata

# Confusions seen in real OCR output of Vietnamese scans (seed 000): marked letters read as other glyphs.
_OCR_SWAPS = {
    "Đ": ["P", "D", "DP"],
    "ơ": ["&", "o", "6"],
    "ở": ["&", "o", "6", "d"],
    "ủ": ["ii", "u"],
    "ệ": ["¢", "é", "e"],
    "ộ": ["6", "o"],
    "ư": ["u", "w"],
    "ố": ["é", "6"],
    "ì": ["1", "i"],
    "ã": ["4", "a"],
    "á": ["a", "4"],
}


def strip_diacritics(text: str) -> str:
    """ "Đơn vị chủ trì" → "Don vi chu tri" (case kept)."""
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return plain.replace("đ", "d").replace("Đ", "D")


def ocr_damage(text: str, rate: float = 0.15, seed: int = 6) -> str:
    """Replace a share of marked letters by OCR look-alikes, then strip the remaining marks."""
    rng = random.Random(seed)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _OCR_SWAPS and rng.random() < rate:
            out.append(rng.choice(_OCR_SWAPS[ch]))
        else:
            out.append(ch)
    return strip_diacritics("".join(out))


def break_lines(text: str, width: int = 58) -> str:
    """Re-wrap every long line at *width*, as a scanned page breaks sentences."""
    lines = []
    for line in text.splitlines():
        lines.extend(textwrap.wrap(line, width, break_long_words=False) or [""])
    return "\n".join(lines)
