"""Tell a heading that names who leads the items under it ("1. Công an tỉnh", "a) Tổ đảng ở …")."""

from __future__ import annotations

import re

from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.section_classifier import is_non_task_heading
from xa_planner.importing.sentence_leads import units_in_sentence
from xa_planner.importing.unit_list_parser import WrittenUnit, heading_units, parse_unit_list

# How the name of a body begins, folded: a heading starting so, and saying nothing more, names one.
_BODY_START = re.compile(
    r"^(?:cac\s+)?(?:so|bo|ban|phong|to dang|to cong tac|to|chi bo|dang uy|dang bo|dang doan|"
    r"ban can su|tinh uy|thanh uy|huyen uy|cap uy|uy ban|ubnd|hdnd|ubmttq|mttq|cong an|van phong|"
    r"hoi|doan|tinh doan|lien doan|trung tam|cuc|chi cuc|vien|dai|bao|thanh tra|toa an|"
    r"ngan hang|kho bac|bao hiem|tong cong ty|tap doan|tram|truong|co quan|don vi|dia phuong|"
    r"thuong truc|ban thuong vu|chinh quyen|chu tich|giam doc|thu truong|nguoi dung dau)\b"
)
# Phrases that open a heading about work, not a body, though their first word names one.
_WORK_START = re.compile(
    r"^(?:to chuc|ban hanh|bao dam|bao cao|bao ve|bo sung|bo tri|phong chong|phong ngua|"
    r"doan ket|hoi nghi|hoi nhap|truong hop|dai hoi|cong an hoa|trung tam hoa|co quan hoa|"
    r"cac (?:nhiem vu|giai phap|noi dung|chi tieu|muc tieu|hoat dong|chuong trinh|de an|du an))\b"
)
_VERB_INSIDE = re.compile(
    r"\b(?:chu tri|thuc hien|trien khai|xay dung|tang cuong|day manh|nang cao|hoan thien|"
    r"phat trien|ra soat|tuyen truyen|kiem tra|hoan thanh|cai cach|chuyen doi|ung dung)\b"
)
_MAX_WORDS = 14


_ROLE_WORDS = 30  # room for ", chủ trì, phối hợp với" between the units


def _roles_heading(written: str) -> tuple[WrittenUnit, ...]:
    """ "Sở Xây dựng chủ trì, phối hợp với Công an tỉnh": a heading naming only who does the work."""
    sentence = units_in_sentence(written)
    if sentence is None or not sentence.explicit:
        return ()
    if len(written) - len(sentence.lead) - len(sentence.support) > _ROLE_WORDS:
        return ()
    return parse_unit_list(sentence.lead).units


def lead_heading_units(text: str) -> tuple[WrittenUnit, ...]:
    """The units a heading puts in charge of what follows it; empty for any other heading."""
    known = heading_units(text)
    if known:
        return known
    written = text.strip().rstrip(":").strip()
    key = ocr_fold(written).replace("ii", "u")  # OCR reads "ủ" as "ii"; Vietnamese has no "ii"
    if not key or len(key.split()) > _MAX_WORDS or written.endswith((".", ";")):
        return ()
    if _VERB_INSIDE.search(key):
        return _roles_heading(written)
    if not _BODY_START.match(key) or _WORK_START.match(key):
        return ()
    if is_non_task_heading(written):
        return ()
    return (WrittenUnit(written, written, known=False),)
