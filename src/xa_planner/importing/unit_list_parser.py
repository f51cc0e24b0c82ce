"""Split a written list of units ("Sở Y tế, UBND cấp xã và các cơ quan liên quan") into canonical names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from xa_planner.domain.text import fold
from xa_planner.domain.units import UnitMatch, find_unit, unit_key
from xa_planner.importing.ocr_repair import ocr_fold

_UNIT_START = (
    "so|cong an|ubnd|uy ban|van phong|ban|bo|hoi|doan|phong|trung tam|bao hiem|ngan hang|thue|kho bac|"
    "bao|dai|tram|to|lien doan|co quan|don vi|cac|doanh nghiep|vien|toa an|cuc|chi cuc|truong|thanh tra|"
    "tinh|chu tich|hdnd|mttq|ubmttq|chinh quyen|thon|buu dien|tong cong ty|tap doan|nha mang"
)
_UNIT_START_RE = re.compile(rf"^(?:{_UNIT_START})\b")
_SEPARATOR = re.compile(
    r"\s*[;,\n]\s*|\s+(?:va|cung|voi)\s+(?=(?:" + _UNIT_START + r"|dia\s+phu\w{1,2}ng)\b)",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\([^()]{0,200}\)|\[[^\[\]]{0,200}\]")
_STRONG = 85.0
_JOINED = 95.0  # several pieces read as one name must match it almost exactly


@dataclass(frozen=True)
class UnitList:
    """Units named in a field: canonical names where recognised, and whether any was not."""

    names: tuple[str, ...]
    unknown: tuple[str, ...]  # written names not found in the catalogue (kept as written)


def looks_like_unit(text: str) -> bool:
    """Whether *text* reads like the name of a body ("Sở …", "Ban …", "Các …")."""
    key = ocr_fold(text)
    return bool(_UNIT_START_RE.match(key)) and 0 < len(key.split()) <= 14


def _aligned_fold(text: str) -> str:
    """Fold letter by letter so that positions in the folded text are positions in *text*."""
    return "".join((fold(ch)[:1] or ch) for ch in text)


def _segments(text: str) -> list[tuple[str, str]]:
    """(separator before, segment) pairs, split where a list separator or "và <unit>" stands."""
    result: list[tuple[str, str]] = []
    start, separator = 0, ""
    for match in _SEPARATOR.finditer(_aligned_fold(text)):
        result.append((separator, text[start : match.start()]))
        start, separator = match.end(), text[match.start() : match.end()]
    result.append((separator, text[start:]))
    return [(sep, seg.strip(" .:;-+*\t")) for sep, seg in result if seg.strip(" .:;-+*\t")]


def _join(pieces: list[tuple[str, str]]) -> str:
    return (pieces[0][1] + "".join(sep + seg for sep, seg in pieces[1:])).strip()


def _find(text: str) -> UnitMatch | None:
    """The unit *text* names, as written or OCR-repaired, whichever matches better."""
    found = [m for m in (find_unit(text), find_unit(ocr_fold(text))) if m and m.score >= _STRONG]
    return max(found, key=lambda m: (m.whole, m.score)) if found else None


def _longest_unit(pieces: list[tuple[str, str]], start: int) -> tuple[int, str] | None:
    """The most segments from *start* that together name one catalogue unit."""
    for end in range(min(len(pieces), start + 5), start + 1, -1):
        match = _find(_join(pieces[start:end]))
        if match and match.whole and match.score >= _JOINED:
            return end, match.unit.name
    match = _find(pieces[start][1])
    return (start + 1, match.unit.name) if match else None


@lru_cache(maxsize=2048)
def parse_unit_list(text: str) -> UnitList:
    """Canonical unit names in *text*, in order, without duplicates."""
    cleaned = _PARENTHESES.sub(" ", text or "")
    cleaned = re.sub(r"^\s*(?:giao|do|bởi)\s+", "", cleaned, flags=re.IGNORECASE)
    pieces = _segments(cleaned)
    names: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(pieces):
        found = _longest_unit(pieces, i)
        if found:
            i, name = found
            names.append(name)
            continue
        segment = pieces[i][1]
        if looks_like_unit(segment) or (len(pieces) == 1 and len(segment.split()) <= 12):
            names.append(segment)
            unknown.append(segment)
        i += 1
    return UnitList(tuple(dict.fromkeys(names)), tuple(unknown))


def unit_heading(text: str) -> str | None:
    """The unit a heading names ("1. Công an tỉnh", "10. Ngân hàng Nhà nước khu vực 12"), if it is one."""
    stripped = text.strip().rstrip(":").strip()
    match = _find(stripped)
    if match is None:
        return None
    extra = len(unit_key(stripped).split()) - len(unit_key(match.matched).split())
    return match.unit.name if match.whole or extra <= 3 else None
