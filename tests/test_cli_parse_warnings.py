"""`xa-planner parse` tells what the reading noticed: on stderr beside the plan, in --json as a field."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli import EXIT_OK, run  # noqa: F401

PLANS = Path(__file__).parent / "data" / "plans"
SEED_004 = next(PLANS.glob("004_*.txt"))  # repeated numbers, 29 tasks with no lead office
SEED_003 = next(PLANS.glob("003_*.txt"))  # read cleanly
NO_LEAD = "29 nhiệm vụ chưa có cơ quan chủ trì."
REPEATED = "Số thứ tự bị lặp lại trong kế hoạch: IV.11.-1, IV.6.-1, IV.6.-2; hãy kiểm tra các nhiệm vụ này."


def test_parse_warns_on_stderr_and_keeps_the_plan_alone_on_stdout(run):  # noqa: F811
    done = run("parse", str(SEED_004))
    assert done.returncode == EXIT_OK
    assert done.stderr.splitlines() == [f"xa-planner: {REPEATED}", f"xa-planner: {NO_LEAD}"]
    assert "67 nhiệm vụ:" in done.stdout and NO_LEAD not in done.stdout


def test_parse_json_carries_the_warnings_as_sentences(run):  # noqa: F811
    done = run("parse", str(SEED_004), "--json")
    payload = json.loads(done.stdout)
    assert payload["warnings"] == [REPEATED, NO_LEAD]
    assert len(payload["tasks"]) == 67 and done.stderr == ""


def test_a_plan_read_cleanly_has_no_warning(run):  # noqa: F811
    done = run("parse", str(SEED_003), "--json")
    assert json.loads(done.stdout)["warnings"] == [] and done.stderr == ""
    assert run("parse", str(SEED_003)).stderr == ""


def test_template_import_warns_too_and_a_second_import_reads_nothing_again(run, tmp_path):  # noqa: F811
    workspace = tmp_path / "w.xaplan"
    assert run("init", str(workspace), "--commune", "Vĩnh Thủy").returncode == EXIT_OK
    first = run("template", "import", "--workspace", str(workspace), str(SEED_004))
    assert first.returncode == EXIT_OK and first.stdout.strip().isdigit()
    assert first.stderr.splitlines() == [f"xa-planner: {REPEATED}", f"xa-planner: {NO_LEAD}"]
    again = run("template", "import", "--workspace", str(workspace), str(SEED_004), "--json")
    assert json.loads(again.stdout)["warnings"] == [] and again.stderr == ""
