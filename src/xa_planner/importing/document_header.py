"""Read the document facts from a plan's first lines: number/symbol, date, issuing body, title."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from rapidfuzz import fuzz

from xa_planner.domain.text import fold
from xa_planner.importing.letterhead import issuer_from_letterhead
from xa_planner.importing.markers import parse_marker
from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.parsed_plan import DocumentInfo
from xa_planner.importing.source_document import TextLine

_HEAD_LINES = 45
_NUMBER = re.compile(
    r"(?:^|\s)S\S{0,2}\s*[:.]?\s*(\d{0,6})\s*/\s*([A-ZĐ]{1,6}(?:\s?-\s?[A-ZĐ0-9]{1,12})+)"
)
_DATE = re.compile(r"ngay\s*([0-9ol]{1,2})\s*thang\s*([0-9ol]{1,2})\s*n[a-z]{0,3}m\s*([0-9ol]{4})")
_YEAR_ONLY = re.compile(r"ngay\s+thang\s+n[a-z]{0,3}m\s*((?:19|20)\d\d)")
_LEVEL = r"(tỉnh|thành phố|xã|phường|đặc khu)"
_NAME = r"([A-ZĐÀ-Ỹ][^\s,;.()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;.()]*){0,3})"
_ISSUER_IN_TEXT = re.compile(
    r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s*(?:\(UBND\)\s*)?" + _LEVEL + r"\s+" + _NAME
)
_AREA_IN_TITLE = re.compile(r"trên địa bàn\s+" + _LEVEL + r"\s+" + _NAME)
_TITLE_STOP = re.compile(r"^(?:can cu|thuc hien|nham|theo|de |tiep tuc|thue hien)")


def _digits(text: str) -> int:
    return int(text.replace("o", "0").replace("l", "1"))


def _number(lines: list[str]) -> str:
    for line in lines:
        match = _NUMBER.search(line)
        if match:
            symbol = re.sub(r"\s", "", match.group(2))
            return f"{match.group(1)}/{symbol}"
    return ""


def _date(lines: list[str]) -> tuple[dt.date | None, int | None]:
    for line in lines:
        folded = fold(line)
        match = _DATE.search(folded)
        if match:
            try:
                day = dt.date(
                    _digits(match.group(3)), _digits(match.group(2)), _digits(match.group(1))
                )
                return day, day.year
            except ValueError:
                continue
        match = _YEAR_ONLY.search(folded)
        if match:
            return None, int(match.group(1))
    return None, None


def _issuer_from_header(lines: list[str]) -> str:
    """The two-column header: "ỦY BAN NHÂN DÂN | CỘNG HÒA…" then "TỈNH ĐỒNG THÁP | Độc lập…"."""
    for index, line in enumerate(lines[:12]):
        if ocr_fold(line).startswith("uy ban nhan dan"):
            rest = _after_body_name(line)
            below = rest or next((other for other in lines[index + 1 : index + 4] if other), "")
            aligned = _aligned(below)
            stop = re.search(r"(?:^|\s)(?:\S{0,3}oc lap|cong hoa)", aligned)
            cut = below[: stop.start()] if stop else below
            words = cut.split()
            if words and ocr_fold(words[0]) in ("tinh", "xa", "phuong", "thanh", "dac"):
                return _proper(cut)
    return ""


def _aligned(text: str) -> str:
    """Accent-free lower case with each character where it was, so a match's span cuts *text*."""
    return "".join(fold(ch)[:1] or ch for ch in text)


def _after_body_name(line: str) -> str:
    """What follows "ỦY BAN NHÂN DÂN" on its line, up to the motto column ("CỘNG HÒA …")."""
    aligned = _aligned(line)
    name = re.search(r"nh\S{0,2}n\s*d\S{0,2}n", aligned)
    if name is None:
        return ""
    rest, rest_aligned = line[name.end() :], aligned[name.end() :]
    motto = re.search(r"cong hoa|\S{0,3}oc lap", rest_aligned)
    return (rest[: motto.start()] if motto else rest).strip()


def _proper(text: str) -> str:
    words = text.lower().split()
    level = 2 if ocr_fold(" ".join(words[:2])) in ("thanh pho", "dac khu") else 1
    return "Ủy ban nhân dân " + " ".join(words[:level] + [w.capitalize() for w in words[level:]])


def _issuer(lines: list[str], title: str) -> str:
    found = _issuer_from_header(lines) or issuer_from_letterhead(lines)
    if found:
        return found
    for line in lines:
        for match in _ISSUER_IN_TEXT.finditer(line):
            if not re.search(r"(?:của|cua)\s*$", line[: match.start()]):
                return f"Ủy ban nhân dân {match.group(1)} {match.group(2)}"
    area = _AREA_IN_TITLE.search(title)
    return f"Ủy ban nhân dân {area.group(1)} {area.group(2)}" if area else ""


def _title(lines: list[str]) -> str:
    start = next(
        (i for i, line in enumerate(lines) if fuzz.ratio(ocr_fold(line), "ke hoach") >= 85), None
    )
    if start is None:
        return ""
    parts: list[str] = []
    for line in lines[start + 1 : start + 9]:
        words = sum(len(p.split()) for p in parts)
        if not line:
            continue
        if parse_marker(line) or (words >= 8 and _TITLE_STOP.match(ocr_fold(line))) or words > 80:
            break
        parts.append(line)
    return " ".join(parts).strip()


def _common_year(lines: list[str]) -> int | None:
    years = Counter(int(y) for line in lines for y in re.findall(r"\b(20[2-4]\d)\b", line))
    return years.most_common(1)[0][0] if years else None


def read_document_info(lines: list[TextLine]) -> tuple[DocumentInfo, int | None]:
    """The document facts and the year its tasks belong to (for dates written without a year)."""
    head = [line.text for line in lines[:_HEAD_LINES]]
    title = _title(head)
    day, year = _date(head)
    info = DocumentInfo(number=_number(head), date=day, issuer=_issuer(head, title), title=title)
    title_years = re.findall(r"n[aă]m\s+(20[2-4]\d)", title)
    plan_year = year or (int(title_years[0]) if title_years else None) or _common_year(head)
    return info, plan_year
