"""Catalogue of provincial and commune bodies (with pre-2025 names) and an accent-, OCR-tolerant lookup."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from xa_planner.domain.text import fold


class UnitLevel(enum.StrEnum):
    """Where a body sits: a ministry, a provincial body, a commune body, or a group of bodies."""

    CENTRAL = "central"
    PROVINCE = "province"
    COMMUNE = "commune"
    GROUP = "group"  # a collective like "các sở, ngành"


@dataclass(frozen=True)
class Unit:
    """A body that can lead or support a task, under its current (canonical) name."""

    name: str
    level: UnitLevel
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()  # names before the 2025 reorganisation


@dataclass(frozen=True)
class UnitMatch:
    """How a piece of text was recognised as a unit."""

    unit: Unit
    score: float  # 0–100, 100 = exact after folding
    matched: str  # the alias or name that matched
    renamed: bool  # the text used a former name
    whole: bool  # the match covers the whole text, not only its first words


def _u(name: str, level: str, aliases: str = "", former: str = "") -> Unit:
    split = lambda text: tuple(a.strip() for a in text.split("|") if a.strip())  # noqa: E731
    return Unit(name, UnitLevel(level), split(aliases), split(former))


CATALOGUE: tuple[Unit, ...] = (
    # Provincial bodies after the 2025 reorganisation.
    _u("Công an tỉnh", "province", "CA tỉnh|Công an thành phố|Công an cấp tỉnh"),
    _u("UBND tỉnh", "province", "Chủ tịch UBND tỉnh|UBND thành phố"),
    _u("Văn phòng UBND tỉnh", "province", "VP UBND tỉnh|Văn phòng UBND|VPUBND tỉnh"),
    _u(
        "Sở Khoa học và Công nghệ",
        "province",
        "Sở KH&CN|Sở KHCN",
        "Sở Thông tin và Truyền thông|Sở TT&TT|Sở TTTT",
    ),
    _u(
        "Sở Nội vụ",
        "province",
        "",
        "Sở Lao động - Thương binh và Xã hội|Sở LĐTBXH|Sở Lao động Thương binh và Xã hội",
    ),
    _u("Sở Tài chính", "province", "", "Sở Kế hoạch và Đầu tư|Sở KH&ĐT|Sở KHĐT"),
    _u(
        "Sở Nông nghiệp và Môi trường",
        "province",
        "Sở NN&MT",
        "Sở Tài nguyên và Môi trường|Sở TN&MT|Sở Nông nghiệp và Phát triển nông thôn|Sở NN&PTNT",
    ),
    _u("Sở Xây dựng", "province", "", "Sở Giao thông vận tải|Sở GTVT|Sở Giao thông - Vận tải"),
    _u("Sở Tư pháp", "province"),
    _u("Sở Y tế", "province"),
    _u("Sở Giáo dục và Đào tạo", "province", "Sở GD&ĐT|Sở GDĐT"),
    _u("Sở Công Thương", "province", "Sở Công thương"),
    _u(
        "Sở Văn hóa, Thể thao và Du lịch",
        "province",
        "Sở VHTTDL|Sở Văn hóa và Thể thao",
        "Sở Du lịch",
    ),
    _u("Sở Ngoại vụ", "province"),
    _u("Sở Dân tộc và Tôn giáo", "province", "", "Ban Dân tộc tỉnh|Ban Dân tộc"),
    _u("Thanh tra tỉnh", "province"),
    _u("Bộ Chỉ huy Quân sự tỉnh", "province", "Bộ CHQS tỉnh"),
    _u("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "province", "Bộ đội Biên phòng tỉnh"),
    _u("Bảo hiểm xã hội tỉnh", "province", "BHXH tỉnh|Bảo hiểm xã hội khu vực|Bảo hiểm xã hội"),
    _u("Thuế tỉnh", "province", "", "Cục Thuế tỉnh|Cục Thuế"),
    _u(
        "Ngân hàng Nhà nước khu vực",
        "province",
        "Ngân hàng Nhà nước|Ngân hàng Nhà nước Việt Nam chi nhánh khu vực|Ngân hàng Nhà nước chi nhánh khu vực",
        "Ngân hàng Nhà nước chi nhánh tỉnh",
    ),
    _u("Kho bạc Nhà nước khu vực", "province", "Kho bạc Nhà nước", "Kho bạc Nhà nước tỉnh"),
    _u(
        "Báo và Phát thanh, Truyền hình tỉnh",
        "province",
        "Báo và Phát thanh truyền hình",
        "Đài Phát thanh và Truyền hình tỉnh|Báo tỉnh",
    ),
    _u(
        "Ủy ban MTTQ Việt Nam tỉnh",
        "province",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|UBMTTQ tỉnh|Ủy ban MTTQ tỉnh",
    ),
    _u("Tỉnh Đoàn", "province", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh|Đoàn Thanh niên tỉnh"),
    _u("Hội Liên hiệp Phụ nữ tỉnh", "province", "Hội LHPN tỉnh"),
    _u("Hội Nông dân tỉnh", "province"),
    _u("Hội Cựu chiến binh tỉnh", "province"),
    _u("Liên đoàn Lao động tỉnh", "province"),
    _u("Tòa án nhân dân tỉnh", "province"),
    _u("Viện kiểm sát nhân dân tỉnh", "province"),
    _u("Trung tâm Phục vụ hành chính công tỉnh", "province"),
    _u("Ban Chỉ đạo tỉnh", "province", "Ban Chỉ đạo Đề án 06 tỉnh"),
    _u("Tổ Công tác Đề án 06 tỉnh", "province", "Tổ Công tác triển khai Đề án 06 tỉnh"),
    _u("Thống kê tỉnh", "province", "", "Cục Thống kê tỉnh|Chi cục Thống kê"),
    _u("Bưu điện tỉnh", "province"),
    _u("Ban Quản lý các khu công nghiệp tỉnh", "province", "Ban Quản lý các khu công nghiệp"),
    # Collectives named as one unit.
    _u(
        "Các sở, ban, ngành tỉnh",
        "group",
        "Các sở, ban, ngành|Các sở, ngành tỉnh|Các sở, ngành|Các sở, ban, ngành của tỉnh|"
        "Các sở, ban, ngành, đoàn thể tỉnh|Các sở, ban, ngành, đoàn thể|Các sở, ngành liên quan|"
        "Các sở, ban, ngành tỉnh có liên quan|Các sở, ngành có liên quan|Các sở, ngành tỉnh phụ trách",
    ),
    _u(
        "UBND cấp xã",
        "group",
        "UBND các xã, phường|UBND xã, phường|UBND các xã, phường, đặc khu|Chính quyền cấp xã|UBND các xã|"
        "Chủ tịch UBND cấp xã|Địa phương",
        "UBND cấp huyện|UBND các huyện, thị xã, thành phố|UBND các huyện, thành phố",
    ),
    _u(
        "Các cơ quan, đơn vị liên quan",
        "group",
        "Các cơ quan, đơn vị có liên quan|Cơ quan, đơn vị liên quan|Các đơn vị liên quan|"
        "Các đơn vị có liên quan|Các cơ quan liên quan|Các cơ quan có liên quan|Các cơ quan, đơn vị|"
        "Cơ quan, đơn vị có liên quan",
    ),
    _u("Các ngân hàng thương mại", "group", "Các tổ chức tín dụng|Ngân hàng thương mại"),
    _u("Các cơ sở khám chữa bệnh", "group", "Các cơ sở y tế"),
    _u("Các cơ sở giáo dục", "group", "Các trường học|Trường học|Các trường"),
    _u("Các doanh nghiệp", "group", "Các doanh nghiệp viễn thông|Doanh nghiệp viễn thông"),
    _u("Các tổ chức chính trị - xã hội", "group", "Các đoàn thể|Các tổ chức chính trị xã hội"),
    _u(
        "Các phòng, ban, đoàn thể xã",
        "group",
        "Các phòng, ban, trung tâm, đoàn thể, đơn vị|Các phòng, ban, ngành liên quan|"
        "Các ban, ngành có liên quan|Các phòng, ban, ngành, đoàn thể|Các phòng, ban, trung tâm thuộc xã|"
        "Các phòng, ban, ngành|Các ban, ngành, đoàn thể",
    ),
    _u("Thôn, tổ dân phố", "group", "Các thôn, tổ dân phố|Các thôn, ấp|Thôn, ấp, khu phố"),
    # Commune bodies.
    _u("UBND xã", "commune", "UBND phường|Chủ tịch UBND xã"),
    _u("Công an xã", "commune", "Công an cấp xã|Công an phường|Công an xã, phường"),
    _u(
        "Văn phòng HĐND và UBND xã",
        "commune",
        "Văn phòng HĐND và UBND|Văn phòng UBND xã|Văn phòng HĐND-UBND",
    ),
    _u("Phòng Kinh tế", "commune", "Phòng Kinh tế xã"),
    _u("Phòng Kinh tế, Hạ tầng và Đô thị", "commune", "Phòng Kinh tế, Hạ tầng và Đô thị phường"),
    _u(
        "Phòng Văn hóa - Xã hội",
        "commune",
        "Phòng Văn hóa - Xã hội xã|Phòng Văn hóa Xã hội|Phòng VH-XH",
    ),
    _u("Trung tâm Phục vụ hành chính công xã", "commune", "Trung tâm Phục vụ hành chính công"),
    _u("Ban Chỉ huy Quân sự xã", "commune", "Ban CHQS xã|Ban Chỉ huy Quân sự"),
    _u("Trạm Y tế xã", "commune", "Trạm Y tế"),
    _u(
        "Ủy ban MTTQ Việt Nam xã",
        "commune",
        "UBMTTQ xã|Ủy ban MTTQ xã|Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    ),
    _u("Đoàn Thanh niên xã", "commune", "Đoàn Thanh niên"),
    _u("Hội Liên hiệp Phụ nữ xã", "commune", "Hội Liên hiệp Phụ nữ|Hội LHPN xã"),
    _u("Hội Nông dân xã", "commune", "Hội Nông dân"),
    _u("Hội Cựu chiến binh xã", "commune", "Hội Cựu chiến binh"),
    _u("Tổ Công tác Đề án 06 xã", "commune", "Tổ Công tác Đề án 06|Tổ công nghệ số cộng đồng"),
    # Central bodies, named in provincial plans as supporters.
    _u("Bộ Công an", "central"),
    _u("Văn phòng Chính phủ", "central"),
    _u("Bộ Khoa học và Công nghệ", "central", "", "Bộ Thông tin và Truyền thông"),
    _u("Bộ Nội vụ", "central", "", "Bộ Lao động - Thương binh và Xã hội"),
    _u("Bộ Tài chính", "central", "", "Bộ Kế hoạch và Đầu tư"),
    _u("Bộ Xây dựng", "central", "", "Bộ Giao thông vận tải"),
    _u("Bộ Nông nghiệp và Môi trường", "central", "", "Bộ Tài nguyên và Môi trường"),
    _u("Bộ Y tế", "central"),
    _u("Bộ Tư pháp", "central"),
    _u("Bộ Giáo dục và Đào tạo", "central"),
    _u("Tổ Công tác Đề án 06 Chính phủ", "central", "Tổ Công tác Đề án 06 Trung ương"),
    _u("Bảo hiểm xã hội Việt Nam", "central"),
    _u("Ngân hàng Nhà nước Việt Nam", "central"),
    _u("Bộ Công Thương", "central", "Bộ Công thương"),
    _u("Bộ Quốc phòng", "central"),
    _u("Bộ Ngoại giao", "central"),
    _u("Bộ Văn hóa, Thể thao và Du lịch", "central", "Bộ VHTTDL"),
    _u("Bộ Dân tộc và Tôn giáo", "central", "", "Ủy ban Dân tộc"),
    _u("Thanh tra Chính phủ", "central"),
    _u("Đài Truyền hình Việt Nam", "central", "VTV"),
    _u("Đài Tiếng nói Việt Nam", "central", "VOV"),
    _u("Thông tấn xã Việt Nam", "central", "TTXVN"),
    _u("Ủy ban Trung ương MTTQ Việt Nam", "central", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    _u("Tòa án nhân dân tối cao", "central"),
    _u("Viện kiểm sát nhân dân tối cao", "central"),
    _u("Kiểm toán nhà nước", "central"),
    # National collectives: never a provincial body, never split at their commas.
    _u(
        "Các bộ, ngành, địa phương",
        "group",
        "Các bộ, ngành và địa phương|Các bộ, ngành, cơ quan, địa phương|Các bộ, ngành Trung ương",
    ),
    _u(
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "group",
        "Các bộ, cơ quan ngang bộ|Các bộ, ngành",
    ),
    _u(
        "UBND các tỉnh, thành phố trực thuộc Trung ương",
        "group",
        "UBND các tỉnh, thành phố|Các tỉnh, thành phố trực thuộc Trung ương|"
        "Các tỉnh, thành phố trực thuộc TW|Các tỉnh, thành phố|UBND các tỉnh, thành phố trực thuộc TW",
    ),
)

# Long forms folded to the abbreviations plans also use, so both spell the same key.
_ABBREVIATIONS = (
    (r"\buy ban nhan dan\b", "ubnd"),
    (r"\bhoi dong nhan dan\b", "hdnd"),
    (r"\bmat tran to quoc viet nam\b", "mttq"),
    (r"\bmat tran to quoc\b", "mttq"),
    (r"\bmttq viet nam\b", "mttq"),
    (r"\buy ban mttq\b", "ubmttq"),
    (r"\bbhxh\b", "bao hiem xa hoi"),
    (r"\bvp\b", "van phong"),
    (r"\bcap xa\b", "cap xa"),
)


def unit_key(text: str) -> str:
    """Folded, punctuation-free spelling used to compare unit names: "Ủy ban nhân dân cấp xã" → "ubnd cap xa"."""
    key = re.sub(r"(?<=\w)[&@¢](?=\s|$)", "o", fold(text)).replace("&", " va ")
    key = re.sub(r"[^\w]+", " ", key).replace("_", " ")
    key = re.sub(r"\s+", " ", key).strip()
    for pattern, replacement in _ABBREVIATIONS:
        key = re.sub(pattern, replacement, key)
    return key


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[Unit, str, bool]], list[str]]:
    """Every name, alias and former name by its key."""
    index: dict[str, tuple[Unit, str, bool]] = {}
    for unit in CATALOGUE:
        for spelling, renamed in (
            [(unit.name, False)]
            + [(a, False) for a in unit.aliases]
            + [(f, True) for f in unit.former_names]
        ):
            index.setdefault(unit_key(spelling), (unit, spelling, renamed))
    keys = sorted(index, key=len, reverse=True)
    return index, keys


def unit_by_name(name: str) -> Unit | None:
    """The catalogue unit with this canonical name, if any."""
    return next((u for u in CATALOGUE if u.name == name), None)


def _match(key: str, spelling_key: str, score: float, words: int) -> UnitMatch:
    unit, spelling, renamed = _index()[0][spelling_key]
    whole = words >= len(key.split())
    return UnitMatch(unit=unit, score=score, matched=spelling, renamed=renamed, whole=whole)


def _fuzzy_whole(key: str, cutoff: float, gap: float) -> UnitMatch | None:
    index, keys = _index()
    found = process.extract(key, keys, scorer=fuzz.ratio, limit=6, score_cutoff=cutoff)
    if not found:
        return None
    best_key, best_score, _ = found[0]
    if not _letters_misread(key, best_key):
        return None
    best_unit = index[best_key][0]
    rivals = [score for k, score, _ in found[1:] if index[k][0] != best_unit]
    if rivals and best_score - rivals[0] < gap:
        return None
    return _match(key, best_key, best_score, len(key.split()))


def _prefix(words: list[str], cutoff: float) -> UnitMatch | None:
    """The longest catalogue name the words begin with (exactly, then fuzzily)."""
    index, keys = _index()
    for n in range(min(len(words), 12), 0, -1):
        prefix = " ".join(words[:n])
        if prefix in index and (n > 1 or len(words) == 1):
            return _match(" ".join(words), prefix, 100.0, n)
    for n in range(min(len(words), 12), 1, -1):
        prefix = " ".join(words[:n])
        candidates = [k for k in keys if abs(len(k.split()) - n) <= 1 and len(k) >= 6]
        found = process.extractOne(prefix, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
        if found:
            return _match(" ".join(words), found[0], found[1], n)
    return None


@lru_cache(maxsize=4096)
def find_unit(text: str, *, cutoff: float = 84.0, gap: float = 4.0) -> UnitMatch | None:
    """Recognise *text* as a unit: the whole text, else the longest unit name it starts with."""
    key = unit_key(text)
    if not key:
        return None
    index, _ = _index()
    if key in index:
        return _match(key, key, 100.0, len(key.split()))
    whole = _fuzzy_whole(key, cutoff, gap)
    if whole and whole.score >= 90:
        return whole
    prefix = _prefix(key.split(), max(cutoff, 88.0))
    found = prefix or whole
    return found if found and _same_level_word(key, found) else None


_LEVEL_WORDS = ("bo", "so")  # a ministry and a provincial department differ by one letter


def _same_level_word(key: str, match: UnitMatch) -> bool:
    """ "Bộ Công Thương" is never "Sở Công Thương": a fuzzy match may not swap Bộ and Sở."""
    first, matched_first = key.split()[0], unit_key(match.matched).split()[0]
    return not (
        first in _LEVEL_WORDS and matched_first in _LEVEL_WORDS and first != matched_first
    )


_MARKED_LETTERS = str.maketrans("", "", "aeiouyw")  # where Vietnamese puts its marks, and OCR slips


def _skeleton(word: str) -> str:
    return word.translate(_MARKED_LETTERS)


def _letters_misread(key: str, catalogue_key: str) -> bool:
    """Whether *key* reads as the catalogue's words with letters misread, as OCR damages a name:
    each word keeps its consonants but for one. "Trưởng thôn" is no "Trường học": "thôn" is
    another word, not "học" misread. Words OCR ran together or split apart are not compared."""
    words, named = key.split(), catalogue_key.split()
    if len(words) != len(named):
        return True
    return all(
        Levenshtein.distance(_skeleton(word), _skeleton(name)) <= 1
        for word, name in zip(words, named, strict=True)
    )
