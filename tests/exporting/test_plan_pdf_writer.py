"""The plan PDF: portrait A4 to ND 30, numbered from page 2, optionally followed by its appendix."""

from __future__ import annotations

import pytest
from pdf_reading import fonts_in_use, is_embedded, page_sizes, page_texts, strings_with_heights

from xa_planner.exporting.plan_pdf_writer import write_plan_pdf

A4 = (595.28, 841.89)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_first_page_carries_the_nd30_header_title_and_date(plan, tmp_path):
    path = write_plan_pdf(plan, tmp_path / "KH.pdf")

    first = _flat(page_texts(path)[0])
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ VĨNH THỦY",
        "Số: 1199/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Vĩnh Thủy, ngày 25 tháng 5 năm 2026",
        "KẾ HOẠCH",
        "Triển khai thực hiện Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
    ):
        assert expected in first


def test_the_last_page_ends_the_body_and_carries_recipients_and_signature(plan, tmp_path):
    path = write_plan_pdf(plan, tmp_path / "KH.pdf")

    last = _flat(page_texts(path)[-1])
    assert "xem xét, giải quyết./." in last
    for expected in (
        "Nơi nhận:",
        "- UBND tỉnh;",
        "- Phòng PC06, Công an tỉnh;",
        "- Lưu: VT, VHXH.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Thái Nam Sơn",
    ):
        assert expected in last


def test_the_plan_is_portrait_a4_with_embedded_fonts(plan, tmp_path):
    path = write_plan_pdf(plan, tmp_path / "KH.pdf")

    sizes = page_sizes(path)
    assert len(sizes) == 2
    assert all(size == pytest.approx(A4, abs=0.5) for size in sizes)
    assert all(is_embedded(font) for font in fonts_in_use(path).values())


def test_page_numbers_start_on_page_two_in_the_top_margin(plan, tmp_path):
    path = write_plan_pdf(plan, tmp_path / "KH.pdf")

    top = A4[1] - 20 * 72 / 25.4
    assert [t for t, y in strings_with_heights(path, 0) if y > top] == []
    assert [t for t, y in strings_with_heights(path, 1) if y > top] == ["2"]


def test_the_appendix_follows_in_landscape_with_its_own_numbering(plan, tmp_path):
    path = write_plan_pdf(plan, tmp_path / "KH.pdf", include_appendix=True)

    sizes = page_sizes(path)
    assert sizes[:2] == [pytest.approx(A4, abs=0.5)] * 2
    assert sizes[2] == pytest.approx((A4[1], A4[0]), abs=0.5)
    assert "Phụ lục" in page_texts(path)[2]
    top = A4[0] - 20 * 72 / 25.4
    assert [t for t, y in strings_with_heights(path, 2) if y > top] == []


def test_without_the_flag_the_appendix_is_left_out(plan, tmp_path):
    path = write_plan_pdf(plan, tmp_path / "KH.pdf")

    assert all("Kèm theo Kế hoạch" not in text for text in page_texts(path))
