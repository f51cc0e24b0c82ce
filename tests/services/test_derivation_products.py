"""Products named by the province's tasks reach the commune plan's "Kết quả/sản phẩm" column."""

from __future__ import annotations

from pathlib import Path

from xa_planner.domain.task_products import named_product
from xa_planner.services.derivation_request import DerivationRequest
from xa_planner.services.workspace_service import create_empty

PLANS = Path(__file__).parents[1] / "data" / "plans"


def test_the_plan_derived_from_seed_003_carries_the_products_its_tasks_name(tmp_path):
    with create_empty(tmp_path / "w.xaplan", "Vĩnh Thủy", "Quảng Trị") as workspace:
        template_id = workspace.templates.import_file(next(PLANS.glob("003_*.txt"))).template_id
        template = workspace.templates.template(template_id)
        every_task = dict.fromkeys(range(len(template.tasks)), True)

        plan_id = workspace.derivation.create_plan(
            DerivationRequest(template_id, 2026, choices=every_task)
        ).plan_id
        rows = workspace.plans.plan_rows(plan_id)

    by_ref = {t.ref: t for t in template.tasks}
    named = [r for r in rows if named_product(by_ref[r.source_ref].content)]
    assert len(named) >= 3  # drafted plans, programmes, procedures of the Vĩnh Long plan
    assert all(r.products for r in named)
    offers = next(r for r in rows if "Kế hoạch hỗ trợ, ưu đãi" in by_ref[r.source_ref].content)
    assert offers.products.startswith("Kế hoạch hỗ trợ, ưu đãi")
    assert all(not r.products for r in rows if r not in named)  # nothing made up
