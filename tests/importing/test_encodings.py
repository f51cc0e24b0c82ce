"""Plans saved in any Vietnamese encoding read the same: UTF-8/16, Windows-1258, TCVN3 (ABC) and VNI."""

from __future__ import annotations

import codecs
import io
import unicodedata

import pytest
from docx import Document

from xa_planner.importing import parse_plan_bytes
from xa_planner.importing.legacy_encodings import (
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)
from xa_planner.importing.text_decoder import decode_text

from .conftest import PLANS, parsed_seed

CLEAN = (PLANS / "003_1757523d643b6cab.txt").read_text(encoding="utf-8")


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps ê/ơ/ư… as letters but stores tones as separate combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts if m in _TONE_MARKS)
        letter = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONE_MARKS))
        out.append(letter + tones)
    return "".join(out).encode("cp1258", errors="replace")


ENCODED = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-bom": lambda text: text.encode("utf-16"),
    "utf-16-le-no-bom": lambda text: text.encode("utf-16-le"),
    "utf-16-be-no-bom": lambda text: text.encode("utf-16-be"),
    "windows-1258": _cp1258,
    "tcvn3": lambda text: unicode_to_tcvn3(text).encode("latin-1", errors="replace"),
    "vni": lambda text: unicode_to_vni(text).encode("cp1252", errors="replace"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODED))
def test_plan_in_any_encoding_gives_the_same_tasks(encoding):
    plan = parse_plan_bytes(ENCODED[encoding](CLEAN), f"plan_{encoding}.txt")
    expected = parsed_seed("003")
    assert [t.ref for t in plan.tasks] == [t.ref for t in expected.tasks]
    assert [t.lead for t in plan.tasks] == [t.lead for t in expected.tasks]


def test_known_tcvn3_and_vni_samples_convert_to_unicode():
    assert (
        tcvn3_to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
        == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    )
    assert tcvn3_to_unicode("§éc lËp - Tù do - H¹nh phóc") == "Độc lập - Tự do - Hạnh phúc"
    assert (
        vni_to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
        == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    )
    assert vni_to_unicode("Ñoäc laäp - Töï do - Haïnh phuùc") == "Độc lập - Tự do - Hạnh phúc"


def test_every_vietnamese_letter_round_trips_through_both_legacy_encodings():
    letters = "aăâeêioôơuưyđ"
    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    every = "".join(
        unicodedata.normalize("NFC", b + t) for b in letters for t in (tones if b != "đ" else [""])
    )
    assert vni_to_unicode(unicode_to_vni(every)) == every
    assert vni_to_unicode(unicode_to_vni(every.upper())) == every.upper()
    assert tcvn3_to_unicode(unicode_to_tcvn3(every)) == every


def test_text_typed_in_an_old_font_inside_a_docx_is_converted():
    document = Document()
    for line in (
        "KẾ HOẠCH",
        "II. NHIỆM VỤ",
        "1. Về dữ liệu",
        "(1) Làm sạch dữ liệu dân cư trên địa bàn",
        "- Cơ quan chủ trì thực hiện: Công an tỉnh.",
        "- Thời gian thực hiện: Thường xuyên.",
    ):
        document.add_paragraph(unicode_to_tcvn3(line))  # what a .VnTime document holds
    buffer = io.BytesIO()
    document.save(buffer)
    plan = parse_plan_bytes(buffer.getvalue(), "vntime.docx")
    assert [(t.lead, t.recurrence) for t in plan.tasks] == [(["Công an tỉnh"], "continuous")]


def test_clean_unicode_is_left_alone():
    assert decode_text(CLEAN.encode("utf-8")) == unicodedata.normalize("NFC", CLEAN)
