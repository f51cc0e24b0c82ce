"""The commune plan's title from the province's: the commune's place and the plan's year, once each."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xa_planner.domain.text import fold, nfc

# Spans never rewritten: a quoted name (the Đề án's, whose years are part of it), a vision
# year and the period it follows, and dates of cited documents ("ngày 06 tháng 01 năm 2022").
_PROTECTED = re.compile(
    r"“[^”]*”|\"[^\"]*\"|«[^»]*»"
    r"|(?:giai doan (?:tu )?(?:nam )?\d{4}\s*[-–—]\s*(?:nam )?\d{4}\W{0,3}\s*)?"
    r"tam nhin (?:den|toi) (?:het )?n[ai]m \d{4}"
    r"|\bngay \d{1,2} thang \d{1,2} n[ai]m \d{4}|\bngay \d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
)
# The period a plan covers ("năm 2025", "04 tháng cuối năm 2025", "giai đoạn 2026-2030"…);
# "nim" is how OCR reads "năm".
_PERIOD = re.compile(
    r"\b(?:(?:(?:\d{1,2}|nhung|cac|hai|ba|bon|sau|chin) )?thang (?:dau|cuoi) "
    r"|quy [ivx1-4]+ |thang \d{1,2} |(?:tu (?:nay|n[ai]m \d{4}) )?(?:den|toi) (?:het )?)?"
    r"n[ai]m (?:19|20)\d\d\b"
    r"|\bgiai doan (?:tu )?(?:n[ai]m )?(?:19|20)\d\d\s*[-–—]\s*(?:n[ai]m )?(?:19|20)\d\d\b"
    r"|\b(?:quy [ivx1-4]+|thang \d{1,2})\s*/\s*(?:19|20)\d\d\b"
)
# Where the plan applies ("trên địa bàn tỉnh X", "của UBND tỉnh X", "toàn tỉnh", "xã Y"…);
# the name that follows is read from the original's capitals.
_PLACE = re.compile(
    r"(?:\b(?:tren|tai|o) (?:dia ban|pham vi) (?:toan )?|\bcua (?:(?:ubnd|uy ban nhan dan) )?"
    r"|\b(?:tai|toan|cap) )?(?<!lien )(?<!dia )\b(?P<word>tinh|thanh pho|tp|xa|phuong)\b(?! (?:uy|doan)\b)"
    r"|\btren dia ban(?=\s*(?:$|[^\w\s]|\d|n[ai]m\b|giai doan\b))"
)
# The place words as written (with their marks, or bare as OCR leaves them): not "tính", "xa".
_PLACE_WORDS = {"tỉnh", "tinh", "thành phố", "thanh pho", "tp", "xã", "phường", "phuong"}
_NAME_WORD = re.compile(r"\.?\s+([^\W\d_]+)(?![\w])")
_NAME_STOPS = {"nam", "nim", "giai", "quy", "thang", "ve", "den", "tu", "trong", "cua", "va"}
_OCR_SYMBOL = re.compile(r"[^\W\d_][&@¢€£§|]|[&@¢€£§|][^\W\d_]")


@dataclass(frozen=True)
class DerivedTitle:
    """The commune plan's title and what the officer should check in it before it is signed."""

    text: str
    ocr_damaged: bool = False  # the source title looks misread (marks lost, stray symbols)


def _folded(text: str) -> str:
    """*text* folded letter by letter, so that positions match the original."""
    return "".join(folded if len(folded := fold(ch)) == 1 else ch for ch in text)


def _protected_spans(folded: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _PROTECTED.finditer(folded)]
    opening = re.search(r"[“«]", folded)  # an unclosed quote (OCR lost its end) runs to the end
    if opening and not any(s <= opening.start() < e for s, e in spans):
        spans.append((opening.start(), len(folded)))
    return spans


def _outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in spans)


def _name_end(text: str, folded: str, end: int, known: tuple[str, ...]) -> int:
    """End of the proper name after a place word: a known province, else capitalised words."""
    for name in filter(None, (_folded(" ".join(k.split())) for k in known)):
        after = end + len(name) + 1
        if folded.startswith(" " + name, end) and not folded[after : after + 1].isalnum():
            return after
    for _count in range(4):
        word = _NAME_WORD.match(text, end)
        if not word or not word.group(1)[:1].isupper() or fold(word.group(1)) in _NAME_STOPS:
            break
        end = word.end()
    return end


def _place_spans(text: str, folded: str, protected, known: tuple[str, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in _PLACE.finditer(folded):
        start, end = match.span()
        word = match.group("word")
        if word and text[match.start("word") : end].casefold() not in _PLACE_WORDS:
            continue  # "tính năng", "từ xa": the same letters, another word
        named_end = _name_end(text, folded, end, known)
        said_as_place = match.start("word") > start or named_end > end  # "của tỉnh", "tỉnh X"
        if not said_as_place or not _outside(protected, start, named_end):
            continue  # "tinh thần", "xã hội"
        spans.append((start, named_end))
    return spans


def _period_spans(folded: str, protected) -> list[tuple[int, int]]:
    return [m.span() for m in _PERIOD.finditer(folded) if _outside(protected, *m.span())]


def _replace(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    text = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", text))
    return re.sub(r"(?:\s*,)+\s*$|^\s*,\s*", "", text).strip()


def province_of(issuer: str) -> str:
    """The province an issuer speaks for: "Ủy ban nhân dân tỉnh Vĩnh Long" → "Vĩnh Long"."""
    found = re.search(r"\b(?:tinh|thanh pho)\s+(.+)$", _folded(issuer))
    return issuer[found.start(1) :].strip() if found else ""


def looks_ocr_damaged(text: str) -> bool:
    """Does *text* look misread by OCR?  Vietnamese prose leaves 10–25 % of its words unmarked
    (at most 45 % in a line of the seed plans), a misread text 40–100 %: a text of some length
    whose words are mostly bare ASCII, or with symbols inside words, was misread.  Capitalised
    abbreviations and Roman numerals (UBND, VNeID, II) are not counted."""
    if _OCR_SYMBOL.search(text):
        return True
    words = [w for w in re.findall(r"[^\W\d_]{2,}", text) if not w.isupper() and w[1:].islower()]
    bare = sum(w.isascii() for w in words) / len(words) if words else 0.0
    return (len(words) >= 6 and bare >= 0.6) or (len(words) >= 12 and bare >= 0.5)


def commune_plan_title(
    source_title: str,
    *,
    commune: str,
    year: int,
    unit_kind: str = "xã",
    provinces: tuple[str, ...] = (),
) -> DerivedTitle:
    """The province's title speaking of the commune and the plan's year.

    Only the source's own period ("04 tháng cuối năm 2025", "giai đoạn 2026-2030") becomes
    "năm {year}", never a year inside a quoted name or a "tầm nhìn đến năm …"; every place of
    the province ("trên địa bàn tỉnh X", "của UBND tỉnh", "toàn tỉnh") gives way to one
    "trên địa bàn {unit_kind} {commune}"; a title with neither gets both at its end.
    *provinces* are names the province may go by (the profile's, the issuer's), read whole
    even when a word of them is not capitalised.
    """
    text = nfc(" ".join(source_title.split())) or "Kế hoạch triển khai thực hiện Đề án 06"
    folded = _folded(text)
    protected = _protected_spans(folded)
    shout = text.upper() == text and any(ch.isalpha() for ch in text)
    place = f"trên địa bàn {unit_kind} {commune}".strip() if commune.strip() else ""
    period = f"năm {year}"
    places = _place_spans(text, folded, protected, provinces) if place else []
    periods = _period_spans(folded, protected + places)
    if place and periods and not places:  # the place goes before the period it is said with
        period = f"{place} {period}"
    edits = [(s, e, place if i == 0 else "") for i, (s, e) in enumerate(places)]
    edits += [(s, e, period if i == 0 else "") for i, (s, e) in enumerate(periods)]
    title = _replace(text, _cased(edits, shout))
    if not periods:
        tail = f"{'' if places else place} năm {year}".strip()
        title = f"{title.rstrip(' .,;')} {_cased_text(tail, shout)}"
    return DerivedTitle(title, looks_ocr_damaged(source_title))


def _cased(edits: list[tuple[int, int, str]], shout: bool) -> list[tuple[int, int, str]]:
    return [(s, e, _cased_text(r, shout)) for s, e, r in edits]


def _cased_text(text: str, shout: bool) -> str:
    return text.upper() if shout else text
