"""Editing the commune plan through the service, on a real workspace file."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import ConflictError, InvalidInput
from xa_planner.services.plan_editing_service import TaskChanges


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "plan.xaplan", tasks=20, months=1,
                     today=dt.date(2026, 5, 20)) as opened:
        yield opened


def _rows(workspace):
    return workspace.plans.plan_rows(workspace.plans.current_plan().id)


def test_changing_the_lead_office_is_stored_and_audited_with_old_and_new(workspace):
    row = _rows(workspace)[0]
    target = next(o for o in workspace.commune.offices() if o.id != row.lead_office_id)
    updated = workspace.editing.update_task(
        row.task_id, TaskChanges(lead_office_id=target.id), row.version)
    assert updated.lead_office == target.short_name
    assert _rows(workspace)[0].lead_office == target.short_name
    entry = workspace.maintenance.audit_log(1)[0]
    assert entry.action == "Sửa nhiệm vụ" and entry.entity_id == row.task_id
    assert f"{row.lead_office} → {target.short_name}" in entry.detail


def test_an_edit_from_a_stale_copy_is_refused_and_the_first_edit_stands(workspace):
    row = _rows(workspace)[0]
    workspace.editing.update_task(row.task_id, TaskChanges(products="Báo cáo quý"), row.version)
    with pytest.raises(ConflictError):
        workspace.editing.update_task(row.task_id, TaskChanges(products="Khác"), row.version)
    assert _rows(workspace)[0].products == "Báo cáo quý"


def test_the_lead_office_is_never_also_a_coordinating_office(workspace):
    row = _rows(workspace)[0]
    offices = [o.id for o in workspace.commune.offices()[:3]]
    updated = workspace.editing.update_task(
        row.task_id, TaskChanges(lead_office_id=offices[0], support_office_ids=offices))
    assert updated.support_office_ids == tuple(offices[1:])


def test_bulk_assignment_changes_every_selected_task_in_one_go(workspace):
    rows = _rows(workspace)[:5]
    office = workspace.commune.offices()[4]
    workspace.editing.bulk_assign(_seen(rows), TaskChanges(lead_office_id=office.id))
    assert {r.lead_office for r in _rows(workspace)[:5]} == {office.short_name}


def _seen(rows) -> dict[int, int]:
    return {r.task_id: r.version for r in rows}


def test_a_bulk_assignment_over_a_task_changed_meanwhile_changes_nothing(workspace):
    # Given PC 1 read five tasks, and PC 2 then changed the third one
    shown = _rows(workspace)[:5]
    workspace.editing.update_task(shown[2].task_id, TaskChanges(products="Sổ theo dõi"), shown[2].version)
    after_pc2 = _rows(workspace)
    # When PC 1 assigns all five to another office from its old copy
    office = workspace.commune.offices()[4]
    with pytest.raises(ConflictError):
        workspace.editing.bulk_assign(_seen(shown), TaskChanges(lead_office_id=office.id))
    # Then nothing is overwritten: PC 2's change stands and no task moved
    assert _rows(workspace) == after_pc2


def test_a_bulk_assignment_to_an_unknown_office_changes_nothing(workspace):
    before = _rows(workspace)
    with pytest.raises(InvalidInput):
        workspace.editing.bulk_assign(_seen(before[:3]), TaskChanges(lead_office_id=99_999))
    assert _rows(workspace) == before


def test_a_commune_only_task_is_added_after_the_chosen_task_in_its_section(workspace):
    first = _rows(workspace)[0]
    plan_id = workspace.plans.current_plan().id
    added = workspace.editing.add_task(plan_id, first.task_id, "Rà soát hộ nghèo trên VNeID")
    rows = _rows(workspace)
    assert rows[1].task_id == added.task_id
    assert rows[1].section_ref == first.section_ref


def test_a_task_with_reported_progress_cannot_be_removed(workspace):
    row = _rows(workspace)[0]
    with pytest.raises(InvalidInput):
        workspace.editing.remove_task(row.task_id)
    assert _rows(workspace)[0].task_id == row.task_id


def test_moving_a_task_down_swaps_it_with_the_next(workspace):
    first, second = _rows(workspace)[:2]
    workspace.editing.move_task(first.task_id, +1)
    assert [r.task_id for r in _rows(workspace)[:2]] == [second.task_id, first.task_id]


def test_text_is_stored_in_nfc_whatever_the_keyboard_sent(workspace):
    row = _rows(workspace)[0]
    decomposed = "Thu\u0309y"  # "Thủy" typed with a combining hook
    updated = workspace.editing.update_task(row.task_id, TaskChanges(products=decomposed))
    assert updated.products == "Thủy"


def test_a_bulk_assignment_is_preceded_by_a_safety_backup(workspace):
    rows = _rows(workspace)[:3]
    workspace.editing.bulk_assign(_seen(rows), TaskChanges(responsible_person="Trần Văn Bình"))
    kinds = [b.kind for b in workspace.maintenance.backups()]
    assert "before-bulk" in kinds


def test_the_audit_log_says_in_words_who_changed_what_from_what_to_what(workspace):
    row = _rows(workspace)[0]
    office = next(o for o in workspace.commune.offices() if o.id != row.lead_office_id)
    workspace.editing.update_task(row.task_id, TaskChanges(lead_office_id=office.id))
    entry = workspace.maintenance.audit_log(1)[0]
    assert entry.action == "Sửa nhiệm vụ" and entry.entity == f"nhiệm vụ {row.ref}"
    assert entry.detail == f"đơn vị chủ trì: {row.lead_office} → {office.short_name}"
