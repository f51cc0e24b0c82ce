"""A derivation is asked for with one request object, checked once, the same for preview and create."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xa_planner.services.derivation_request import DerivationRequest
from xa_planner.services.errors import InvalidInput
from xa_planner.services.workspace_service import create_empty

PLANS = Path(__file__).parents[1] / "data" / "plans"
SEED_003 = next(PLANS.glob("003_*.txt"))


@pytest.fixture
def workspace_with_template(tmp_path):
    with create_empty(tmp_path / "w.xaplan", "Vĩnh Thủy", "Quảng Trị") as workspace:
        yield workspace, workspace.templates.import_file(SEED_003).template_id


@pytest.mark.parametrize("year", [1999, 2101])
def test_a_year_out_of_range_is_refused_when_the_request_is_made(year):
    with pytest.raises(InvalidInput, match=f"Năm kế hoạch không hợp lệ: {year}"):
        DerivationRequest(1, year)


def test_a_request_keeps_what_was_asked_when_the_caller_changes_its_own_dicts():
    # Given a request built from the caller's own choices
    choices, wording = {0: True}, {7}
    request = DerivationRequest(1, 2026, choices=choices, commune_wording_for=wording)
    # When the caller goes on changing them
    choices[1] = False
    wording.add(8)
    # Then the request still says what was asked, and cannot be changed itself
    assert dict(request.choices) == {0: True} and request.commune_wording_for == {7}
    with pytest.raises(TypeError):
        request.choices[2] = True  # type: ignore[index]  # proving the mapping is read-only
    with pytest.raises(dataclasses.FrozenInstanceError):
        request.year = 2027  # type: ignore[misc]  # proving the request is frozen


def test_the_preview_and_the_created_plan_agree_for_one_request(workspace_with_template):
    # Given one request turning the suggestion for the first task around and keeping the
    # deadlines the source set in 2025
    workspace, template_id = workspace_with_template
    first = workspace.derivation.draft(template_id, 2026).candidates[0]
    default = workspace.derivation.preview(DerivationRequest(template_id, 2026))
    request = DerivationRequest(
        template_id,
        2026,
        choices={0: not first.include},
        number="12/KH-UBND",
        shift_past_deadlines=False,
    )
    # When the officer previews it and then creates the plan from the same request
    preview = workspace.derivation.preview(request)
    created = workspace.derivation.create_plan(request)
    # Then the created plan is the previewed one: one task more or less, its number, 2025 kept
    assert created.plan_id is not None
    assert [t.content for t in created.plan.tasks] == [t.content for t in preview.plan.tasks]
    assert abs(len(preview.plan.tasks) - len(default.plan.tasks)) == 1
    assert created.plan.number == "12/KH-UBND"
    assert preview.past_deadlines and not created.deadlines_shifted


def test_the_command_line_refuses_a_year_out_of_range_in_one_line(tmp_path):
    # Given a workspace with the provincial plan imported as a template
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / "home" / name.lower())

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "xa_planner", *args],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180,
        )  # fmt: skip

    run("init", "xa.xaplan", "--commune", "Vĩnh Thủy", "--province", "Quảng Trị")
    imported = run("template", "import", "--workspace", "xa.xaplan", str(SEED_003), "--json")
    template_id = str(json.loads(imported.stdout)["id"])
    # When the officer asks for a plan of the year 1999
    done = run(
        "plan", "derive", "--workspace", "xa.xaplan", "--template", template_id, "--year", "1999"
    )
    # Then one line says why and nothing is created
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0 and "1999" in done.stderr
