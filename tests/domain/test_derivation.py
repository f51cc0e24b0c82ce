"""A commune plan is derived from a provincial template: chosen tasks, offices, dates, links."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xa_planner.domain.derivation import (
    LEAD_TO_CONFIRM,
    NO_DUE,
    NO_LEAD,
    NO_PRODUCT,
    completeness_problems,
    derive_plan,
    roman,
    schedule,
    suggest_relevance,
    unit_suggestions,
)
from xa_planner.domain.offices import Office, standard_offices
from xa_planner.domain.plans import Plan, PlanTask, Target, Template, TemplateTask
from xa_planner.domain.unit_mapping import memory_key

PROVINCIAL_WORDS = ("tỉnh", "Sở ", "Bộ ", "Ngân hàng")


@pytest.fixture
def offices() -> list[Office]:
    return [dataclasses.replace(o, id=i + 1) for i, o in enumerate(standard_offices())]


def _id(offices: list[Office], full_name: str) -> int:
    return next(o.id for o in offices if o.full_name == full_name)


def _task(content: str, lead=(), support=(), **fields) -> TemplateTask:
    return TemplateTask(
        ref=fields.pop("ref", "1"), content=content, lead=lead, support=support, **fields
    )


# --- which tasks concern the commune -------------------------------------------------------


@pytest.mark.parametrize(
    ("task", "code"),
    [
        (_task("Tự kiểm tra việc triển khai", lead=("UBND cấp xã",)), "commune_leads"),
        (
            _task("Rà soát thủ tục", lead=("Các sở, ban, ngành tỉnh", "UBND cap xa")),
            "commune_leads",
        ),
        (_task("Tuyên truyền Đề án 06", lead=("UBND các huyện, thị xã",)), "commune_leads"),
        (_task("Tiếp nhận hồ sơ căn cước", lead=("Công an tỉnh",)), "police_cascade"),
        (
            _task("Gắn biển số nhà đến từng thôn, tổ dân phố", lead=("Sở Xây dựng",)),
            "content_cascades",
        ),
        (
            _task("Hướng dẫn hộ kinh doanh thanh toán điện tử", lead=("Sở Công Thương",)),
            "content_cascades",
        ),
        (
            _task("Số hóa dữ liệu", lead=("Sở Tư pháp",), support=("UBND các xã, phường",)),
            "commune_supports",
        ),
        (_task("Triển khai hồ sơ sức khỏe điện tử", lead=("Sở Y tế",)), "commune_field"),
    ],
)
def test_tasks_that_reach_the_commune_are_suggested(task, code):
    relevance = suggest_relevance(task)

    assert relevance.include
    assert relevance.reason_code == code
    assert relevance.reason


@pytest.mark.parametrize(
    ("task", "code"),
    [
        (
            _task(
                "Chủ trì xây dựng kho dữ liệu dùng chung của tỉnh, kết nối Trung tâm dữ liệu quốc gia",
                lead=("Sở Khoa học và Công nghệ",),
                support=("Công an tỉnh", "UBND cấp xã"),
            ),
            "provincial_only",
        ),
        (
            _task(
                "Tham mưu trình Hội đồng nhân dân tỉnh ban hành chính sách thu phí 0 đồng",
                lead=("Sở Tài chính",),
                support=("UBND cấp xã",),
            ),
            "provincial_only",
        ),
        (
            _task(
                "Thúc đẩy ứng dụng định danh điện tử trong hoạt động ngân hàng",
                lead=("Ngân hàng Nhà nước khu vực 12",),
                support=("Các ngân hàng thương mại",),
            ),
            "no_commune_role",
        ),
        (_task("Xây dựng không gian thử nghiệm (sandbox)"), "no_commune_role"),
    ],
)
def test_provincial_only_tasks_are_left_out_with_a_reason(task, code):
    relevance = suggest_relevance(task)

    assert not relevance.include
    assert relevance.reason_code == code
    assert relevance.reason


# A dozen tasks of the Hưng Yên (004) and Vĩnh Long (003) plans, as the importer reads them.
SEED_TASKS = [
    (True, _task("Là cơ quan thường trực, tham mưu UBND tỉnh chỉ đạo, hướng dẫn, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch", lead=("Công an tỉnh",), support=("Văn phòng UBND tỉnh", "Các sở, ngành", "UBND cấp xã"), timeframe="Thực hiện thường xuyên; báo cáo UBND tỉnh trước ngày 10 hàng tháng")),
    (True, _task("Tổ chức thu nhận hồ sơ cấp căn cước, cấp tài khoản định danh điện tử mức độ 2 cho công dân", lead=("Công an tỉnh",), support=("Các Sở, ban, ngành, đoàn thể", "UBND cấp xã"))),
    (True, _task("Tổng hợp, theo dõi, phối hợp đánh giá chất lượng giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến", lead=("Văn phòng UBND tỉnh",), support=("Công an tỉnh", "các sở, ngành", "UBND cấp xã"))),
    (False, _task("Tiếp tục tham mưu xây dựng, vận hành Trung tâm điều hành thông minh (IOC) cấp tỉnh kết nối dữ liệu dân cư", lead=("Văn phòng UBND tỉnh",), support=("Công an tỉnh", "Sở Khoa học và Công nghệ"))),
    (False, _task("Chủ trì xây dựng kho dữ liệu dùng chung của tỉnh, kết nối với Trung tâm dữ liệu quốc gia", lead=("Sở Khoa học và Công nghệ",), support=("Công an tỉnh", "Văn phòng UBND tỉnh", "UBND cấp xã"))),
    (True, _task("Tiếp tục triển khai số hóa dữ liệu hộ tịch; kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư", lead=("Sở Tư pháp",), support=("Công an tỉnh", "UBND cấp xã"))),
    (True, _task("Chủ trì, hướng dẫn UBND cấp xã rà soát, chuẩn hóa và triển khai việc gắn biển số nhà", lead=("Sở Xây dựng",), support=("Công an tỉnh", "Sở Văn hoá, thể thao và Du lịch", "Ủy ban nhân dân cấp xã"))),
    (True, _task("Tiếp tục duy trì và mở rộng việc sử dụng căn cước, VNeID thay thế thẻ bảo hiểm y tế trong khám chữa bệnh", lead=("Sở Y tế",), support=("Bảo hiểm xã hội khu vực", "Công an tỉnh", "các cơ sở khám chữa bệnh"))),
    (False, _task("Thúc đẩy ứng dụng định danh điện tử trong hoạt động ngân hàng; phối hợp xác thực thông tin tài khoản ngân hàng với dữ liệu dân cư", lead=("Ngân hàng Nhà nước khu vực 12",), support=("Công an tỉnh", "các ngân hàng thương mại"))),
    (True, _task("Tuyên truyền, vận động hội viên, phụ nữ và người dân về lợi ích của chuyển đổi số", lead=("Hội Liên hiệp Phụ nữ tỉnh",))),
    (False, _task("Công bố danh mục các bài toán lớn về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh", lead=("Sở Khoa học và Công nghệ",), support=("Các cơ quan, đơn vị, doanh nghiệp",))),
    (True, _task("Thường xuyên tự kiểm tra, rà soát, hướng dẫn việc triển khai thực hiện các nhiệm vụ Đề án 06", lead=("Các sở, ban, ngành tỉnh", "UBND cấp xã", "các cơ quan, đơn vị có liên quan"))),
    (True, _task("Tiếp tục thực hiện việc khám chữa bệnh bằng thẻ Căn cước gắn chíp và ứng dụng VNeID", lead=("Sở Y tế",), support=("Công an tỉnh", "Bảo hiểm xã hội tỉnh", "UBND cấp xã"))),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "task"), SEED_TASKS)
def test_seed_tasks_get_the_suggestion_an_officer_would_make(expected, task):
    assert suggest_relevance(task).include is expected


# --- deriving a plan --------------------------------------------------------------------------

TEMPLATE = Template(
    id=7,
    title="Kế hoạch triển khai Đề án 06 năm 2026",
    doc_number="113/KH-UBND",
    doc_date=dt.date(2026, 1, 20),
    issuer="UBND tỉnh Đồng Tháp",
    tasks=(
        TemplateTask(
            ref="IV.1.(1)",
            content="Thu nhận hồ sơ căn cước cho công dân",
            section="IV.1 Công an tỉnh",
            lead=("Công an tỉnh",),
            support=("Sở Tư pháp", "UBND cấp xã", "Ngân hàng Nhà nước khu vực 12"),
            timeframe="Thường xuyên",
            products="Hồ sơ căn cước",
            targets=(Target("tối thiểu 81% công dân có tài khoản định danh", 81, "%"),),
            id=101,
        ),
        TemplateTask(
            ref="IV.2.(1)",
            content="Rà soát thủ tục hành chính, dịch vụ công trực tuyến",
            section="IV.2 Văn phòng UBND tỉnh",
            lead=("Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ"),
            support=("Công an tỉnh", "Sở Khoa học và Công nghệ"),
            timeframe="Quý II/2026",
            directing_docs="Quyết định số 06/QĐ-TTg",
            id=102,
        ),
        TemplateTask(
            ref="IV.3.(1)",
            content="Xây dựng kho dữ liệu dùng chung của tỉnh",
            section="IV.3 Sở Khoa học và Công nghệ",
            lead=("Sở Khoa học và Công nghệ",),
            timeframe="Trong năm 2026",
            id=103,
        ),
        TemplateTask(
            ref="IV.1.(2)",
            content="Kiểm tra an ninh, an toàn thông tin tại các xã",
            section="IV.1 Công an tỉnh",
            lead=("Công an tỉnh",),
            timeframe="Hằng tháng",
            products="Báo cáo kiểm tra",
            id=104,
        ),
        TemplateTask(
            ref="IV.4.(1)",
            content="Tuyên truyền đến người dân",
            section="IV.4 Nhiệm vụ chung",
            lead=("Viettel Đồng Tháp",),
            support=("Tỉnh Đoàn",),
            id=105,
        ),
    ),
)


def _derive(offices, **kwargs):
    return derive_plan(TEMPLATE, year=2026, offices=offices, **kwargs)


def test_sections_are_numbered_in_roman_in_order_of_first_appearance(offices):
    plan = _derive(offices).plan

    assert [(s.ref, s.title) for s in plan.sections] == [
        ("I", "Công an xã"),
        ("II", "Văn phòng HĐND và UBND xã"),
        ("III", "Nhiệm vụ chung"),
    ]
    assert [t.ref for t in plan.tasks] == ["I.1", "I.2", "II.1", "III.1"]
    assert [t.section_id for t in plan.tasks] == [0, 0, 1, 2]
    assert [t.position for t in plan.tasks] == [0, 1, 2, 3]


def test_tasks_keep_their_source_content_products_targets_and_documents(offices):
    first, second = _derive(offices).plan.tasks[:2]

    assert (first.source_task_id, first.source_ref) == (101, "IV.1.(1)")
    assert (second.source_task_id, second.source_ref) == (104, "IV.1.(2)")
    assert first.content == "Thu nhận hồ sơ căn cước cho công dân"
    assert first.products == "Hồ sơ căn cước"
    assert first.targets == TEMPLATE.tasks[0].targets
    assert first.directing_docs == "Kế hoạch số 113/KH-UBND ngày 20/01/2026 của UBND tỉnh Đồng Tháp"
    procedures = _derive(offices).plan.tasks[2]
    assert procedures.directing_docs == "Quyết định số 06/QĐ-TTg"


def test_leads_and_supports_are_commune_offices(offices):
    tasks = _derive(offices).plan.tasks
    police, justice = _id(offices, "Công an xã"), _id(offices, "Văn phòng HĐND và UBND xã")
    centre = _id(offices, "Trung tâm Phục vụ hành chính công")
    economy = _id(offices, "Phòng Kinh tế")

    assert (tasks[0].lead_office_id, tasks[0].support_office_ids) == (police, (justice,))
    assert (tasks[2].lead_office_id, tasks[2].support_office_ids) == (centre, (economy, police))
    assert tasks[3].lead_office_id is None
    assert tasks[3].support_office_ids == (_id(offices, "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"),)


def test_time_frames_become_due_dates_or_recurrences(offices):
    tasks = {t.source_ref: t for t in _derive(offices).plan.tasks}

    assert (tasks["IV.2.(1)"].due, tasks["IV.2.(1)"].recurrence) == (dt.date(2026, 6, 30), None)
    assert (tasks["IV.1.(1)"].due, tasks["IV.1.(1)"].recurrence) == (None, "continuous")
    assert (tasks["IV.1.(2)"].due, tasks["IV.1.(2)"].recurrence) == (None, "monthly")
    assert tasks["IV.2.(1)"].timeframe == "Quý II/2026"


def test_the_template_tasks_own_dates_win_over_its_time_frame():
    task = _task("x", timeframe="Quý II/2026", due=dt.date(2026, 5, 15))

    assert schedule(task, 2026) == (dt.date(2026, 5, 15), None)
    assert schedule(_task("x", timeframe="Hằng quý", due=None), 2026) == (None, "quarterly")


def test_unmapped_units_are_listed_and_problems_flagged(offices):
    derived = _derive(offices)

    assert derived.unmapped == ("Ngân hàng Nhà nước khu vực 12", "Viettel Đồng Tháp")
    assert derived.task_flags["III.1"] == (NO_LEAD, NO_DUE, NO_PRODUCT)
    assert derived.task_flags["II.1"] == (NO_PRODUCT,)
    assert "I.1" not in derived.task_flags
    assert derived.relevance[2].reason_code == "provincial_only"


def test_no_provincial_unit_name_is_ever_a_commune_office(offices):
    plan = _derive(offices).plan
    names = {o.id: o.full_name for o in offices}

    for task in plan.tasks:
        used = [task.lead_office_id, *task.support_office_ids]
        assert all(i is None or i in names for i in used)
        assert not any(w in names[i] for i in used if i for w in PROVINCIAL_WORDS)
        assert task.lead_office_id is not None or NO_LEAD in _derive(offices).task_flags[task.ref]


def test_the_officers_choices_and_mapping_are_followed(offices):
    choices = {0: False, 2: True}
    mapping = {memory_key("Viettel Đồng Tháp"): _id(offices, "Phòng Văn hóa - Xã hội")}

    derived = _derive(offices, choices=choices, mapping=mapping)

    refs = [t.source_ref for t in derived.plan.tasks]
    assert refs == ["IV.2.(1)", "IV.3.(1)", "IV.1.(2)", "IV.4.(1)"]  # sections by first appearance
    assert derived.plan.sections[1].title == "Phòng Kinh tế"
    assert derived.plan.tasks[-1].lead_office_id == _id(offices, "Phòng Văn hóa - Xã hội")
    assert "Viettel Đồng Tháp" not in derived.unmapped


def test_the_plan_carries_its_identity_and_template_link(offices):
    plan = _derive(offices, title="KH xã", number="12/KH-UBND", issued_on=dt.date(2026, 2, 1)).plan

    assert (plan.year, plan.title, plan.number) == (2026, "KH xã", "12/KH-UBND")
    assert (plan.issued_on, plan.template_id, plan.id) == (dt.date(2026, 2, 1), 7, None)
    assert plan.directing_doc.startswith("Kế hoạch số 113/KH-UBND")
    assert _derive(offices).plan.title == TEMPLATE.title


def test_a_task_only_the_commune_leads_gets_a_default_office_to_confirm(offices):
    template = Template(id=1, title="t", tasks=(_task("Tự kiểm tra", lead=("UBND cấp xã",)),))

    derived = derive_plan(template, year=2026, offices=offices)

    assert derived.plan.tasks[0].lead_office_id == _id(offices, "Công an xã")
    assert LEAD_TO_CONFIRM in derived.task_flags["I.1"]


def test_completeness_lists_tasks_without_lead_deadline_or_product():
    tasks = (
        PlanTask(None, 0, "I.1", "a", lead_office_id=1, due=dt.date(2026, 1, 1), products="p"),
        PlanTask(None, 0, "I.2", "b", lead_office_id=1, recurrence="monthly", products="p"),
        PlanTask(None, 0, "I.3", "c", products=" "),
    )

    problems = completeness_problems(Plan(id=None, year=2026, title="t", tasks=tasks))

    assert problems == [("I.3", NO_LEAD), ("I.3", NO_DUE), ("I.3", NO_PRODUCT)]


def test_roman_numerals():
    assert [roman(n) for n in (1, 4, 9, 14, 40, 99)] == ["I", "IV", "IX", "XIV", "XL", "XCIX"]


# --- property --------------------------------------------------------------------------------

_names = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["Công an tỉnh", "UBND cấp xã", "Sở Y tế", "Viettel", "Các sở, ngành", "VP"]),
)


@settings(max_examples=150, deadline=None)
@given(
    units=st.lists(
        st.tuples(st.lists(_names, max_size=3), st.lists(_names, max_size=3)), max_size=6
    ),
    frames=st.lists(
        st.one_of(st.text(max_size=30), st.just("Quý IV/2026")), min_size=6, max_size=6
    ),
    office_names=st.lists(st.text(min_size=1, max_size=20), max_size=5),
)
def test_derivation_never_raises_and_only_uses_listed_offices(units, frames, office_names):
    offices = [Office(i + 10, n, n) for i, n in enumerate(office_names)]
    offices += [dataclasses.replace(o, id=i + 1) for i, o in enumerate(standard_offices()[:4])]
    tasks = tuple(
        _task("Nội dung", lead=tuple(lead), support=tuple(sup), timeframe=frames[i], ref=str(i))
        for i, (lead, sup) in enumerate(units)
    )
    template = Template(id=1, title="t", tasks=tasks)

    derived = derive_plan(
        template, year=2026, offices=offices, choices=dict.fromkeys(range(6), True)
    )

    ids = {o.id for o in offices}
    for task in derived.plan.tasks:
        assert task.lead_office_id is None or task.lead_office_id in ids
        assert set(task.support_office_ids) <= ids
        assert task.lead_office_id not in task.support_office_ids
        assert task.lead_office_id is not None or NO_LEAD in derived.task_flags[task.ref]


def test_the_units_step_lists_each_unit_once_with_its_suggestion(offices):
    suggestions = unit_suggestions(list(TEMPLATE.tasks), {}, offices)

    assert list(suggestions)[:4] == [
        "Công an tỉnh",
        "Sở Tư pháp",
        "UBND cấp xã",
        "Ngân hàng Nhà nước khu vực 12",
    ]
    assert suggestions["Văn phòng UBND tỉnh"].office_name == "Trung tâm Phục vụ hành chính công"
    assert suggestions["Ngân hàng Nhà nước khu vực 12"].office_id is None
    assert len(suggestions) == len({memory_key(u) for u in suggestions})
