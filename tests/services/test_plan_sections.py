"""The commune plan's groups edited through the service: rename, reorder, merge, remove, restore."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import InvalidInput


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "plan.xaplan", tasks=20, months=1,
                     today=dt.date(2026, 5, 20)) as opened:
        yield opened


def _rows(workspace):
    return workspace.plans.plan_rows(workspace.plans.current_plan().id)


def _groups(workspace) -> list[tuple[int, str, str]]:
    """(section id, ref, title) of each group in the order the plan lists them."""
    seen: dict[int, tuple[int, str, str]] = {}
    for row in _rows(workspace):
        seen.setdefault(row.section_id, (row.section_id, row.section_ref, row.section_title))
    return list(seen.values())


def _tasks_of(workspace, section_id: int) -> list[int]:
    return [r.task_id for r in _rows(workspace) if r.section_id == section_id]


def test_a_renamed_group_shows_its_new_title_and_the_log_says_old_and_new(workspace):
    # Given the plan's second group
    section_id, _ref, old_title = _groups(workspace)[1]
    # When the officer renames it
    workspace.editing.rename_section(section_id, "  Dịch vụ công   trực tuyến ")
    # Then every task of it shows the new title, and the change log says what changed
    assert _groups(workspace)[1] == (section_id, "II", "Dịch vụ công trực tuyến")
    entry = workspace.maintenance.audit_log(1)[0]
    assert entry.action == "Đổi tên nhóm nhiệm vụ"
    assert f"{old_title} → Dịch vụ công trực tuyến" in entry.detail


def test_a_group_cannot_be_given_an_empty_name(workspace):
    section_id, _ref, title = _groups(workspace)[0]
    with pytest.raises(InvalidInput):
        workspace.editing.rename_section(section_id, "   ")
    assert _groups(workspace)[0][2] == title


def test_a_group_moved_up_takes_its_tasks_along_and_the_numbers_follow_the_order(workspace):
    # Given groups I and II
    first, second = _groups(workspace)[:2]
    moved_tasks = _tasks_of(workspace, second[0])
    # When group II is moved up
    workspace.editing.move_section(second[0], -1)
    # Then it is now group I, its tasks come first numbered I.1…, and the old I is II
    groups = _groups(workspace)
    assert groups[0] == (second[0], "I", second[2]) and groups[1] == (first[0], "II", first[2])
    rows = _rows(workspace)
    assert [r.task_id for r in rows[: len(moved_tasks)]] == moved_tasks
    assert [r.ref for r in rows[:3]] == ["I.1", "I.2", "I.3"]
    assert workspace.maintenance.audit_log(1)[0].action == "Đổi thứ tự nhóm nhiệm vụ"


def test_the_first_group_moved_up_stays_where_it_is(workspace):
    before = _rows(workspace)
    workspace.editing.move_section(_groups(workspace)[0][0], -1)
    assert _rows(workspace) == before


def test_a_merged_group_adds_its_tasks_after_the_target_groups_and_disappears(workspace):
    # Given groups I, II, III…
    groups = _groups(workspace)
    into, merged = groups[0], groups[1]
    kept, moved = _tasks_of(workspace, into[0]), _tasks_of(workspace, merged[0])
    # When group II is merged into group I
    workspace.editing.merge_section(merged[0], into[0])
    # Then group I holds its own tasks then II's, II is gone and III is now numbered II
    assert _tasks_of(workspace, into[0]) == kept + moved
    after = _groups(workspace)
    assert merged[0] not in [g[0] for g in after]
    assert after[1] == (groups[2][0], "II", groups[2][2])
    assert [r.ref for r in _rows(workspace) if r.section_id == into[0]][-1] == f"I.{len(kept + moved)}"
    entry = workspace.maintenance.audit_log(1)[0]
    assert entry.action == "Gộp nhóm nhiệm vụ" and f"{merged[2]} → {into[2]}" in entry.detail


def test_a_group_with_tasks_is_only_removed_once_a_group_for_its_tasks_is_chosen(workspace):
    groups = _groups(workspace)
    with pytest.raises(InvalidInput):
        workspace.editing.remove_section(groups[0][0], None)
    assert _groups(workspace) == groups


def test_a_removed_groups_tasks_go_to_the_chosen_group_and_none_is_lost(workspace):
    # Given the first and the last group
    groups = _groups(workspace)
    removed, chosen = groups[0], groups[-1]
    count = len(_rows(workspace))
    moved = _tasks_of(workspace, removed[0])
    # When the first group is deleted, its tasks going to the last group
    workspace.editing.remove_section(removed[0], chosen[0])
    # Then every task is still in the plan, the moved ones at the end of the chosen group
    assert len(_rows(workspace)) == count
    assert _tasks_of(workspace, chosen[0])[-len(moved):] == moved
    assert _groups(workspace)[0][1:] == ("I", groups[1][2])
    assert workspace.maintenance.audit_log(1)[0].action == "Xóa nhóm nhiệm vụ"


def test_a_group_cannot_be_merged_into_itself(workspace):
    section_id = _groups(workspace)[0][0]
    with pytest.raises(InvalidInput):
        workspace.editing.merge_section(section_id, section_id)


def test_restoring_a_merged_group_gives_back_the_plan_as_it_was(workspace):
    # Given a plan whose group II was merged into group IV
    before = _rows(workspace)
    groups = _groups(workspace)
    snapshot = workspace.editing.merge_section(groups[1][0], groups[3][0])
    # When the merge is undone
    new_id = workspace.editing.restore_section(snapshot)
    # Then the tasks, their numbers, groups and order are those of before (the group has a new id)
    after = _rows(workspace)
    def key(row, section_id):
        return (row.task_id, row.ref, row.section_ref, row.section_title, section_id)
    assert [key(r, new_id if r.section_id == groups[1][0] else r.section_id) for r in before] == [
        key(r, r.section_id) for r in after]
    assert workspace.maintenance.audit_log(1)[0].action == "Khôi phục nhóm nhiệm vụ"
