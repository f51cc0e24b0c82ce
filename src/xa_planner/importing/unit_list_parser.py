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
    "tinh|chu tich|hdnd|mttq|ubmttq|chinh quyen|thon|buu dien|tong cong ty|tap doan|nha mang|"
    "trung uong|dang uy|dang bo|chi bo|tinh uy|thanh uy|tinh doan|thanh doan|"
    # office holders a commune plan names as its units: "Bí thư chi bộ", "Phó Chủ tịch UBND xã"
    "bi thu|pho chu tich|pho truong|can bo|cong chuc|chi hoi|nguoi dung dau"
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
class WrittenUnit:
    """One unit as the document names it and the name it has now (the same when unchanged)."""

    written: str  # the document's wording, OCR spelling repaired
    current: str  # the catalogue's current name, or the written name when not catalogued
    renamed: bool = False  # written under a name the body lost in a reorganisation
    known: bool = True  # found in the unit catalogue


@dataclass(frozen=True)
class UnitList:
    """Units named in a field: canonical names where recognised, and whether any was not."""

    names: tuple[str, ...]
    unknown: tuple[str, ...]  # written names not found in the catalogue (kept as written)
    units: tuple[WrittenUnit, ...] = ()  # every unit in document order, as written and now


def looks_like_unit(text: str) -> bool:
    """Whether *text* reads like the name of a body ("Sở …", "Ban …", "Các …")."""
    key = ocr_fold(text)
    return bool(_UNIT_START_RE.match(key)) and 0 < len(key.split()) <= 14


def _aligned_fold(text: str) -> str:
    """Fold letter by letter so that positions in the folded text are positions in *text*."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
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


def _written(text: str, match: UnitMatch) -> WrittenUnit:
    """The unit as written: the document's words, or the catalogue's spelling of them when OCR
    damaged them (same name, different letters)."""
    spelling = text
    same_words = len(text.split()) == len(match.matched.split())
    if match.whole and same_words and (match.score < 100 or unit_key(text) == unit_key(match.matched)):
        spelling = match.matched
    return WrittenUnit(spelling, match.unit.name, match.renamed)


def _name_reach(pieces: list[tuple[str, str]], start: int) -> int:
    """Where a name begun at *start* must end: a semicolon always parts two units."""
    end = start + 1
    while end < len(pieces) and ";" not in pieces[end][0]:
        end += 1
    return end


def _longest_unit(pieces: list[tuple[str, str]], start: int) -> tuple[int, WrittenUnit] | None:
    """The most segments from *start* (up to a semicolon) that together name one catalogue unit."""
    reach = _name_reach(pieces, start)
    collective = _collective_end(pieces, start)
    if collective > start + 1:
        text = _join(pieces[start:collective])
        match = _find(text)
        if match and match.whole and match.score >= _JOINED:
            return collective, _written(text, match)
        return collective, WrittenUnit(text, text, known=False)
    for end in range(min(reach, start + 5), start + 1, -1):
        text = _join(pieces[start:end])
        match = _find(text)
        if match and (_joined_whole(match) or _joined_with_level(text, match)):
            return end, _written(text, match)
    match = _find(pieces[start][1])
    return (start + 1, _written(pieces[start][1], match)) if match else None


_LEVEL_TAIL = 2  # "Văn phòng HĐND và UBND phường": a known name and the level it sits at


def _joined_whole(match: UnitMatch) -> bool:
    return match.whole and match.score >= _JOINED


def _joined_with_level(text: str, match: UnitMatch) -> bool:
    """A catalogue name read exactly, followed by a word or two that do not start another body
    (counted in the key's words, where "Ủy ban Mặt trận Tổ quốc Việt Nam" is two: "ubmttq xa")."""
    key = unit_key(text).split()
    extra = len(key) - len(unit_key(match.matched).split())
    tail = " ".join(key[-extra:]) if extra > 0 else ""
    return match.score == 100 and 0 < extra <= _LEVEL_TAIL and not looks_like_unit(tail)


# Kinds of body a collective lists after "Các": "Các bộ, ngành, địa phương".
_CATEGORY = re.compile(
    r"^(?:cac\s+)?(?:bo|nganh|so|ban|phong|co quan(?: ngang bo)?|don vi|dia phuong|doan the|"
    r"to chuc|tinh|thanh pho|xa|phuong|dac khu|hoi|doanh nghiep|truong|trung tam|huyen|thi xa)"
    r"(?:\s+(\S.*))?$"
)


def _collective_end(pieces: list[tuple[str, str]], start: int) -> int:
    """Where a "Các <kind>, <kind>, … <qualifier>" collective that began at *start* ends.

    Each piece after a comma that is only a kind of body belongs to it; a kind followed by
    more words ("… có thủ tục trong 53 DVC") is its last piece.
    """
    head = _CATEGORY.match(ocr_fold(pieces[start][1]))
    if not ocr_fold(pieces[start][1]).startswith("cac ") or head is None or head.group(1):
        return start + 1
    end = start + 1
    while end < len(pieces) and pieces[end][0].strip() == ",":
        kind = _CATEGORY.match(ocr_fold(pieces[end][1]))
        if kind is None:
            break
        end += 1
        if kind.group(1):
            break
    return end


def _continued(pieces: list[tuple[str, str]], start: int) -> int:
    """Where a name the catalogue does not know ends: a comma then a lower-case word that names
    no unit by itself continues it ("Trưởng thôn, tổ dân phố"; "Bí thư chi bộ, trưởng thôn"),
    as a list's next unit would start with a capital."""
    end = start + 1
    while end < len(pieces) and pieces[end][0].strip() == "," and pieces[end][1][:1].islower():
        if _longest_unit(pieces, end) is not None:
            break
        end += 1
    return end


_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9&-]{1,9}$")


def _kept_as_written(segment: str, alone: bool) -> bool:
    """Whether a segment the catalogue does not know still names a body."""
    if looks_like_unit(segment) or _ACRONYM.match(segment):
        return True
    return alone and len(segment.split()) <= 12


@lru_cache(maxsize=2048)
def parse_unit_list(text: str) -> UnitList:
    """Canonical unit names in *text*, in order, without duplicates."""
    cleaned = _PARENTHESES.sub(" ", text or "")
    cleaned = re.sub(r"^\s*(?:giao|do|bởi|đề nghị)\s+", "", cleaned, flags=re.IGNORECASE)
    pieces = _segments(cleaned)
    units: list[WrittenUnit] = []
    i = 0
    while i < len(pieces):
        found = _longest_unit(pieces, i)
        if found:
            i, unit = found
            units.append(unit)
            continue
        end = _continued(pieces, i)
        segment = _join(pieces[i:end])
        if _kept_as_written(segment, i == 0 and end == len(pieces)):
            units.append(WrittenUnit(segment, segment, known=False))
        i = end
    names = tuple(dict.fromkeys(unit.current for unit in units))
    unknown = tuple(unit.written for unit in units if not unit.known)
    return UnitList(names, unknown, tuple(units))



def heading_units(text: str) -> tuple[WrittenUnit, ...]:
    """The unit a heading names, as written and now; empty when it names none."""
    stripped = text.strip().rstrip(":").strip()
    current = unit_heading(stripped)
    if current is None:
        return ()
    match = _find(stripped)
    return (WrittenUnit(stripped, current, bool(match and match.renamed)),)


def unit_heading(text: str) -> str | None:
    """The unit a heading names ("1. Công an tỉnh", "10. Ngân hàng Nhà nước khu vực 12"), if it is one."""
    stripped = text.strip().rstrip(":").strip()
    match = _find(stripped)
    if match is None:
        return None
    extra = len(unit_key(stripped).split()) - len(unit_key(match.matched).split())
    return match.unit.name if match.whole or extra <= 3 else None
