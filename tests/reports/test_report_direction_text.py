"""The report's section I cites the commune plan as a document: never "Thực hiện Triển khai thực hiện …"."""

from __future__ import annotations

import pytest

from xa_planner.services.report_texts import direction_text, plan_reference


@pytest.mark.parametrize(
    ("title", "cited"),
    [
        (
            "Triển khai thực hiện nhiệm vụ Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
            "Kế hoạch triển khai thực hiện nhiệm vụ Đề án 06 trên địa bàn xã Vĩnh Thủy năm 2026",
        ),
        ("Kế hoạch thực hiện Đề án 06 năm 2026", "Kế hoạch thực hiện Đề án 06 năm 2026"),
        ("Thực hiện Đề án 06  năm 2026", "Kế hoạch thực hiện Đề án 06 năm 2026"),
        ("", "Kế hoạch triển khai thực hiện Đề án 06 của xã"),
    ],
)
def test_the_plan_is_cited_by_its_kind_and_title(title, cited):
    assert plan_reference(title) == cited


def test_section_one_opens_with_one_verb():
    (text,) = direction_text("Vĩnh Thủy", "Triển khai thực hiện nhiệm vụ Đề án 06 năm 2026", "01/2026")
    assert text.startswith("Thực hiện Kế hoạch triển khai thực hiện nhiệm vụ Đề án 06 năm 2026, trong tháng 01/2026")
    assert "Thực hiện Triển khai" not in text
