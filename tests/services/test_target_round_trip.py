"""A task's numeric target keeps every field wherever it goes: JSON, the workspace, the derived plan."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xa_planner.domain.periods import Period
from xa_planner.domain.plans import Target, Template, TemplateTask
from xa_planner.domain.target_json import target_from_json, target_to_json, targets_to_json
from xa_planner.importing import parse_plan_bytes
from xa_planner.services.derivation_request import DerivationRequest
from xa_planner.services.workspace_service import open_workspace

# One strategy per field of Target: a field added without one fails here, not in the field.
_FIELD_VALUES = {
    "text": st.text(max_size=40),
    "value": st.none() | st.floats(allow_nan=False, allow_infinity=False),
    "unit": st.sampled_from(["", "%", "hồ sơ", "người"]),
    "measures": st.text(max_size=40),
    "direction": st.sampled_from([">=", "<="]),
}
TARGETS = st.builds(
    Target, **{f.name: _FIELD_VALUES[f.name] for f in dataclasses.fields(Target)}
)

AT_MOST_PLAN = (
    "KẾ HOẠCH\nII. NHIỆM VỤ\n"
    "1. Giải quyết thủ tục hành chính đúng hạn, tỷ lệ hồ sơ trễ hạn không quá 5%.\n"
    "- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n"
)


@pytest.fixture
def workspace(tmp_path):
    with open_workspace(tmp_path / "xa.xaplan", create=True, user="canbo") as opened:
        yield opened


@given(TARGETS)
def test_every_field_of_a_target_survives_its_json_form(target):
    # Given any target; When it is written as JSON text and read back
    back = target_from_json(json.loads(json.dumps(target_to_json(target))))
    # Then it is the same target
    assert back == target


def test_a_target_stored_before_it_had_a_direction_reads_as_at_least():
    stored = {"text": "81% công dân", "value": 81, "unit": "%", "measures": "công dân"}
    assert target_from_json(stored) == Target("81% công dân", 81.0, "%", "công dân", ">=")


def test_a_value_that_is_not_a_number_is_refused_not_guessed():
    with pytest.raises(ValueError):
        target_from_json({"text": "x", "value": "81%"})


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TARGETS, max_size=3).map(tuple))
def test_targets_saved_with_a_provincial_plan_come_back_whole(workspace, targets):
    # Given a provincial plan whose task carries the targets
    task = TemplateTask(ref="1", content="Nhiệm vụ", targets=targets)
    # When it is saved in the workspace and read back
    template_id = workspace.templates.save_template(Template(id=None, title="KH", tasks=(task,)))
    back = workspace.templates.template(template_id)
    # Then the task has the very same targets
    assert back.tasks[0].targets == targets


def test_an_at_most_target_keeps_its_direction_from_the_parse_to_the_derived_indicator(workspace):
    # Given a provincial plan asking that at most 5% of files be late
    parsed = parse_plan_bytes(AT_MOST_PLAN.encode(), "ke_hoach.txt")
    # When it is read as JSON (`xa-planner parse --json`)
    json_targets = parsed.to_json_dict()["tasks"][0]["targets"]
    # Then the JSON says "at most", as the importer read it
    assert json_targets == targets_to_json(parsed.tasks[0].targets)
    assert [t["direction"] for t in json_targets] == ["<="]
    # And when the plan is imported and a commune plan derived from it
    template_id = workspace.templates.save_template(parsed.to_template("ke_hoach.txt", "ab" * 32))
    plan_id = workspace.derivation.create_plan(DerivationRequest(template_id, 2026)).plan_id
    # Then the tracked indicator is an "at most" one, and the plan table shows the target
    indicators = workspace.indicators.indicator_rows(plan_id, Period(2026, 6))
    assert [(r.indicator.direction, r.indicator.assigned_level) for r in indicators] == [("<=", 5.0)]
    assert "không quá 5%" in workspace.plans.plan_rows(plan_id)[0].targets
