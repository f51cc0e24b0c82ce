"""Decode the bytes of a text file: UTF-8/16 with or without BOM, Windows-1258, TCVN3 or VNI."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.legacy_encodings import tcvn3_to_unicode, vni_to_unicode

_COMMON_WORDS = frozenset(
    [
        "và",
        "của",
        "các",
        "được",
        "thực",
        "hiện",
        "nhiệm",
        "vụ",
        "đơn",
        "vị",
        "năm",
        "tỉnh",
        "xã",
        "trong",
        "cơ",
        "quan",
        "theo",
        "công",
        "người",
        "dân",
        "phối",
        "hợp",
        "chủ",
        "trì",
        "thời",
        "gian",
        "việc",
        "với",
        "cho",
        "những",
        "để",
        "đề",
        "án",
        "số",
        "về",
        "này",
        "có",
        "không",
        "là",
        "một",
        "kế",
        "hoạch",
        "tổ",
        "chức",
        "triển",
        "khai",
        "dữ",
        "liệu",
        "điện",
        "tử",
        "định",
        "danh",
        "thủ",
        "tục",
        "hành",
        "chính",
        "quốc",
        "gia",
        "sở",
        "ban",
        "ngành",
        "cấp",
        "địa",
        "bàn",
    ]
)
_LEGACY_SIGNS = re.compile(r"[µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßãä«åæçèé¬êëìíîïñòóôõö÷øùúûüýþ§]")
_SAMPLE = 60_000


def vietnamese_score(text: str) -> int:
    """How many common Vietnamese words a sample of *text* contains: higher means better decoded."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text[:_SAMPLE]).lower())
    return sum(word in _COMMON_WORDS for word in words)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0) / (len(sample) / 2)
    odd_zeros = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return data.decode("utf-16-le", errors="replace")
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return data.decode("utf-16-be", errors="replace")
    return None


def _with_bom(data: bytes) -> str | None:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    return None


def legacy_converter(text: str) -> Callable[[str], str] | None:
    """The converter (TCVN3 or VNI) that turns text typed in an old font into Vietnamese, if one does."""
    if len(_LEGACY_SIGNS.findall(text[:_SAMPLE])) < 3:
        return None
    best, best_score = None, vietnamese_score(text)
    for convert in (tcvn3_to_unicode, vni_to_unicode):
        score = vietnamese_score(convert(text[:_SAMPLE]))
        if score > best_score * 1.5 + 2:
            best, best_score = convert, score
    return best


def convert_legacy(text: str) -> str:
    """Text whose letters are TCVN3 or VNI glyphs (old fonts) → real Vietnamese; else unchanged."""
    convert = legacy_converter(text)
    return convert(text) if convert else text


def _single_byte(data: bytes) -> str:
    """Bytes that are not UTF-8: the legacy encoding under which they read most like Vietnamese."""
    candidates = [
        unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")),
        tcvn3_to_unicode(data.decode("latin-1")),
        vni_to_unicode(data.decode("cp1252", errors="replace")),
    ]
    return max(candidates, key=vietnamese_score)


def _check_is_text(text: str) -> None:
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise ImportRejected(ImportRefusal.NOT_TEXT)


def decode_text(data: bytes) -> str:
    """The text of a plain-text file, whatever Vietnamese encoding it was saved in, in NFC."""
    text = _with_bom(data) or _utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            lenient = data.decode("utf-8", errors="replace")
            damaged = lenient.count("\ufffd") <= max(2, len(lenient) // 1000)
            text = lenient if damaged else _single_byte(data)
    _check_is_text(text)
    return unicodedata.normalize("NFC", convert_legacy(text)).replace("\u00ad", "")
