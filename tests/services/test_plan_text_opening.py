"""The plan's opening sentence cites its source without doubling a verb or the Đề án."""

from __future__ import annotations

from xa_planner.domain.commune import CommuneProfile
from xa_planner.exporting.citation import citation_from_text
from xa_planner.services.plan_text import default_plan_text

PROFILE = CommuneProfile(commune_name="Vĩnh Thủy", province_name="Quảng Trị")


def _opening(directing_doc: str) -> str:
    """The opening sentence of a plan whose "Văn bản chỉ đạo" line is *directing_doc*."""
    cited = citation_from_text(directing_doc, PROFILE.province_name, 2026).full
    return default_plan_text(PROFILE, cited).preamble


UNNUMBERED_SOURCE = (
    "Triển khai thực hiện nhiệm vụ Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và "
    "xác thực điện tử phục vụ chuyển đổi số quốc gia, giai đoạn 2022 - 2025 tầm nhìn đến năm "
    "2030” trên địa bàn tỉnh Vĩnh Long 04 tháng cuối năm 2025"
)


def test_a_source_cited_by_its_subject_is_called_a_plan_not_a_second_verb():
    preamble = _opening(UNNUMBERED_SOURCE)

    assert preamble.startswith("Thực hiện Kế hoạch triển khai thực hiện nhiệm vụ Đề án “")
    assert preamble.count("Đề án") == 1
    assert "Thực hiện Triển khai" not in preamble and "thực hiện thực hiện" not in preamble.lower()
    assert preamble.endswith(", UBND xã Vĩnh Thủy ban hành Kế hoạch triển khai thực hiện trên địa bàn xã Vĩnh Thủy như sau:")


def test_a_numbered_source_is_cited_with_what_it_is_about():
    source = "Kế hoạch số 113/KH-UBND ngày 30/01/2026 của UBND tỉnh Đồng Tháp"

    preamble = _opening(source)

    assert preamble.startswith(f"Thực hiện {source} về triển khai thực hiện Đề án 06 năm 2026, ")


def test_a_source_titled_with_thuc_hien_does_not_say_it_twice():
    preamble = _opening("Thực hiện Đề án 06 năm 2025")

    assert preamble.startswith("Thực hiện Kế hoạch thực hiện Đề án 06 năm 2025, ")
