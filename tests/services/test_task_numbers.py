"""Every task of the plan carries its number (I.1, I.2…) in the order the officer sees, after any edit."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.services.demo_service import create_demo


@pytest.fixture
def workspace(tmp_path):
    with create_demo(
        tmp_path / "plan.xaplan", tasks=20, months=1, today=dt.date(2026, 5, 20)
    ) as opened:
        yield opened


def _refs(workspace) -> list[tuple[str, str]]:
    rows = workspace.plans.plan_rows(workspace.plans.current_plan().id)
    return [(row.section_ref, row.ref) for row in rows]


def _numbered_in_order(refs: list[tuple[str, str]]) -> bool:
    """Each group's tasks read <group>.1, <group>.2, … with no gap and no blank."""
    counts: dict[str, int] = {}
    for group, ref in refs:
        counts[group] = counts.get(group, 0) + 1
        if ref != f"{group}.{counts[group]}":
            return False
    return True


def test_a_task_added_after_the_first_gets_the_next_number_and_the_rest_move_up(workspace):
    # Given the plan's first group, numbered I.1, I.2, …
    plan_id = workspace.plans.current_plan().id
    first = workspace.plans.plan_rows(plan_id)[0]
    # When the officer adds a task after I.1, and another at the end of the group
    added = workspace.editing.add_task(plan_id, first.task_id, "Rà soát hộ khẩu tại thôn Bắc")
    last = workspace.editing.add_task(plan_id, None, "Tổng kết năm", first.section_id)
    # Then the new task reads I.2, the last one closes group I, and no number is blank or repeated
    assert added.ref == "I.2"
    refs = _refs(workspace)
    assert last.ref == f"I.{sum(1 for group, _ in refs if group == 'I')}"
    assert _numbered_in_order(refs)


def test_removing_or_moving_a_task_leaves_no_gap_and_no_number_out_of_order(workspace):
    plan_id = workspace.plans.current_plan().id
    added = workspace.editing.add_task(plan_id, None, "Nhiệm vụ tạm", None)
    rows = workspace.plans.plan_rows(plan_id)
    # When the officer moves the group's first task down, then removes the task added
    workspace.editing.move_task(rows[0].task_id, 1)
    workspace.editing.remove_task(added.task_id)
    # Then the group reads I.1, I.2, … again, the moved task now I.2
    refs = _refs(workspace)
    assert _numbered_in_order(refs)
    moved = next(r for r in workspace.plans.plan_rows(plan_id) if r.task_id == rows[0].task_id)
    assert moved.ref == "I.2"


def test_a_task_restored_after_its_group_was_merged_joins_its_neighbours_group(workspace):
    # Given a task the officer added to group II and then removed, and group II then merged into I
    plan_id = workspace.plans.current_plan().id
    group_one = workspace.plans.plan_rows(plan_id)[0].section_id
    group_two = next(r for r in workspace.plans.plan_rows(plan_id) if r.section_ref == "II")
    added = workspace.editing.add_task(plan_id, group_two.task_id, "Họp giao ban", None)
    workspace.editing.remove_task(added.task_id)
    workspace.editing.merge_section(group_two.section_id, group_one)
    # When the removal is undone: the task comes back after its neighbour, into its old group
    restored = workspace.editing.add_task(plan_id, group_two.task_id, "Họp giao ban", added.section_id)
    # Then it sits in the group its neighbour is in now, numbered in order, never in no group
    assert restored.section_id == group_one
    assert _numbered_in_order(_refs(workspace))
