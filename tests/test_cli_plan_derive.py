"""`plan derive --year`: deadlines the source set before the plan's year, moved or kept, said on stderr."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEED_003 = next((Path(__file__).parent / "data" / "plans").glob("003_*.txt"))  # Sept–Dec 2025


@pytest.fixture
def run(tmp_path):
    """Run ``python -m xa_planner …`` in tmp_path with its own (empty) user folders."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / "home" / name.lower())

    def _run(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, "-m", "xa_planner", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
        return done

    return _run


@pytest.fixture
def derive(run):
    """A workspace with seed 003 imported; returns a function deriving a plan from it."""
    assert run("init", "xa.xaplan", "--commune", "Vĩnh Thủy", "--province", "Quảng Trị").returncode == 0
    imported = run("template", "import", "--workspace", "xa.xaplan", str(SEED_003), "--json")
    template_id = str(json.loads(imported.stdout)["id"])

    def _derive(*options: str) -> tuple[subprocess.CompletedProcess, dict | None]:
        done = run("plan", "derive", "--workspace", "xa.xaplan", "--template", template_id, "--json", *options)
        return done, json.loads(done.stdout) if done.returncode == 0 else None

    return _derive


def _dues(payload: dict) -> dict[str, dt.date]:
    return {t["ref"]: dt.date.fromisoformat(t["due"]) for t in payload["tasks"] if t["due"]}


def test_by_default_deadlines_before_the_plan_year_move_to_the_same_day_of_it(derive):
    done, payload = derive("--year", "2026")

    assert done.returncode == 0, done.stderr
    past = payload["past_deadlines"]
    assert past and payload["past_deadlines_moved"] is True
    dues = _dues(payload)
    assert min(dues.values()) >= dt.date(2026, 1, 1)  # nothing overdue on creation
    for entry in past:
        was, now = dt.date.fromisoformat(entry["due"]), dt.date.fromisoformat(entry["moved_to"])
        assert (was.year, now.year, now.month, now.day) == (2025, 2026, was.month, was.day)
        assert dues[entry["ref"]] == now
    line = done.stderr.strip()
    assert line.startswith(f"xa-planner: Đã dời {len(past)} thời hạn trước năm 2026")
    assert all(entry["ref"] in line for entry in past)


def test_the_printed_time_frame_of_a_moved_task_says_the_plan_year(derive):
    _, payload = derive("--year", "2026")

    moved = {entry["ref"] for entry in payload["past_deadlines"]}
    frames = [t["timeframe"] for t in payload["tasks"] if t["ref"] in moved and t["timeframe"]]
    assert frames and all("2025" not in frame for frame in frames)
    assert any("2026" in frame for frame in frames)


def test_keep_past_deadlines_keeps_them_and_says_they_are_overdue(derive):
    done, payload = derive("--year", "2026", "--keep-past-deadlines")

    assert done.returncode == 0, done.stderr
    assert payload["past_deadlines_moved"] is False
    dues = _dues(payload)
    kept = {entry["ref"]: dt.date.fromisoformat(entry["due"]) for entry in payload["past_deadlines"]}
    assert kept and all(dues[ref] == due and due.year == 2025 for ref, due in kept.items())
    assert "Giữ nguyên" in done.stderr and "quá hạn" in done.stderr


def test_a_plan_for_the_sources_own_year_has_nothing_to_move_and_says_nothing(derive):
    done, payload = derive("--year", "2025", "--shift-past-deadlines")

    assert done.returncode == 0, done.stderr
    assert payload["past_deadlines"] == [] and done.stderr == ""
    assert min(_dues(payload).values()).year == 2025


def test_moving_and_keeping_at_once_is_a_usage_error(derive):
    done, _ = derive("--year", "2026", "--shift-past-deadlines", "--keep-past-deadlines")

    assert done.returncode == 2
    assert done.stderr.startswith("xa-planner: ") and len(done.stderr.strip().splitlines()) == 1


def test_tasks_in_the_provinces_voice_are_listed_with_a_commune_wording(derive):
    _, payload = derive("--year", "2026")

    voiced = payload["province_voice"]
    content = {t["ref"]: t["content"] for t in payload["tasks"]}
    assert voiced and all(entry["ref"] in content for entry in voiced)
    for entry in voiced:
        assert all(phrase in content[entry["ref"]] for phrase in entry["phrases"])  # kept as written
        assert not any(phrase in entry["suggested"] for phrase in entry["phrases"])


def test_a_plan_misread_by_ocr_is_warned_about_on_stderr(run):
    ocr_seed = next(SEED_003.parent.glob("000_*.txt"))
    assert run("init", "ocr.xaplan", "--commune", "Vĩnh Thủy").returncode == 0
    template_id = json.loads(run("template", "import", "--workspace", "ocr.xaplan", str(ocr_seed), "--json").stdout)["id"]

    done = run("plan", "derive", "--workspace", "ocr.xaplan", "--template", str(template_id), "--year", "2026", "--json")

    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert {t["ref"] for t in payload["tasks"]} <= set(payload["misread"])
    lines = done.stderr.strip().splitlines()
    assert any("Tên kế hoạch của tỉnh" in line and "nhận dạng chữ" in line for line in lines)
    assert any(f"ở {len(payload['misread'])} mục hoặc nhiệm vụ" in line for line in lines)
