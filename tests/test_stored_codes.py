"""Codes became enums, but the strings the database, JSON files and CLI output hold are unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.completeness import TaskFlag
from xa_planner.domain.derivation import RelevanceCode
from xa_planner.domain.doubts import Doubt
from xa_planner.domain.template_diff import ChangeKind
from xa_planner.domain.timeframes import Recurrence
from xa_planner.domain.unit_mapping import MappingCode, SuggestionKind, UnitRole
from xa_planner.domain.units import UnitLevel

SEED_003 = next((Path(__file__).parent / "data" / "plans").glob("003_*.txt"))

# The values as they were stored and printed before the enums: never to be renamed.
STORED_VALUES = {
    TaskFlag: {"no_lead", "no_due", "no_product", "lead_to_confirm"},
    Recurrence: {"monthly", "quarterly", "yearly", "continuous", "event"},
    Doubt: {
        "label_guessed", "no_lead", "timeframe_not_understood", "unit_not_recognised",
        "target_unclear", "unit_renamed",
    },
    ChangeKind: {"added", "removed", "reworded"},  # audit actions "plan.added"…
    AuditAction: {
        "workspace.create", "workspace.demo", "workspace.restore", "profile.save", "office.add",
        "office.update", "office.move", "template.import", "plan.derive", "plan.text",
        "section.add", "section.rename", "section.move", "section.merge", "section.remove",
        "section.restore", "task.add", "task.update", "task.bulk_update", "task.move",
        "task.remove", "progress.set", "period.lock", "period.reopen", "indicator.set",
        "indicator.add", "plan.follow_template", "plan.reworded", "plan.added", "plan.removed",
        "report.text", "report.sent", "sheets.export", "sheets.import",
    },
    RelevanceCode: {
        "commune_leads", "provincial_only", "police_cascade", "content_cascades",
        "commune_supports", "commune_field", "no_commune_role",
    },
    MappingCode: {
        "remembered", "same_name", "table", "context", "commune_default", "collective",
        "no_counterpart", "role_missing", "unknown",
    },
    SuggestionKind: {"office", "commune", "collective", "unmapped"},
    UnitLevel: {"central", "province", "commune", "group"},
    UnitRole: {
        "police", "office", "centre", "office_or_centre", "economy", "culture_social", "military",
        "health_station", "schools", "front", "youth", "women", "farmers", "veterans",
        "villages", "working_group", "commune", "collective", "none",
    },
}  # fmt: skip


def test_every_code_keeps_the_string_it_was_stored_under():
    for enum_type, values in STORED_VALUES.items():
        assert {member.value for member in enum_type} == values, enum_type.__name__


def test_codes_are_written_to_json_as_their_plain_strings():
    payload = {"flags": [TaskFlag.NO_LEAD], "recurrence": Recurrence.MONTHLY}
    assert json.dumps(payload) == '{"flags": ["no_lead"], "recurrence": "monthly"}'
    assert f"plan.{ChangeKind.ADDED}" == "plan.added"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / "home" / name.lower())
    command = [sys.executable, "-m", "xa_planner", *args]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return done


def test_a_derived_plan_prints_and_stores_the_same_codes_as_before(tmp_path):
    # Given a workspace with a seed plan imported through the CLI
    _run(tmp_path, "init", "xa.xaplan", "--commune", "Vĩnh Thủy", "--province", "Quảng Trị")
    imported = _run(tmp_path, "template", "import", "--workspace", "xa.xaplan", str(SEED_003), "--json")
    template_id = str(json.loads(imported.stdout)["id"])

    # When the commune plan is derived, stored and printed as JSON
    derive = ("plan", "derive", "--workspace", "xa.xaplan", "--template", template_id)
    payload = json.loads(_run(tmp_path, *derive, "--year", "2026", "--json").stdout)

    # Then its tasks' recurrences (read back from the database) and its flags are the old strings
    recurrences = {task["recurrence"] for task in payload["tasks"]} - {None}
    flags = {code for codes in payload["flags"].values() for code in codes}
    assert recurrences and recurrences <= STORED_VALUES[Recurrence]
    assert flags and flags <= STORED_VALUES[TaskFlag]
