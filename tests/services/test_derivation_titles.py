"""The title the derivation wizard proposes for every seed plan, as the officer meets it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from xa_planner.domain.plan_titles import province_of
from xa_planner.services.derivation_request import DerivationRequest
from xa_planner.services.derivation_service import commune_title
from xa_planner.services.workspace_service import create_empty

PLANS = Path(__file__).parents[1] / "data" / "plans"
SEEDS = sorted(PLANS.glob("00*_*.txt"))


@pytest.fixture
def workspace(tmp_path):
    workspace = create_empty(tmp_path / "titles.xaplan", "Vĩnh Thủy", "Quảng Trị")
    yield workspace
    workspace.close()


def _draft(workspace, seed: Path, year: int = 2026):
    template_id = workspace.templates.import_file(seed).template_id
    return workspace.templates.template(template_id), workspace.derivation.draft(template_id, year)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_every_seed_gives_a_title_of_the_commune_for_the_plans_year(workspace, seed):
    template, draft = _draft(workspace, seed)

    title = draft.default_title
    quoted = re.search(r"[“\"][^”\"]+[”\"]", template.title)
    assert quoted and quoted.group(0) in title  # the Đề án's name, "tầm nhìn đến năm 2030" too
    assert title.count("trên địa bàn") == 1 and title.count("Vĩnh Thủy") == 1
    assert title.endswith("trên địa bàn xã Vĩnh Thủy năm 2026")
    province = province_of(template.issuer)  # none for seed 001, itself a commune's plan
    assert not province or province.casefold() not in title.casefold()


def test_the_vinh_long_seed_keeps_2030_and_drops_its_four_months(workspace):
    _, draft = _draft(workspace, next(PLANS.glob("003_*.txt")))

    assert "tầm nhìn đến năm 2030”" in draft.default_title
    assert "04 tháng cuối" not in draft.default_title
    assert draft.title_warnings == ()


def test_a_title_misread_by_ocr_comes_with_a_warning_to_show(workspace):
    template, draft = _draft(workspace, next(PLANS.glob("000_*.txt")))

    assert len(draft.title_warnings) == 1
    assert "nhận dạng chữ" in draft.title_warnings[0]
    assert "Pong Thap" in template.title and "Pong Thap" not in draft.default_title


def test_tasks_and_headings_misread_by_ocr_are_listed_for_the_preview(workspace):
    ocr_id = workspace.templates.import_file(next(PLANS.glob("000_*.txt"))).template_id
    clean_id = workspace.templates.import_file(next(PLANS.glob("003_*.txt"))).template_id

    ocr = workspace.derivation.preview(DerivationRequest(ocr_id, 2026))
    clean = workspace.derivation.preview(DerivationRequest(clean_id, 2026))

    task_refs = {t.ref for t in ocr.plan.tasks}
    assert task_refs <= set(ocr.misread)  # every task of the misread plan
    assert any(ref in ocr.misread for ref in (s.ref for s in ocr.plan.sections))
    assert clean.misread == ()


def test_the_title_helper_takes_plain_values_as_the_wizard_does():
    source = (
        "Triển khai thực hiện nhiệm vụ Đề án “Phát triển ứng dụng dữ liệu về dân cư, giai đoạn 2022 - 2025 "
        "tầm nhìn đến năm 2030” trên địa bàn tỉnh Vĩnh Long 04 tháng cuối năm 2025"
    )

    title = commune_title(source, "Đông Hà", "Vĩnh Long", 2026, unit_kind="phường")

    assert title == (
        "Triển khai thực hiện nhiệm vụ Đề án “Phát triển ứng dụng dữ liệu về dân cư, giai đoạn 2022 - 2025 "
        "tầm nhìn đến năm 2030” trên địa bàn phường Đông Hà năm 2026"
    )
