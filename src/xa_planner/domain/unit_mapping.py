"""Translate the provincial units a plan names into the commune's own offices, by meaning."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from xa_planner.domain.offices import Office
from xa_planner.domain.reasons import Reason
from xa_planner.domain.text import fold
from xa_planner.domain.units import UnitLevel, UnitMatch, find_unit


class UnitRole(enum.StrEnum):
    """What a unit stands for at commune level, resolved later to one of the commune's offices."""

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


class SuggestionKind(enum.StrEnum):
    """What a suggestion gives: an office, the commune itself, a group, or nothing."""

    OFFICE = "office"
    COMMUNE = "commune"  # the commune leads: the office is a default the officer should confirm
    COLLECTIVE = "collective"  # a group such as "các sở, ngành": no single office
    UNMAPPED = "unmapped"  # to be shown to the officer, never dropped


class MappingCode(enum.StrEnum):
    """Why a unit goes to the office suggested (or to none); each has its words in services."""

    REMEMBERED = "remembered"
    SAME_NAME = "same_name"
    TABLE = "table"
    CONTEXT = "context"
    COMMUNE_DEFAULT = "commune_default"
    COLLECTIVE = "collective"
    NO_COUNTERPART = "no_counterpart"
    ROLE_MISSING = "role_missing"
    UNKNOWN = "unknown"


_R = UnitRole

_BY_CANONICAL: dict[str, UnitRole] = {
    **dict.fromkeys(("Công an tỉnh", "Công an xã"), _R.POLICE),
    "Văn phòng UBND tỉnh": _R.OFFICE_OR_CENTRE,
    # Sở Tư pháp → Văn phòng: Nghị định 150/2025/NĐ-CP gives the commune's tư pháp (hộ tịch,
    # chứng thực) to the Văn phòng HĐND và UBND, not to Phòng Văn hóa - Xã hội.
    **dict.fromkeys(("Văn phòng HĐND và UBND xã", "Sở Tư pháp"), _R.OFFICE),
    **dict.fromkeys(
        ("Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công xã"), _R.CENTRE
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
        _R.ECONOMY,
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
        _R.CULTURE,
    ),
    **dict.fromkeys(("Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Quân sự xã"), _R.MILITARY),
    **dict.fromkeys(("Trạm Y tế xã", "Các cơ sở khám chữa bệnh"), _R.HEALTH),
    "Các cơ sở giáo dục": _R.SCHOOLS,
    **dict.fromkeys(
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam xã", "Các tổ chức chính trị - xã hội"),
        _R.FRONT,
    ),
    **dict.fromkeys(("Tỉnh Đoàn", "Đoàn Thanh niên xã"), _R.YOUTH),
    **dict.fromkeys(("Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ xã"), _R.WOMEN),
    **dict.fromkeys(("Hội Nông dân tỉnh", "Hội Nông dân xã"), _R.FARMERS),
    **dict.fromkeys(("Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh xã"), _R.VETERANS),
    "Thôn, tổ dân phố": _R.VILLAGES,
    **dict.fromkeys(
        ("Tổ Công tác Đề án 06 tỉnh", "Ban Chỉ đạo tỉnh", "Tổ Công tác Đề án 06 xã"), _R.WORKING_GROUP
    ),
    **dict.fromkeys(("UBND cấp xã", "UBND xã"), _R.COMMUNE),
    **dict.fromkeys(
        (
            "Các sở, ban, ngành tỉnh",
            "Các cơ quan, đơn vị liên quan",
            "Các phòng, ban, đoàn thể xã",
            "Các bộ, ngành, địa phương",  # a national plan's "everyone": the commune among them
        ),
        _R.COLLECTIVE,
    ),
}

# Meaning-based rules on the normalised text, for names the catalogue does not know; first wins.
_KEYWORD_RULES: tuple[tuple[str, UnitRole], ...] = (
    (
        r"\bngan hang\b|\bkho bac\b|\bviettel\b|\bvnpt\b|\bmobifone\b|\bbuu dien\b|\bvien thong\b"
        r"|\bdoanh nghiep\b|\bto chuc tin dung\b",
        _R.NO_COUNTERPART,
    ),
    (r"\bvan phong\b.*\btinh\b", _R.OFFICE_OR_CENTRE),
    (r"\bvan phong\b", _R.OFFICE),
    (
        r"\bubnd\b.*\b(?:xa|phuong|huyen|thi xa)\b(?! hoi)|\bchinh quyen (?:cap )?xa\b"
        r"|\bcac dia phuong\b|^dia phuong$",
        _R.COMMUNE,
    ),
    (r"\bcong an\b|\bcanh sat\b|\bpc ?06\b", _R.POLICE),
    (r"\bhanh chinh cong\b|\bmot cua\b", _R.CENTRE),
    (r"\bquan su\b|\bchqs\b", _R.MILITARY),
    (r"\btram y te\b|\bco so (?:y te|kham)", _R.HEALTH),
    (r"\btruong hoc\b|\bcac truong\b|\bco so giao duc\b", _R.SCHOOLS),
    (r"\bmttq\b|\bmat tran\b|\bdoan the\b|\bchinh tri xa hoi\b", _R.FRONT),
    (r"\bdoan\b.*\bthanh nien\b|\btinh doan\b|\bdoan tn\b", _R.YOUTH),
    (r"\bphu nu\b|\blhpn\b", _R.WOMEN),
    (r"\bnong dan\b", _R.FARMERS),
    (r"\bcuu chien binh\b|\bccb\b", _R.VETERANS),
    (r"\bthon\b|\bto dan pho\b|\bkhu pho\b", _R.VILLAGES),
    (r"\bto cong tac\b|\bban chi dao\b", _R.WORKING_GROUP),
    (r"\btu phap\b|\bho tich\b", _R.OFFICE),
    (
        r"\b(?:tai chinh|ke hoach va dau tu|nong nghiep|tai nguyen|moi truong|xay dung|giao thong"
        r"|cong thuong|khoa hoc|thong tin va truyen thong|kinh te)\b",
        _R.ECONOMY,
    ),
    (
        r"\b(?:y te|noi vu|lao dong|thuong binh|giao duc|bao hiem xa hoi|van hoa|the thao|du lich"
        r"|phat thanh|truyen hinh)\b",
        _R.CULTURE,
    ),
    (r"\bcac (?:so|phong|ban|co quan|don vi|nganh)\b", _R.COLLECTIVE),
)

# How each role is recognised among the commune's own offices (short or full name).
_OFFICE_PATTERNS: dict[UnitRole, str] = {
    _R.POLICE: r"\bcong an\b",
    _R.OFFICE: r"\bvan phong\b",
    _R.CENTRE: r"\bhanh chinh cong\b|\bpvhcc\b|\bmot cua\b",
    _R.ECONOMY: r"\bkinh te\b",
    _R.CULTURE: r"\bvan hoa\b.*\bxa hoi\b|\bvh ?xh\b",
    _R.MILITARY: r"\bquan su\b|\bchqs\b",
    _R.HEALTH: r"\by te\b",
    _R.SCHOOLS: r"\btruong\b",
    _R.FRONT: r"\bmttq\b|\bmat tran\b",
    _R.YOUTH: r"\bdoan thanh nien\b|\bdoan tn\b",
    _R.WOMEN: r"\bphu nu\b|\blhpn\b",
    _R.FARMERS: r"\bnong dan\b",
    _R.VETERANS: r"\bcuu chien binh\b|\bccb\b",
    _R.VILLAGES: r"\bthon\b|\bto dan pho\b",
    _R.WORKING_GROUP: r"\bto cong tac\b|\bde an 06\b",
}

# When the commune has no office for a role: where the work goes instead.  Mass organisations
# fall back to the Front, which since 2025 gathers them; the working group to its standing body.
_FALLBACK: dict[UnitRole, UnitRole] = {
    _R.CENTRE: _R.OFFICE,
    _R.HEALTH: _R.CULTURE,
    _R.SCHOOLS: _R.CULTURE,
    _R.WORKING_GROUP: _R.POLICE,
    _R.YOUTH: _R.FRONT,
    _R.WOMEN: _R.FRONT,
    _R.FARMERS: _R.FRONT,
    _R.VETERANS: _R.FRONT,
}

# Subjects of a task, each handled by one commune office (used for the commune's own tasks).
_PROCEDURE = (
    r"\bthu tuc hanh chinh\b|\btthc\b|\bdich vu cong\b|\bdvc\b|\bmot cua\b|\bphi dia gioi\b"
)
_FIELD_HINTS: tuple[tuple[str, UnitRole], ...] = (
    (_PROCEDURE, _R.CENTRE),
    (r"\bho tich\b|\bchung thuc\b|\btu phap\b", _R.OFFICE),
    (
        r"\bdat dai\b|\bso nha\b|\bdinh danh dia diem\b|\bxay dung\b|\bngan sach\b|\bkinh phi\b"
        r"|\bnong nghiep\b|\bmoi truong\b|\bthuong mai\b",
        _R.ECONOMY,
    ),
    (
        r"\ban sinh\b|\bbao tro\b|\bnguoi co cong\b|\bbao hiem\b|\bsuc khoe\b|\by te\b|\bgiao duc\b"
        r"|\bhoc ba\b|\btuyen truyen\b|\bthi dua\b|\bkhen thuong\b|\bchi tra\b",
        _R.CULTURE,
    ),
)


@dataclass(frozen=True)
class MappingSuggestion:
    """Which commune office a unit goes to, and why; ``office_id`` None when it has none."""

    office_id: int | None
    office_name: str | None
    reason: Reason  # its code is a MappingCode; services.reason_texts gives its words
    kind: SuggestionKind = SuggestionKind.UNMAPPED
    canonical: str = ""  # the catalogue name the unit was recognised as, if any

    @property
    def code(self) -> MappingCode:
        return MappingCode(self.reason.code)


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


def _catalogue(unit: str) -> UnitMatch | None:
    """The catalogue's match for *unit*, or None when the catalogue does not know it."""
    return find_unit(unit) if unit.strip() else None


def _keyword_role(unit: str) -> UnitRole | None:
    key = normalise(unit)
    return next((role for pattern, role in _KEYWORD_RULES if re.search(pattern, key)), None)


@lru_cache(maxsize=16384)
def role_of(unit: str) -> tuple[UnitRole | None, str]:
    """(role, canonical name) of *unit*; role None when nothing about it is recognised."""
    match = _catalogue(unit)
    if match is not None and match.unit.name in _BY_CANONICAL:
        return _BY_CANONICAL[match.unit.name], match.unit.name
    if match is not None and match.unit.level is UnitLevel.CENTRAL:
        return _R.NO_COUNTERPART, match.unit.name  # ministries: the commune has no counterpart
    role = _keyword_role(unit)
    if role is None and match is not None:
        role = _R.NO_COUNTERPART  # a known provincial or central body with no commune office
    return role, match.unit.name if match is not None else ""


def heading_unit(text: str) -> str | None:
    """The catalogue name when the whole of *text* is a unit's name ("1. Công an tỉnh" headings)."""
    match = _catalogue(text)
    if match is None or not match.whole or match.score < 90:
        return None
    return match.unit.name


def is_commune_level(unit: str) -> bool:
    """Whether *unit* names the commune level: UBND cấp xã, Công an xã, thôn, tổ dân phố…"""
    role, _name = role_of(unit)
    if role in (_R.COMMUNE, _R.VILLAGES):
        return True
    match = _catalogue(unit)
    if match is not None and match.unit.level is UnitLevel.COMMUNE:
        return True
    return bool(re.search(r"\b(?:cap xa|cac xa|xa phuong)\b(?! hoi)", normalise(unit)))


def field_role(task_text: str) -> UnitRole | None:
    """The commune office role a task's subject belongs to (procedures, land, welfare…)."""
    key = normalise(task_text)
    return next((role for pattern, role in _FIELD_HINTS if re.search(pattern, key)), None)


def _active(offices: Iterable[Office]) -> list[Office]:
    return [o for o in offices if o.id is not None and not o.retired]


def _office_for_role(role: UnitRole | None, offices: Sequence[Office]) -> Office | None:
    """The commune's office playing *role*, following the fallbacks when it has none."""
    while role is not None:
        pattern = _OFFICE_PATTERNS.get(role, "")
        for office in offices if pattern else ():
            if re.search(pattern, normalise(office.full_name)) or re.search(
                pattern, normalise(office.short_name)
            ):
                return office
        role = _FALLBACK.get(role)
    return None


def _same_name(unit: str, offices: Sequence[Office]) -> Office | None:
    key = normalise(unit)
    return next(
        (o for o in offices if key and key in (normalise(o.full_name), normalise(o.short_name))),
        None,
    )


def _unmapped(
    code: MappingCode, canonical: str, kind: SuggestionKind = SuggestionKind.UNMAPPED
) -> MappingSuggestion:
    return MappingSuggestion(None, None, Reason(code), kind, canonical)


def _concrete_role(role: UnitRole, task_text: str) -> tuple[UnitRole, MappingCode]:
    """(role, code) once the task's subject decides the context-dependent roles."""
    if role == _R.OFFICE_OR_CENTRE:
        procedure = re.search(_PROCEDURE, normalise(task_text))
        return (_R.CENTRE if procedure else _R.OFFICE), MappingCode.CONTEXT
    if role == _R.COMMUNE:
        return field_role(task_text) or _R.POLICE, MappingCode.COMMUNE_DEFAULT
    return role, MappingCode.TABLE


def default_mapping(unit: str, *, task_text: str = "", offices: Sequence[Office]) -> MappingSuggestion:
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
        reason = Reason(MappingCode.SAME_NAME)
        return MappingSuggestion(same.id, same.full_name, reason, SuggestionKind.OFFICE)
    role, canonical = role_of(unit)
    if role is None:
        return _unmapped(MappingCode.UNKNOWN, canonical)
    if role == _R.COLLECTIVE:
        return _unmapped(MappingCode.COLLECTIVE, canonical, SuggestionKind.COLLECTIVE)
    if role == _R.NO_COUNTERPART:
        return _unmapped(MappingCode.NO_COUNTERPART, canonical)
    role, code = _concrete_role(role, task_text)
    office = _office_for_role(role, active)
    if office is None:
        return _unmapped(MappingCode.ROLE_MISSING, canonical)
    return _suggestion(unit, office, code, canonical)


def _suggestion(unit: str, office: Office, code: MappingCode, canonical: str) -> MappingSuggestion:
    commune = code is MappingCode.COMMUNE_DEFAULT
    kind = SuggestionKind.COMMUNE if commune else SuggestionKind.OFFICE
    reason = Reason.of(code, unit=canonical or unit.strip(), office=office.full_name)
    return MappingSuggestion(office.id, office.full_name, reason, kind, canonical)


def resolve_units(
    units: Iterable[str],
    remembered: Mapping[str, int | None],
    offices: Sequence[Office],
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
        office = active.get(remembered.get(memory_key(unit)))
        if office is not None:
            reason = Reason(MappingCode.REMEMBERED)
            result[unit] = MappingSuggestion(office.id, office.full_name, reason, SuggestionKind.OFFICE)
        else:
            result[unit] = default_mapping(unit, task_text=task_text, offices=offices)
    return result
