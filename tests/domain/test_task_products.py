"""A task's product is read from its own words when the source gives no product field."""

from __future__ import annotations

import dataclasses

import pytest

from xa_planner.domain.derivation import NO_PRODUCT, derive_plan
from xa_planner.domain.offices import standard_offices
from xa_planner.domain.plans import Template, TemplateTask
from xa_planner.domain.task_products import named_product


@pytest.mark.parametrize(
    ("content", "product"),
    [
        (
            "Xây dựng, ban hành, tổ chức thực hiện chương trình đào tạo, bồi dưỡng cho cán bộ, "
            "công chức kiến thức về chuyển đổi số",
            "Chương trình đào tạo, bồi dưỡng",
        ),
        (
            "Phối hợp với các doanh nghiệp trên địa bàn xây dựng Kế hoạch hỗ trợ, ưu đãi (giảm phí) "
            "cho người dân khi sử dụng chữ ký số",
            "Kế hoạch hỗ trợ, ưu đãi (giảm phí)",
        ),
        (
            "Đối chiếu danh mục thủ tục để sửa đổi quy trình nghiệp vụ, không yêu cầu người dân "
            "xuất trình giấy tờ",
            "Quy trình nghiệp vụ",
        ),
        (
            "Theo dõi, tổng hợp tình hình thực hiện Đề án 06.\n+ *Sản phẩm: Báo cáo định kỳ và "
            "đột xuất.*",
            "Báo cáo định kỳ và đột xuất.",
        ),
        ("Rà soát dữ liệu dân cư; kết quả cần đạt: 100% dữ liệu đúng, đủ, sạch, sống", "100% dữ liệu đúng, đủ, sạch, sống"),
    ],
)
def test_a_product_the_task_names_is_read(content, product):
    assert named_product(content) == product


@pytest.mark.parametrize(
    "content",
    [
        "Duy trì đảm bảo an ninh, an toàn hệ thống thông tin",
        "Triển khai thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND tỉnh",
        "Tổ chức thực hiện kế hoạch tuyên truyền đã được phê duyệt",  # carrying out, not drafting
        "Định kỳ báo cáo UBND tỉnh kết quả thực hiện",
        "",
    ],
)
def test_no_product_is_made_up_when_the_task_names_none(content):
    assert named_product(content) == ""


def _derived_products(*tasks: TemplateTask):
    offices = [dataclasses.replace(o, id=i + 1) for i, o in enumerate(standard_offices())]
    template = Template(id=1, title="t", tasks=tasks)
    derived = derive_plan(template, year=2026, offices=offices, choices=dict.fromkeys(range(len(tasks)), True))
    return [t.products for t in derived.plan.tasks], derived.task_flags


def test_derived_tasks_carry_the_named_product_and_the_sources_own_field_wins():
    named = TemplateTask(ref="1", content="Xây dựng kế hoạch tuyên truyền về Đề án 06 cho người dân", lead=("Công an tỉnh",))
    own = TemplateTask(ref="2", content="Xây dựng quy chế phối hợp", products="Quy chế được ký ban hành", lead=("Công an tỉnh",))
    none = TemplateTask(ref="3", content="Duy trì an ninh mạng", lead=("Công an tỉnh",))

    products, flags = _derived_products(named, own, none)

    assert products == ["Kế hoạch tuyên truyền về Đề án 06", "Quy chế được ký ban hành", ""]
    assert NO_PRODUCT not in flags.get("I.1", ()) and NO_PRODUCT in flags["I.3"]
