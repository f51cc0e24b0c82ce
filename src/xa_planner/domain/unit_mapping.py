"""Translate the provincial units a plan names into the commune's own offices, by meaning."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from xa_planner.domain.offices import Office
from xa_planner.domain.text import fold
from xa_planner.localization import _

try:  # the shared unit catalogue; the keyword rules below still work without it
    from xa_planner.domain.units import find_unit as _find_unit
except ImportError:  # pragma: no cover - only while units.py is missing
    _find_unit = None

# Roles: what a unit stands for at commune level, resolved later to one of the commune's offices.
POLICE = "police"
OFFICE = "office"  # Văn phòng HĐND và UBND: văn phòng, tư pháp, đối ngoại (Nghị định 150/2025)
CENTRE = "centre"  # Trung tâm Phục vụ hành chính công
OFFICE_OR_CENTRE = "office_or_centre"  # Văn phòng UBND tỉnh: decided by the task's subject
ECONOMY = "economy"  # Phòng Kinh tế (Phòng Kinh tế, Hạ tầng và Đô thị in a phường)
CULTURE = "culture_social"  # Phòng Văn hóa - Xã hội
MILITARY = "military"
HEALTH = "health_station"
SCHOOLS = "schools"
FRONT = "front"
YOUTH = "youth"
WOMEN = "women"
FARMERS = "farmers"
VETERANS = "veterans"
VILLAGES = "villages"
WORKING_GROUP = "working_group"
COMMUNE = "commune"  # the commune itself: "UBND cấp xã", "các địa phương"
COLLECTIVE = "collective"  # "các sở, ban, ngành", "các cơ quan, đơn vị liên quan"
NO_COUNTERPART = "none"  # banks, telecoms, courts, Sở Ngoại vụ… nothing at commune level

# Kinds of suggestion.
KIND_OFFICE = "office"
KIND_COMMUNE = "commune"
KIND_COLLECTIVE = "collective"
KIND_UNMAPPED = "unmapped"

_BY_CANONICAL: dict[str, str] = {
    **dict.fromkeys(("Công an tỉnh", "Công an xã"), POLICE),
    "Văn phòng UBND tỉnh": OFFICE_OR_CENTRE,
    # Sở Tư pháp → Văn phòng: Nghị định 150/2025/NĐ-CP gives the commune's tư pháp (hộ tịch,
    # chứng thực) to the Văn phòng HĐND và UBND, not to Phòng Văn hóa - Xã hội.
    **dict.fromkeys(("Văn phòng HĐND và UBND xã", "Sở Tư pháp"), OFFICE),
    **dict.fromkeys(
        ("Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công xã"), CENTRE
    ),
    **dict.fromkeys(
        (
            "Sở Tài chính",
            "Sở Nông nghiệp và Môi trường",
            "Sở Xây dựng",
            "Sở Công Thương",
            "Sở Khoa học và Công nghệ",
            "Phòng Kinh tế",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
        ),
        ECONOMY,
    ),
    # The provincial broadcaster's commune counterpart is the commune's loudspeaker and
    # grassroots information work, run by Phòng Văn hóa - Xã hội.
    **dict.fromkeys(
        (
            "Sở Y tế",
            "Sở Nội vụ",
            "Sở Giáo dục và Đào tạo",
            "Bảo hiểm xã hội tỉnh",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Báo và Phát thanh, Truyền hình tỉnh",
            "Phòng Văn hóa - Xã hội",
        ),
        CULTURE,
    ),
    **dict.fromkeys(("Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Quân sự xã"), MILITARY),
    **dict.fromkeys(("Trạm Y tế xã", "Các cơ sở khám chữa bệnh"), HEALTH),
    "Các cơ sở giáo dục": SCHOOLS,
    **dict.fromkeys(
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam xã", "Các tổ chức chính trị - xã hội"),
        FRONT,
    ),
    **dict.fromkeys(("Tỉnh Đoàn", "Đoàn Thanh niên xã"), YOUTH),
    **dict.fromkeys(("Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ xã"), WOMEN),
    **dict.fromkeys(("Hội Nông dân tỉnh", "Hội Nông dân xã"), FARMERS),
    **dict.fromkeys(("Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh xã"), VETERANS),
    "Thôn, tổ dân phố": VILLAGES,
    **dict.fromkeys(
        ("Tổ Công tác Đề án 06 tỉnh", "Ban Chỉ đạo tỉnh", "Tổ Công tác Đề án 06 xã"), WORKING_GROUP
    ),
    **dict.fromkeys(("UBND cấp xã", "UBND xã"), COMMUNE),
    **dict.fromkeys(
        (
            "Các sở, ban, ngành tỉnh",
            "Các cơ quan, đơn vị liên quan",
            "Các phòng, ban, đoàn thể xã",
            "Các bộ, ngành, địa phương",  # a national plan's "everyone": the commune among them
        ),
        COLLECTIVE,
    ),
}

# Meaning-based rules on the normalised text, for names the catalogue does not know; first wins.
_KEYWORD_RULES: tuple[tuple[str, str], ...] = (
    (
        r"\bngan hang\b|\bkho bac\b|\bviettel\b|\bvnpt\b|\bmobifone\b|\bbuu dien\b|\bvien thong\b"
        r"|\bdoanh nghiep\b|\bto chuc tin dung\b",
        NO_COUNTERPART,
    ),
    (r"\bvan phong\b.*\btinh\b", OFFICE_OR_CENTRE),
    (r"\bvan phong\b", OFFICE),
    (
        r"\bubnd\b.*\b(?:xa|phuong|huyen|thi xa)\b(?! hoi)|\bchinh quyen (?:cap )?xa\b"
        r"|\bcac dia phuong\b|^dia phuong$",
        COMMUNE,
    ),
    (r"\bcong an\b|\bcanh sat\b|\bpc ?06\b", POLICE),
    (r"\bhanh chinh cong\b|\bmot cua\b", CENTRE),
    (r"\bquan su\b|\bchqs\b", MILITARY),
    (r"\btram y te\b|\bco so (?:y te|kham)", HEALTH),
    (r"\btruong hoc\b|\bcac truong\b|\bco so giao duc\b", SCHOOLS),
    (r"\bmttq\b|\bmat tran\b|\bdoan the\b|\bchinh tri xa hoi\b", FRONT),
    (r"\bdoan\b.*\bthanh nien\b|\btinh doan\b|\bdoan tn\b", YOUTH),
    (r"\bphu nu\b|\blhpn\b", WOMEN),
    (r"\bnong dan\b", FARMERS),
    (r"\bcuu chien binh\b|\bccb\b", VETERANS),
    (r"\bthon\b|\bto dan pho\b|\bkhu pho\b", VILLAGES),
    (r"\bto cong tac\b|\bban chi dao\b", WORKING_GROUP),
    (r"\btu phap\b|\bho tich\b", OFFICE),
    (
        r"\b(?:tai chinh|ke hoach va dau tu|nong nghiep|tai nguyen|moi truong|xay dung|giao thong"
        r"|cong thuong|khoa hoc|thong tin va truyen thong|kinh te)\b",
        ECONOMY,
    ),
    (
        r"\b(?:y te|noi vu|lao dong|thuong binh|giao duc|bao hiem xa hoi|van hoa|the thao|du lich"
        r"|phat thanh|truyen hinh)\b",
        CULTURE,
    ),
    (r"\bcac (?:so|phong|ban|co quan|don vi|nganh)\b", COLLECTIVE),
)

# How each role is recognised among the commune's own offices (short or full name).
_OFFICE_PATTERNS: dict[str, str] = {
    POLICE: r"\bcong an\b",
    OFFICE: r"\bvan phong\b",
    CENTRE: r"\bhanh chinh cong\b|\bpvhcc\b|\bmot cua\b",
    ECONOMY: r"\bkinh te\b",
    CULTURE: r"\bvan hoa\b.*\bxa hoi\b|\bvh ?xh\b",
    MILITARY: r"\bquan su\b|\bchqs\b",
    HEALTH: r"\by te\b",
    SCHOOLS: r"\btruong\b",
    FRONT: r"\bmttq\b|\bmat tran\b",
    YOUTH: r"\bdoan thanh nien\b|\bdoan tn\b",
    WOMEN: r"\bphu nu\b|\blhpn\b",
    FARMERS: r"\bnong dan\b",
    VETERANS: r"\bcuu chien binh\b|\bccb\b",
    VILLAGES: r"\bthon\b|\bto dan pho\b",
    WORKING_GROUP: r"\bto cong tac\b|\bde an 06\b",
}

# When the commune has no office for a role: where the work goes instead.  Mass organisations
# fall back to the Front, which since 2025 gathers them; the working group to its standing body.
_FALLBACK = {
    CENTRE: OFFICE,
    HEALTH: CULTURE,
    SCHOOLS: CULTURE,
    WORKING_GROUP: POLICE,
    YOUTH: FRONT,
    WOMEN: FRONT,
    FARMERS: FRONT,
    VETERANS: FRONT,
}

# Subjects of a task, each handled by one commune office (used for the commune's own tasks).
_PROCEDURE = (
    r"\bthu tuc hanh chinh\b|\btthc\b|\bdich vu cong\b|\bdvc\b|\bmot cua\b|\bphi dia gioi\b"
)
_FIELD_HINTS: tuple[tuple[str, str], ...] = (
    (_PROCEDURE, CENTRE),
    (r"\bho tich\b|\bchung thuc\b|\btu phap\b", OFFICE),
    (
        r"\bdat dai\b|\bso nha\b|\bdinh danh dia diem\b|\bxay dung\b|\bngan sach\b|\bkinh phi\b"
        r"|\bnong nghiep\b|\bmoi truong\b|\bthuong mai\b",
        ECONOMY,
    ),
    (
        r"\ban sinh\b|\bbao tro\b|\bnguoi co cong\b|\bbao hiem\b|\bsuc khoe\b|\by te\b|\bgiao duc\b"
        r"|\bhoc ba\b|\btuyen truyen\b|\bthi dua\b|\bkhen thuong\b|\bchi tra\b",
        CULTURE,
    ),
)


@dataclass(frozen=True)
class MappingSuggestion:
    """Which commune office a unit goes to, and why; ``office_id`` None when it has none.

    ``kind`` is "office", "commune" (the commune itself: the office is only a default the
    officer should confirm), "collective" (a group such as "các sở, ngành": no single office)
    or "unmapped" (to be shown to the officer, never dropped).
    """

    office_id: int | None
    office_name: str | None
    reason: str
    kind: str = KIND_UNMAPPED
    code: str = ""  # remembered, same_name, table, context, commune_default, collective,
    #                 no_counterpart, role_missing, unknown
    canonical: str = ""  # the catalogue name the unit was recognised as, if any


@lru_cache(maxsize=32768)  # names and task texts are looked at many times over
def normalise(text: str) -> str:
    """Folded, punctuation-free text with the usual abbreviations: "Ủy ban nhân dân" → "ubnd"."""
    key = fold(text or "").replace("&", " va ")
    key = " ".join(re.sub(r"[^\w]+|_", " ", key).split())
    key = re.sub(r"\buy ban nhan dan\b", "ubnd", key)
    key = re.sub(r"\bhoi dong nhan dan\b", "hdnd", key)
    key = re.sub(r"\bmat tran to quoc(?: viet nam)?\b|\bubmttq\b", "mttq", key)
    return re.sub(r"\bbhxh\b", "bao hiem xa hoi", key)


@lru_cache(maxsize=4096)
def memory_key(unit: str) -> str:
    """The key an officer's choice for *unit* is remembered under (folded, spaces collapsed)."""
    return " ".join(fold(unit or "").split()).strip(" .,;:-")


def _catalogue(unit: str):
    """The catalogue's match for *unit*, or None (also when the catalogue is unavailable)."""
    if _find_unit is None or not unit.strip():
        return None
    try:
        return _find_unit(unit)
    except Exception:  # noqa: BLE001 - a sibling module's failure must not stop a derivation
        return None


def _keyword_role(unit: str) -> str | None:
    key = normalise(unit)
    return next((role for pattern, role in _KEYWORD_RULES if re.search(pattern, key)), None)


@lru_cache(maxsize=16384)
def role_of(unit: str) -> tuple[str | None, str]:
    """(role, canonical name) of *unit*; role None when nothing about it is recognised."""
    match = _catalogue(unit)
    name = getattr(getattr(match, "unit", None), "name", "") or ""
    if name in _BY_CANONICAL:
        return _BY_CANONICAL[name], name
    if name and getattr(match.unit, "level", "") == "central":
        return NO_COUNTERPART, name  # ministries: the commune has no counterpart
    role = _keyword_role(unit)
    if role is None and name:
        role = NO_COUNTERPART  # a known provincial or central body with no commune office
    return role, name


def heading_unit(text: str) -> str | None:
    """The catalogue name when the whole of *text* is a unit's name ("1. Công an tỉnh" headings)."""
    match = _catalogue(text)
    if match is None or not getattr(match, "whole", False) or getattr(match, "score", 0) < 90:
        return None
    return getattr(getattr(match, "unit", None), "name", None)


def is_commune_level(unit: str) -> bool:
    """Whether *unit* names the commune level: UBND cấp xã, Công an xã, thôn, tổ dân phố…"""
    role, _name = role_of(unit)
    if role in (COMMUNE, VILLAGES):
        return True
    match = _catalogue(unit)
    if getattr(getattr(match, "unit", None), "level", "") == "commune":
        return True
    return bool(re.search(r"\b(?:cap xa|cac xa|xa phuong)\b(?! hoi)", normalise(unit)))


def field_role(task_text: str) -> str | None:
    """The commune office role a task's subject belongs to (procedures, land, welfare…)."""
    key = normalise(task_text)
    return next((role for pattern, role in _FIELD_HINTS if re.search(pattern, key)), None)


def _active(offices: Iterable[Office]) -> list[Office]:
    return [o for o in offices if o.id is not None and not o.retired]


def _office_for_role(role: str, offices: list[Office]) -> Office | None:
    """The commune's office playing *role*, following the fallbacks when it has none."""
    while role:
        pattern = _OFFICE_PATTERNS.get(role)
        for office in offices if pattern else ():
            if re.search(pattern, normalise(office.full_name)) or re.search(
                pattern, normalise(office.short_name)
            ):
                return office
        role = _FALLBACK.get(role, "")
    return None


def _same_name(unit: str, offices: list[Office]) -> Office | None:
    key = normalise(unit)
    return next(
        (o for o in offices if key and key in (normalise(o.full_name), normalise(o.short_name))),
        None,
    )


def _unmapped(code: str, canonical: str, kind: str = KIND_UNMAPPED) -> MappingSuggestion:
    reasons = {
        "collective": _("Một nhóm cơ quan, không phải một phòng, ban cụ thể"),
        "no_counterpart": _("Cấp xã không có cơ quan tương ứng"),
        "role_missing": _("Xã chưa có phòng, ban tương ứng trong danh sách"),
        "unknown": _("Không nhận ra đơn vị này"),
    }
    return MappingSuggestion(None, None, reasons[code], kind, code, canonical)


def _concrete_role(role: str, task_text: str) -> tuple[str, str]:
    """(role, code) once the task's subject decides the context-dependent roles."""
    if role == OFFICE_OR_CENTRE:
        return (CENTRE if re.search(_PROCEDURE, normalise(task_text)) else OFFICE), "context"
    if role == COMMUNE:
        return field_role(task_text) or POLICE, "commune_default"
    return role, "table"


def default_mapping(unit: str, *, task_text: str = "", offices: list[Office]) -> MappingSuggestion:
    """The built-in suggestion for *unit* in a task about *task_text*, among the commune's offices.

    "UBND cấp xã" (and its old "UBND các huyện" wording) means the commune itself leads and
    the officer picks the office: the default is the office whose field the task is about
    (procedures → Trung tâm Phục vụ hành chính công, land → Phòng Kinh tế, welfare →
    Phòng Văn hóa - Xã hội…), else Công an xã, the standing body of the commune's Đề án 06
    working group, which drafts the plan and chases every task — so nothing is left without
    someone to follow it up; kind "commune" tells the wizard to ask the officer to confirm.
    """
    active = _active(offices)
    same = _same_name(unit, active)
    if same is not None:
        return MappingSuggestion(
            same.id, same.full_name, _("Trùng tên phòng, ban của xã"), KIND_OFFICE, "same_name"
        )
    role, canonical = role_of(unit)
    if role is None:
        return _unmapped("unknown", canonical)
    if role in (COLLECTIVE, NO_COUNTERPART):
        kind = KIND_COLLECTIVE if role == COLLECTIVE else KIND_UNMAPPED
        return _unmapped("collective" if role == COLLECTIVE else "no_counterpart", canonical, kind)
    role, code = _concrete_role(role, task_text)
    office = _office_for_role(role, active)
    if office is None:
        return _unmapped("role_missing", canonical)
    return _suggestion(
        unit, office, code, canonical, KIND_COMMUNE if code == "commune_default" else KIND_OFFICE
    )


def _suggestion(
    unit: str, office: Office, code: str, canonical: str, kind: str
) -> MappingSuggestion:
    reasons = {
        "table": _("Bảng mặc định: {unit} → {office}"),
        "context": _("Theo nội dung nhiệm vụ: {unit} → {office}"),
        "commune_default": _("Cấp xã thực hiện; đề xuất {office}, cán bộ chọn lại nếu cần"),
    }
    reason = reasons[code].format(unit=canonical or unit.strip(), office=office.full_name)
    return MappingSuggestion(office.id, office.full_name, reason, kind, code, canonical)


def resolve_units(
    units: Iterable[str],
    remembered: Mapping[str, int | None],
    offices: list[Office],
    task_text: str = "",
) -> dict[str, MappingSuggestion]:
    """A suggestion for every unit; the officer's remembered choices win over the built-in table.

    *remembered* maps ``memory_key(unit)`` to an office id; a choice whose office is gone or
    retired (or None) falls back to the default.
    """
    active = {o.id: o for o in _active(offices)}
    result: dict[str, MappingSuggestion] = {}
    for unit in units:
        if unit in result or not (unit or "").strip():
            continue
        office = active.get(remembered.get(memory_key(unit)))  # type: ignore[arg-type]
        if office is not None:
            result[unit] = MappingSuggestion(
                office.id,
                office.full_name,
                _("Theo lựa chọn đã ghi nhớ"),
                KIND_OFFICE,
                "remembered",
            )
        else:
            result[unit] = default_mapping(unit, task_text=task_text, offices=offices)
    return result
