"""Recognise field labels ("Đơn vị chủ trì:", "b) Cơ quan phối hợp:", "+ Tiến độ:") in clean or OCR'd text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from xa_planner.domain.text import fold
from xa_planner.domain.timeframes import parse_timeframe
from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.unit_list_parser import looks_like_unit

LEAD, SUPPORT, TIME, PRODUCTS, CONTENT, DIRECTING, TARGETS, NOTE = (
    "lead",
    "support",
    "time",
    "products",
    "content",
    "directing",
    "targets",
    "note",
)

_VOCABULARY = {
    LEAD: "don vi chu tri|co quan chu tri|co quan chu tri thuc hien|don vi chu tri thuc hien|chu tri|"
    "chu tri thuc hien|don vi thuc hien|co quan thuc hien|trach nhiem thuc hien|don vi chiu trach nhiem|"
    "co quan chiu trach nhiem|co quan don vi chu tri|don vi chu tri tham muu|co quan don vi thuc hien",
    SUPPORT: "don vi phoi hop|co quan phoi hop|co quan phoi hop thuc hien|don vi phoi hop thuc hien|"
    "phoi hop|phoi hop thuc hien|co quan don vi phoi hop",
    TIME: "thoi gian thuc hien|thoi gian hoan thanh|thoi gian|tien do|tien do thuc hien|tien do hoan thanh|"
    "lo trinh|lo trinh thuc hien|thoi han|thoi han hoan thanh|thoi gian thuc hien hoan thanh|moc thoi gian",
    PRODUCTS: "san pham|san pham dau ra|ket qua|ket qua san pham|ket qua dat duoc|ket qua du kien|"
    "san pham du kien|ket qua can dat|hinh thuc san pham|ket qua dau ra",
    CONTENT: "nhiem vu|noi dung|noi dung nhiem vu|noi dung thuc hien|noi dung cong viec|ten nhiem vu|"
    "nhiem vu cu the",
    DIRECTING: "van ban chi dao|can cu|van ban can cu|co so phap ly",
    TARGETS: "chi tieu|chi tieu cu the|chi tieu can dat",
    NOTE: "ghi chu",
}
_FIELD_OF = {phrase: name for name, text in _VOCABULARY.items() for phrase in text.split("|")}
_PHRASES = list(_FIELD_OF)
_CUTOFF = 78.0
_GAP = 6.0


@dataclass(frozen=True)
class LabelMatch:
    """A recognised label: the field it names, the value after it, and how sure the match is."""

    field: str
    value: str
    score: float
    guessed: (
        bool  # the label was read from damaged text (not an exact match once accents are folded)
    )


@lru_cache(maxsize=8192)
def match_label_phrase(head: str, cutoff: float = _CUTOFF) -> tuple[str, float, bool] | None:
    """(field, score, guessed) for a label phrase, or None when it is not a label or is ambiguous."""
    plain = re.sub(r"[^\w\s]", " ", fold(head)).split()
    if not plain or len(plain) > 8:
        return None
    exact = " ".join(plain)
    if exact in _FIELD_OF:
        return _FIELD_OF[exact], 100.0, False
    key = ocr_fold(head)
    found = process.extract(key, _PHRASES, scorer=fuzz.ratio, limit=6, score_cutoff=cutoff)
    if not found:
        return None
    best_phrase, best_score, _ = found[0]
    field = _FIELD_OF[best_phrase]
    rivals = [score for phrase, score, _ in found[1:] if _FIELD_OF[phrase] != field]
    if rivals and best_score - rivals[0] < _GAP:
        return None
    return field, best_score, True


def _without_marker_noise(text: str) -> str:
    return text.strip().lstrip("-+–•*").strip()


def recognise_label(
    text: str, *, marked: bool = True, plan_year: int | None = None
) -> LabelMatch | None:
    """The label that starts *text* (a paragraph without its numbering), if any.

    Without a colon, only a bulleted paragraph (*marked*) starting with a label of three or more words
    counts: "Phối hợp với …" or "Chủ trì rà soát …" are tasks, not labels.  *plan_year* dates a time
    frame written without its year ("Tiến độ Quý IV"), as the task builder will read it.
    """
    text = _without_marker_noise(text)
    colon = text.find(":", 0, 90)
    if colon > 0:
        found = match_label_phrase(text[:colon])
        if found:
            return LabelMatch(found[0], text[colon + 1 :].strip(), found[1], found[2])
        return None
    if not marked:
        return None
    return _label_without_colon(text, plan_year)


_NOUN_LABEL = re.compile(
    r"^(?:don vi|co quan|thoi gian|thoi han|tien do|lo trinh|san pham|ket qua)\b"
)


def _label_without_colon(text: str, plan_year: int | None) -> LabelMatch | None:
    """OCR often drops the colon: accept "Đơn vị chủ trì Công an tỉnh" when the value fits the label."""
    words = text.split()
    best: tuple[float, int, tuple[str, float, bool]] | None = None
    for n in range(min(6, len(words) - 1), 2, -1):
        head = " ".join(words[:n])
        found = match_label_phrase(head, 92.0)
        if found and _NOUN_LABEL.match(ocr_fold(head)) and (best is None or found[1] > best[0]):
            best = (found[1], n, found)
    if best is None:
        return None
    _, n, (field, score, _guessed) = best
    value = " ".join(words[n:])
    if field in (LEAD, SUPPORT) and not looks_like_unit(value):
        return None
    if field == TIME and not parse_timeframe(value, plan_year=plan_year).understood:
        return None
    return LabelMatch(field, value, score, True)


_INLINE_SPLIT = re.compile(r"(?<=[;.,])\s*(?=[+\-–]\s*\S)|\s+(?=[+]\s*\S)|(?<=[;.])\s+(?=\w)")


_MARKER_ONLY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[a-zđ]\)|\(\d{1,2}\))\s*$")


def split_inline_labels(text: str) -> list[str]:
    """Split "+ Chủ trì: A; + Phối hợp: B; + Thời gian: C" written on one line into its labels."""
    if ":" not in text:
        return [text]
    parts: list[str] = []
    start = 0
    for match in _INLINE_SPLIT.finditer(text):
        tail = text[match.end() :]
        if _MARKER_ONLY.match(text[start : match.start()]):
            continue  # "1. Tên nhiệm vụ: …": the number stays with its label
        if match.end() > start and recognise_label(tail[:90], marked=False):
            parts.append(text[start : match.start()].strip())
            start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]
