"""Vietnamese text: accent folding for search, collation in Vietnamese order, file-name slugs."""

from __future__ import annotations

import unicodedata

import pytest

from xa_planner.domain.text import fold, nfc, slug, vi_sort_key


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Công an xã", "cong an xa"),
        ("Đơn vị chủ trì", "don vi chu tri"),
        ("ĐOÀN THANH NIÊN", "doan thanh nien"),
        ("Ủy ban Mặt trận Tổ quốc", "uy ban mat tran to quoc"),
        ("Hội Liên hiệp Phụ nữ", "hoi lien hiep phu nu"),
    ],
)
def test_folding_drops_accents_and_case_so_cong_an_finds_cong_an(text, folded):
    assert fold(text) == folded


def test_old_and_new_tone_placement_fold_equal():
    assert fold("thuỷ") == fold("thủy") == "thuy"
    assert fold("hoà") == fold("hòa")


def test_folding_gives_the_same_result_for_composed_and_decomposed_input():
    word = "Vĩnh Thủy"
    assert fold(unicodedata.normalize("NFD", word)) == fold(nfc(word))
    assert nfc(unicodedata.normalize("NFD", word)) == unicodedata.normalize("NFC", word)


def test_letters_sort_in_the_vietnamese_alphabet():
    words = ["đá", "be", "ân", "dê", "ăn", "an", "ơn", "ôm", "om", "ưa", "ua", "ê", "e"]
    assert sorted(words, key=vi_sort_key) == [
        "an",
        "ăn",
        "ân",
        "be",
        "dê",
        "đá",
        "e",
        "ê",
        "om",
        "ôm",
        "ơn",
        "ua",
        "ưa",
    ]


def test_tones_order_none_huyen_hoi_nga_sac_nang():
    assert sorted(["má", "mạ", "mã", "mà", "ma", "mả"], key=vi_sort_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]


def test_the_letter_comes_before_the_tone_when_sorting():
    # "ă" is a letter after "a" whatever the tones: "ạt" < "ăn"
    assert sorted(["ăn", "ạt", "án"], key=vi_sort_key) == ["án", "ạt", "ăn"]


def test_office_names_sort_as_a_vietnamese_reader_expects():
    names = ["Đoàn Thanh niên", "Công an xã", "Hội Nông dân", "Ban Chỉ huy Quân sự", "Dân quân"]
    assert sorted(names, key=vi_sort_key) == [
        "Ban Chỉ huy Quân sự",
        "Công an xã",
        "Dân quân",
        "Đoàn Thanh niên",
        "Hội Nông dân",
    ]


def test_sorting_ignores_case_before_tones():
    assert sorted(["an", "An", "Ăn"], key=vi_sort_key)[2] == "Ăn"
    assert vi_sort_key("an") < vi_sort_key("An")


def test_composed_and_decomposed_text_sort_the_same():
    assert vi_sort_key("Thủy") == vi_sort_key(unicodedata.normalize("NFD", "Thủy"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xã Vĩnh Thủy", "Xa-Vinh-Thuy"),
        ("Báo cáo tháng 06/2026", "Bao-cao-thang-062026"),
        ("  Đề án  06 ", "De-an-06"),
        ("Phòng Văn hóa - Xã hội", "Phong-Van-hoa-Xa-hoi"),
        ("", ""),
    ],
)
def test_slug_makes_an_ascii_file_name_part(text, expected):
    assert slug(text) == expected
    assert slug(text).isascii()
