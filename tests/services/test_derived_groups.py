"""The groups of a commune plan derived from real plans: subjects in document order, no heading that only
introduces the task list."""

from __future__ import annotations

from pathlib import Path

import pytest

from xa_planner.domain.derivation import derive_plan
from xa_planner.services.derivation_request import DerivationRequest
from xa_planner.services.template_service import parse_plan
from xa_planner.services.workspace_service import create_empty

PLANS = Path(__file__).parents[1] / "data" / "plans"
SEED_003 = next(PLANS.glob("003_*.txt"))


@pytest.fixture
def workspace(tmp_path):
    workspace = create_empty(tmp_path / "groups.xaplan", "Vĩnh Thủy", "Quảng Trị")
    yield workspace
    workspace.close()


def test_seed_003s_commune_plan_is_grouped_by_its_subjects_in_document_order(workspace):
    # Given seed 003 imported and every task taken into the commune plan
    template_id = workspace.templates.import_file(SEED_003).template_id
    count = len(workspace.templates.template(template_id).tasks)
    plan_id = workspace.derivation.create_plan(
        DerivationRequest(template_id, 2026, choices=dict.fromkeys(range(count), True))
    ).plan_id
    # Then the plan's groups are the sub-sections of part II, in the source's order
    groups = list(dict.fromkeys((r.section_ref, r.section_title) for r in workspace.plans.plan_rows(plan_id)))
    assert groups[:4] == [("I", "Về pháp lý"), ("II", "Về dữ liệu"), ("III", "Về hạ tầng công nghệ"),
                          ("IV", "Về an ninh, an toàn bảo mật thông tin")]
    assert not any("PHÂN CÔNG NHIỆM VỤ" in title for _ref, title in groups)


def _groups(path: Path) -> list[str]:
    template = parse_plan(path).to_template(path.name, "sha")
    plan = derive_plan(template, year=2026, offices=[], choices=dict.fromkeys(range(len(template.tasks)), True))
    return [section.title for section in plan.plan.sections]


@pytest.mark.parametrize(("shape", "expected"), [
    # "III. NHIỆM VỤ, GIẢI PHÁP" over "1. Công tác tuyên truyền", "2. Tổ chức các lớp học" and
    # "3. Kiểm tra, đánh giá" (a sub-section that is itself a duty)
    ("district_style_mixed", ["Công tác tuyên truyền", "Tổ chức các lớp học", "Kiểm tra, đánh giá"]),
    # "II. NHIỆM VỤ, GIẢI PHÁP" also holds "4. Các bộ… chủ trì rà soát…", a duty written as a
    # sentence: that one task keeps the heading as its group
    ("national_sentence_leads", ["Hoàn thiện thể chế", "Phát triển hạ tầng và nền tảng số",
                                 "Thông tin, tuyên truyền", "NHIỆM VỤ, GIẢI PHÁP"]),
    # "II. NHIỆM VỤ CỤ THỂ" over its tasks and no sub-section stays the plan's one group
    ("content_label_blocks", ["NHIỆM VỤ CỤ THỂ"]),
])
def test_shapes_are_grouped_by_their_sub_sections_when_the_heading_only_introduces_them(shape, expected):
    groups = _groups(PLANS / "shapes" / f"{shape}.txt")
    assert groups == expected


@pytest.mark.parametrize("seed", ["000", "001", "004"])
def test_the_other_seeds_keep_their_groups(seed):
    # Their task parts are subjects already ("I. CÔNG TÁC THAM MƯU…", "1. Công an tỉnh")
    path = next(PLANS.glob(f"{seed}_*.txt"))
    template = parse_plan(path).to_template(path.name, "sha")
    sections = {t.section for t in template.tasks}
    assert len(_groups(path)) == len({s.split(maxsplit=1)[-1].strip(" .:").casefold() for s in sections})
