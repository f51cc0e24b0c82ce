"""The derivation service offers a commune wording for tasks in the province's voice, taken on request."""

from __future__ import annotations

from pathlib import Path

from xa_planner.services.derivation_request import DerivationRequest
from xa_planner.services.workspace_service import create_empty

PLANS = Path(__file__).parents[1] / "data" / "plans"


def test_wordings_are_offered_and_only_the_accepted_ones_are_used(tmp_path):
    with create_empty(tmp_path / "w.xaplan", "Vĩnh Thủy", "Quảng Trị") as workspace:
        template_id = workspace.templates.import_file(next(PLANS.glob("003_*.txt"))).template_id
        offered = workspace.derivation.preview(DerivationRequest(template_id, 2026))
        accepted = next(iter(offered.wordings))

        taken = workspace.derivation.preview(
            DerivationRequest(template_id, 2026, commune_wording_for={accepted})
        )

    assert len(offered.wordings) >= 3
    assert all(w.text != w.original and w.phrases for w in offered.wordings.values())
    content = {t.source_task_id: t.content for t in taken.plan.tasks}
    assert content[accepted] == offered.wordings[accepted].text
    untouched = [i for i in offered.wordings if i != accepted]
    assert all(content[i] == offered.wordings[i].original for i in untouched)
    assert all(t.content == offered.wordings[t.source_task_id].original for t in offered.plan.tasks if t.source_task_id in offered.wordings)
