"""Undo common OCR confusions before comparing words: "Pon vi chu tri" → "don vi chu tri"."""

from __future__ import annotations

import re
from functools import lru_cache

from xa_planner.domain.text import fold

# Glyphs OCR puts for a Vietnamese letter with marks, mapped to the letter's folded base.
_GLYPHS = str.maketrans(
    {"&": "o", "@": "o", "¢": "e", "€": "e", "£": "e", "§": "d", "ð": "d", "ø": "o", "|": "l"}
)
# Letters that OCR reads for "Đ" at the start of a word.
_WORD_START_D = re.compile(r"\b(?:dp|bp|p)(?=[aeiouy])")
_DIGIT_IN_WORD = re.compile(r"(?<=[a-z])[013456](?=[a-z]|\b)|\b[01](?=[a-z])")
_DIGIT_AS_LETTER = {"0": "o", "1": "i", "3": "a", "4": "a", "5": "s", "6": "o"}


def _letter_for_digit(match: re.Match[str]) -> str:
    return _DIGIT_AS_LETTER.get(match.group(0), match.group(0))


@lru_cache(maxsize=8192)
def ocr_fold(text: str) -> str:
    """Fold accents and repair OCR slips for matching only (never for display)."""
    folded = fold(text).translate(_GLYPHS)
    folded = _DIGIT_IN_WORD.sub(_letter_for_digit, folded)
    folded = _WORD_START_D.sub("d", folded)
    folded = re.sub(r"[^\w\s]", " ", folded).replace("_", " ")
    return re.sub(r"\s+", " ", folded).strip()
