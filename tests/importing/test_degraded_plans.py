"""Damaged copies of the clean seeds (no diacritics, OCR look-alikes, broken lines) give the same tasks."""

from __future__ import annotations

import pytest

from xa_planner.importing import parse_plan_bytes

from .conftest import parsed_seed
from .plan_degrader import break_lines, ocr_damage, strip_diacritics
from .seed_expectations import expected_tasks

DAMAGES = {
    "no_diacritics": strip_diacritics,
    "ocr_lookalikes": ocr_damage,
    "broken_lines": break_lines,
    "all_at_once": lambda text: break_lines(ocr_damage(text, rate=0.25, seed=11)),
}


def _lead_sets(plan) -> list[frozenset[str]]:
    return [frozenset(task.lead) for task in plan.tasks]


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("stem", ["003", "004"])
def test_degraded_copy_gives_the_same_tasks_and_leads(stem, damage, seed_text):
    damaged = DAMAGES[damage](seed_text(stem))
    plan = parse_plan_bytes(damaged.encode("utf-8"), f"{stem}_{damage}.txt")
    assert _lead_sets(plan) == [leads for _ref, leads in expected_tasks(stem)]


@pytest.mark.parametrize("damage", ["no_diacritics", "ocr_lookalikes"])
def test_degraded_appendix_table_gives_the_same_tasks_and_leads(damage, seed_text):
    damaged = DAMAGES[damage](seed_text("001"))
    plan = parse_plan_bytes(damaged.encode("utf-8"), f"001_{damage}.txt")
    assert _lead_sets(plan) == [leads for _ref, leads in expected_tasks("001")]


def test_rewrapped_ocr_plan_gives_the_same_tasks(seed_text):
    plan = parse_plan_bytes(break_lines(seed_text("000"), width=50).encode("utf-8"), "000_narrow.txt")
    assert _lead_sets(plan) == [leads for _ref, leads in expected_tasks("000")]


@pytest.mark.parametrize("stem", ["003", "004"])
def test_degraded_copy_keeps_the_time_frames(stem, seed_text):
    clean = parsed_seed(stem)
    damaged = parse_plan_bytes(ocr_damage(seed_text(stem)).encode("utf-8"), "damaged.txt")
    clean_frames = [(t.due, t.recurrence) for t in clean.tasks]
    damaged_frames = [(t.due, t.recurrence) for t in damaged.tasks]
    agreeing = sum(a == b for a, b in zip(clean_frames, damaged_frames, strict=True))
    assert agreeing >= 0.9 * len(clean_frames)


def test_stripped_diacritics_are_flagged_only_where_labels_were_guessed(seed_text):
    plan = parse_plan_bytes(strip_diacritics(seed_text("003")).encode("utf-8"), "plain.txt")
    assert all("label_guessed" not in t.doubts for t in plan.tasks)  # folded labels match exactly
