"""Read the issuing body from a letterhead that is not a People's Committee's ("THỦ TƯỚNG CHÍNH PHỦ", "BAN CHỈ ĐẠO …")."""

from __future__ import annotations

import re

from xa_planner.domain.units import find_unit
from xa_planner.importing.ocr_repair import ocr_fold

_HEAD_LINES = 8
_MOTTO = re.compile(r"\s{3,}|(?=CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|ĐỘC LẬP)")
_STOP = re.compile(r"^(?:so|ke hoach|thong bao|quyet dinh|chi thi|cong van|ngay)\b")
# Words that begin the name of a body: a line starting so is a new name, not the one above going on.
_BODY = re.compile(
    r"^(?:thu tuong|chinh phu|bo|ban|dang uy|dang bo|chi bo|tinh uy|thanh uy|huyen uy|so|"
    r"cong an|van phong|uy ban|ubnd|hoi dong|to cong tac|tong cuc|cuc|tinh doan|mttq)\b"
)
_PLACE_AFTER = re.compile(
    r"\b(?:tỉnh ủy|thành ủy|huyện ủy|tỉnh|thành phố|xã|phường|huyện|đặc khu)\s+(?=\S)", re.IGNORECASE
)
# How Vietnamese writes the names that a letterhead prints in capitals.
_SPELLINGS = (
    ("thủ tướng chính phủ", "Thủ tướng Chính phủ"),
    ("chính phủ", "Chính phủ"),
    ("ban chỉ đạo", "Ban Chỉ đạo"),
    ("tổ công tác", "Tổ Công tác"),
    ("ủy ban nhân dân", "Ủy ban nhân dân"),
    ("ubnd", "Ủy ban nhân dân"),
)


def _left_column(line: str) -> str:
    return _MOTTO.split(line.strip(), maxsplit=1)[0].strip(" -*_")


def _names(lines: list[str]) -> list[str]:
    """The letterhead's upper-case names, a line that does not begin a new body joined to the one above."""
    names: list[str] = []
    for line in lines[:_HEAD_LINES]:
        left = _left_column(line)
        key = ocr_fold(left)
        if not left or _STOP.match(key):
            break
        if not left.isupper():
            continue
        if names and not _BODY.match(key):
            names[-1] = f"{names[-1]} {left}"
        else:
            names.append(left)
    return names


def _as_written(name: str) -> str:
    """ "BAN CHỈ ĐẠO … TỈNH" → "Ban chỉ đạo … tỉnh"; a place after "tỉnh", "xã"… keeps its capitals."""
    text = name.lower()
    for lower, spelled in _SPELLINGS:
        text = re.sub(rf"\b{lower}\b", spelled, text)
    text = text[:1].upper() + text[1:]
    place = _PLACE_AFTER.search(text)
    if place:
        words = " ".join(word.capitalize() for word in text[place.end() :].split())
        text = text[: place.end()] + words
    return text


def issuer_from_letterhead(lines: list[str]) -> str:
    """The body that issued the document, from the last name of its letterhead; "" if none."""
    names = _names(lines)
    if not names:
        return ""
    name = names[-1]
    match = find_unit(name)
    if match is not None and match.whole and match.score >= 95:
        return match.unit.name
    return _as_written(name)
