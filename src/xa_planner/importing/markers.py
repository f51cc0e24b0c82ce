"""Recognise the numbering at the start of a paragraph: "II.", "2.1.", "a)", "(3)", "-", "+"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROMAN_VALID = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_ROMAN = re.compile(r"^([IVXLl1|]{1,6})\s*[.:)/]\s*(?=\S)|^([IVX]{1,5})\s+(?=[A-ZĐÀ-Ỹ]{2})")
_ARABIC = re.compile(r"^(\d{1,2}(?:\s?\.\s?\d{1,2}){0,3})\s*\.(?!\d)\s*(?=\S)")
_LETTER = re.compile(r"^([a-zđ¢])\s*[).]\s+(?=\S)")
_PAREN = re.compile(r"^\(\s*(\d{1,2}|[a-zđ])\s*\)\s*(?=\S)|^(\d{1,2})\)\s*(?=\S)")
_DASH = re.compile(r"^[-–—−‒]+\s*(?=\S)")
_PLUS = re.compile(r"^\+\s*(?=\S)")


@dataclass(frozen=True)
class Marker:
    """The numbering of a paragraph: its kind (nesting class), its label and the text after it."""

    kind: str  # "roman", "arabic1".."arabic4", "letter", "paren", "dash", "plus"
    label: str  # "II", "2.1", "a", "(3)", "-", "+"
    rest: str


_PERIOD_OF_YEAR = re.compile(r"^[IVX]{1,4}\s*/\s*\d")  # "III/2025": a wrapped "Quý III/2025"


def _roman(text: str) -> Marker | None:
    match = _ROMAN.match(text)
    if not match or _PERIOD_OF_YEAR.match(text):
        return None
    token = match.group(1) or match.group(2)
    if not re.search(r"[IVX]", token):
        return None
    numeral = re.sub(r"[Ll1|]", "I", token)
    rest = text[match.end() :]
    if not _ROMAN_VALID.match(numeral) or not rest:
        return None
    if match.group(2) and not rest.split()[0].isupper():
        return None
    return Marker("roman", numeral, rest)


def _arabic(text: str) -> Marker | None:
    match = _ARABIC.match(text)
    if not match:
        return None
    parts = [p for p in re.split(r"\s?\.\s?", match.group(1)) if p]
    return Marker(f"arabic{len(parts)}", ".".join(str(int(p)) for p in parts), text[match.end() :])


# "Nhiệm vụ 2: Số hóa …" numbers a task the way "2." does.
_TASK_NUMBER = re.compile(
    r"^(?:nhi\S{0,2}m\s*v\S{1,2}|nv)(?:\s+s\S{1,2})?\s+(\d{1,2})\s*[:.)–-]\s*(?=\S)", re.IGNORECASE
)


def _task_number(text: str) -> Marker | None:
    """ "Nhiệm vụ 2: …" (also "Nhiem vu 2:" from OCR), numbered like "2."."""
    match = _TASK_NUMBER.match(text)
    return Marker("arabic1", str(int(match.group(1))), text[match.end() :]) if match else None


def parse_marker(text: str) -> Marker | None:
    """The marker that starts *text*, or None for running text."""
    for finder in (_roman, _arabic, _task_number):
        marker = finder(text)
        if marker:
            return marker
    if match := _PAREN.match(text):
        label = match.group(1) or match.group(2)
        return Marker("paren", f"({label})", text[match.end() :])
    if match := _LETTER.match(text):
        letter = "c" if match.group(1) == "¢" else match.group(1)
        return Marker("letter", letter, text[match.end() :])
    if match := _DASH.match(text):
        return Marker("dash", "-", text[match.end() :])
    if match := _PLUS.match(text):
        return Marker("plus", "+", text[match.end() :])
    return None
