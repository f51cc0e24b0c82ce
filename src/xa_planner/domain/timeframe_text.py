"""A time-frame text folded to plain ASCII words and digits, with the usual OCR and spacing slips undone."""

from __future__ import annotations

import re

from xa_planner.domain.text import fold

# Characters OCR reads in place of digits inside a number: "3O/O6/2O26", "0l/2027", "3I/12".
_DIGIT_LOOKALIKES = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1"})
_NUMBER_TOKEN = re.compile(r"[0-9oli|/.\-]+")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\\": "/"})

# Word slips seen in OCR'd plans, each (pattern, replacement), applied in order.
_WORD_REPAIRS = (
    (re.compile(r"(?<=[a-z])'(?=[a-z])"), ""),  # "tru'o'c" (Telex-like apostrophes)
    (re.compile(r"\bqu[iy]\b"), "quy"),  # "Qui", "Quy"
    (re.compile(r"(?<![\w/])[c¢]6(?!\w)"), "co"),  # "c6" for "có"
    (re.compile(r"\bn[a-z]{1,2}m(?=\s*(?:19|20)\d\d\b)"), "nam"),  # "ndm 2026"
    (re.compile(r"\b(?:tir|tw|tu')(?=\s*(?:quy|nam|thang|ngay)\b)"), "tu"),  # "Tir Quy I"
    (re.compile(r"(?<![a-z])(ngay|thang|nam|quy)(?=\d)"), r"\1 "),  # "ngày30", "năm2026"
    (re.compile(r"(?<=\d)(?=(?:thang|nam|quy)\b)"), " "),  # "30tháng"
    (re.compile(r"\bquy(?=(?:iv|i{1,3})\b)"), "quy "),  # "QuýII/2026"
    (re.compile(r"\bq(?=[1-4]\b)"), "quy "),  # "Q2/2026"
)


# "30 / 6 / 2026", "2 / l / 2022", "I - II/2026": a number's parts written apart (digits, their
# OCR look-alikes or Roman numerals on both sides of the separator, never a word's letters).
_NUMBER_PART = r"(?:[\dol|i]+|[ivx]{1,4})"
_SPACED_SEPARATOR = re.compile(
    r"((?<![a-z])" + _NUMBER_PART + r")\s*([/\-])\s*(?=" + _NUMBER_PART + r"(?![a-z]))"
)


def timeframe_text(text: str) -> str:
    """*text* folded ("Quý II/2026" → "quy ii/2026") with OCR slips in numbers and words repaired."""
    folded = _SPACED_SEPARATOR.sub(r"\1\2", fold(text or "").translate(_DASHES))
    folded = " ".join(_number_repaired(token) for token in folded.split())
    for pattern, replacement in _WORD_REPAIRS:
        folded = pattern.sub(replacement, folded)
    return re.sub(r"\s+", " ", folded).strip()


def _number_repaired(token: str) -> str:
    """A token that is a number with look-alike letters ("2O26", "0l/2027") read as digits."""
    core = token.strip(".,;:()[]")
    if not core or not any(ch.isdigit() for ch in core) or not _NUMBER_TOKEN.fullmatch(core):
        return token
    return token.replace(core, core.translate(_DIGIT_LOOKALIKES))
