"""Find the lead and supporting units a task names in its own sentence ("Bộ Công an chủ trì, phối hợp với …")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xa_planner.domain.text import fold
from xa_planner.domain.units import find_unit
from xa_planner.importing.unit_list_parser import looks_like_unit, parse_unit_list

# Words that start what a unit does, in folded form: the unit's name ends before them.
_VERBS = (
    "chu tri|phoi hop|tham muu|chi dao|huong dan|thuc hien|trien khai|to chuc|xay dung|nghien cuu|"
    "ra soat|quan tam|tiep tuc|khan truong|co trach nhiem|chiu trach nhiem|theo doi|don doc|bo tri|"
    "kip thoi|nang cap|hoan thanh|hoan thien|ban hanh|day manh|tang cuong|bao dam|dam bao|"
    "tuyen truyen|cung cap|kiem tra|giam sat|lanh dao|quan triet|trinh|bao cao|cap nhat|ket noi|"
    "phat dong|van dong|sua doi|bo sung|de xuat|tong hop|danh gia|chuan bi|huy dong|xem xet|"
    "sap xep|thanh lap|kien toan|ung dung|phat huy|phat trien|tap trung|chu dong|duy tri|van hanh|"
    "thuc day|tham gia|dao tao|boi duong|ho tro|thu thap|lam sach|so hoa|phoi hop voi|tiep nhan|"
    "giai quyet|xu ly|cat giam|dinh ky|thuong xuyen|su dung|khai thac|dieu chinh|phan cong|"
    "giup|dieu hanh|uu tien|day nhanh|nghiem tuc|quyet liet|khan|lam tot|lam viec|tich cuc|"
    "chi tra|kich hoat|dang ky|cap phat|tiep tuc|phoi hop voi|cong bo|niem yet|"
    "lap|mo rong|nang cao|sua|thuc thi|ap dung|tich hop|dong bo|xac thuc|thu nhan"
)
# OCR reads "chủ" as "chii" and "Đề" as "Pe"/"DPe": the words that matter most allow for it.
_CHU_TRI = r"ch(?:u|ii|w)\s*tr[il]"
_VERB = re.compile(rf"(?<![\w])(?:{_CHU_TRI}|{_VERBS})(?![\w])")
_OPENING = re.compile(r"^(?:giao cho|giao|(?:dp|d|p)e nghi|yeu cau|do)\s+")
_LEAD_VERB = re.compile(rf"(?<![\w]){_CHU_TRI}(?![\w])")
_SUPPORT = re.compile(r"^[\s,;]*(?:va\s+)?ph(?:o|e|u)i\s*h(?:o|e)p(?:\s+(?:voi|cung))?\s+")
_END = re.compile(r"[.;:\n]|,\s*(?=(?:de|nham|bao dam|dam bao)\b)")
_MAX_SUBJECT = 160


@dataclass(frozen=True)
class SentenceUnits:
    """The units a sentence names: the lead's text as written and the supporters' text."""

    lead: str
    support: str = ""
    explicit: bool = True  # named with "chủ trì", "Giao" or "Đề nghị", not only before a verb


_OCR_GLYPHS = str.maketrans({"&": "o", "@": "o", "¢": "e", "€": "e", "§": "d", "ð": "d", "ø": "o"})
_DIGIT_IN_WORD = re.compile(r"(?<=[a-z])[01456](?=[a-z]|\b)")
_LETTER_OF_DIGIT = {"0": "o", "1": "i", "4": "a", "5": "s", "6": "o"}


def _aligned(text: str) -> str:
    """Lower-case, accent-free text of the same length, so positions carry over; the usual OCR
    glyphs ("&" for "ơ", "6" for "ộ") read as the letters they stand for."""
    folded = fold(text)
    if len(folded) != len(text):  # a letter folded to two ("ß"): fold letter by letter
        folded = "".join((fold(ch)[:1] or ch) for ch in text)
    folded = folded.translate(_OCR_GLYPHS)
    return _DIGIT_IN_WORD.sub(lambda m: _LETTER_OF_DIGIT[m.group(0)], folded)


def _is_units(text: str, *, catalogued_only: bool = False) -> bool:
    """Whether *text* is only unit names (all known to the catalogue, when asked)."""
    units = parse_unit_list(text)
    if not units.units:
        return False
    if catalogued_only:  # before any verb: bodies the catalogue knows, and nothing else
        known = [unit for unit in units.units if unit.known]
        return bool(known) and _covered(text, units.units) >= _COVERED
    return not units.unknown or looks_like_unit(text.strip(" ,"))


_COVERED = 0.7


def _covered(text: str, units) -> float:
    """How much of *text* the units account for (the rest would be words parse_unit_list dropped)."""
    letters = len(re.sub(r"\W|\bva\b", "", _aligned(text)))
    named = sum(len(re.sub(r"\W", "", unit.written)) for unit in units)
    return named / letters if letters else 0.0


def _support_after(text: str, folded: str, start: int) -> str:
    """The units after "…, phối hợp với" that starts at *start*, up to what they are asked to do."""
    match = _SUPPORT.match(folded[start:])
    if match is None:
        return ""
    begin = start + match.end()
    verb = _subject_end(text, folded, begin, strict=False)
    if verb is not None:
        words = text[begin : verb.start()].strip(" ,")
    else:
        end_mark = _END.search(folded, begin)
        words = text[begin : end_mark.start() if end_mark else len(text)].strip(" ,")
    return words if words and _is_units(words) else ""


def _catalogue_subject(text: str, begin: int) -> SentenceUnits | None:
    """After "Đề nghị"/"Giao", the longest run of words that names one catalogue unit."""
    words = text[begin:].split()
    for count in range(min(len(words), 14), 0, -1):
        candidate = " ".join(words[:count]).strip(" ,")
        match = find_unit(candidate)
        if match and match.whole and match.score >= 95:
            return SentenceUnits(candidate)
    return None


def _subject_end(text: str, folded: str, begin: int, *, strict: bool) -> re.Match[str] | None:
    """The verb that ends the subject: the first after only catalogue units, else (when not
    *strict*) the first after anything that reads like a body's name. A verb inside a name
    ("Bộ Giáo dục và Đào tạo") is passed over because the words before it name no unit."""
    end_mark = _END.search(folded, begin)
    limit = min(end_mark.start() if end_mark else len(folded), begin + _MAX_SUBJECT)
    verbs = [  # "Thanh tra, kiểm tra …": a verb right after a comma lists actions, not a subject
        v
        for v in _VERB.finditer(folded, begin, limit)
        if v.start() > begin and not folded[begin : v.start()].rstrip().endswith(",")
    ]
    for verb in verbs:
        if _is_units(text[begin : verb.start()].strip(" ,"), catalogued_only=True):
            return verb
    if strict:
        return None
    return next((v for v in verbs if _is_units(text[begin : v.start()].strip(" ,"))), None)


def units_in_sentence(content: str) -> SentenceUnits | None:
    """The units an opening sentence puts in charge, if it names any."""
    text = content.strip()[:400]
    folded = _aligned(text)
    opening = _OPENING.match(folded)
    begin = opening.end() if opening else 0
    lead_verb = _LEAD_VERB.search(folded, begin, begin + _MAX_SUBJECT)
    if lead_verb:
        subject = text[begin : lead_verb.start()].strip(" ,")
        if subject and _is_units(subject) and not _END.search(folded[begin : lead_verb.start()]):
            return SentenceUnits(subject, _support_after(text, folded, lead_verb.end()))
    verb = _subject_end(text, folded, begin, strict=opening is None)
    if verb is None:
        return _catalogue_subject(text, begin) if opening else None
    subject = text[begin : verb.start()].strip(" ,")
    support = _support_after(text, folded, verb.start())
    return SentenceUnits(subject, support, explicit=opening is not None)


_PARENTHESIS = re.compile(r"\(([^()]{3,200})\)")


def units_in_parentheses(content: str) -> SentenceUnits | None:
    """ "… hoàn thành trong năm 2025 (Bộ Công an chủ trì, Bộ Tư pháp phối hợp)": the units a
    parenthesis puts in charge, when it says who leads."""
    for match in _PARENTHESIS.finditer(content[:1500]):
        inner = match.group(1)
        if _LEAD_VERB.search(_aligned(inner)) is None:
            continue
        found = units_in_sentence(inner)
        if found is not None:
            return SentenceUnits(found.lead, found.support or _supporters_after_lead(inner))
    return None


def _supporters_after_lead(inner: str) -> str:
    """ "Bộ Công an chủ trì, Bộ Tư pháp phối hợp": the units named before "phối hợp"."""
    folded = _aligned(inner)
    lead_verb = _LEAD_VERB.search(folded)
    support_verb = re.search(r"ph(?:o|e|u)i\s*h(?:o|e)p", folded)
    if lead_verb is None or support_verb is None or support_verb.start() < lead_verb.end():
        return ""
    words = inner[lead_verb.end() : support_verb.start()].strip(" ,;")
    return words if words and _is_units(words) else ""
