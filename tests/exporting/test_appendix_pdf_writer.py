"""The appendix PDF: landscape A4, every diacritic, embedded fonts, a header on every page."""

from __future__ import annotations

import dataclasses

import pytest
from pdf_reading import fonts_in_use, is_embedded, page_sizes, page_texts, strings_with_heights

from xa_planner.exporting.appendix_pdf_writer import write_appendix_pdf
from xa_planner.exporting.plan_document import AppendixRow, AppendixSection

A4_LANDSCAPE = (841.89, 595.28)


@pytest.fixture
def written(appendix, tmp_path):
    return write_appendix_pdf(appendix, tmp_path / "PL_DA06_2026_Xa-Vinh-Thuy.pdf")


def test_the_appendix_is_three_landscape_a4_pages(written):
    sizes = page_sizes(written)
    assert len(sizes) == 3
    for width, height in sizes:
        assert width == pytest.approx(A4_LANDSCAPE[0], abs=0.5)
        assert height == pytest.approx(A4_LANDSCAPE[1], abs=0.5)


def test_the_text_keeps_every_vietnamese_letter(written):
    text = " ".join(" ".join(page_texts(written)).split())
    for expected in (
        "Phụ lục",
        "CÁC NHIỆM VỤ CỦA ĐỀ ÁN 06 TRÊN ĐỊA BÀN XÃ NĂM 2026",
        "Kèm theo Kế hoạch số 1199/KH-UBND",
        "ĐẢM BẢO DỮ LIỆU DÂN CƯ",
        "Phòng Văn hóa - Xã hội",
        "tài khoản định danh điện tử",
        "Quý I/2027",
    ):
        assert expected in text
    assert "?" not in text and "\ufffd" not in text


def test_the_header_row_is_on_every_page(written):
    for page_text in page_texts(written):
        text = " ".join(page_text.split())
        for title in (
            "Nhiệm vụ",
            "Văn bản chỉ đạo",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện",
            "Kết quả/sản phẩm",
        ):
            assert title in text


def test_every_font_drawn_is_an_embedded_truetype_subset(written):
    used = fonts_in_use(written)
    assert used
    for name, font in used.items():
        assert font["/Subtype"] == "/TrueType", name
        assert is_embedded(font), name
        assert "FontFile2" in str(font["/FontDescriptor"].get_object().keys())


def test_pages_after_the_first_carry_a_centred_number_in_the_top_margin(written):
    height = A4_LANDSCAPE[1]
    first = [text for text, y in strings_with_heights(written, 0) if y > height - 56]
    second = [text for text, y in strings_with_heights(written, 1) if y > height - 56]
    assert first == []
    assert second == ["2"]


def test_a_row_taller_than_a_page_is_split_not_clipped(appendix, tmp_path):
    words = " ".join(f"từ{i}" for i in range(1500))
    huge = AppendixSection("III", "NHIỆM VỤ RẤT DÀI", (AppendixRow("1", words, "=SUM(A1)"),))
    longer = dataclasses.replace(appendix, sections=appendix.sections + (huge,))

    path = write_appendix_pdf(longer, tmp_path / "long.pdf")

    text = " ".join(" ".join(page_texts(path)).split())
    assert "từ0 " in text and "từ1499" in text
    assert len(page_sizes(path)) > 4
