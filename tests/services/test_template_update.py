"""Following an amended provincial plan: see each change, take the chosen ones."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from xa_planner.domain.periods import Period
from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.services.demo_service import create_demo


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "u.xaplan", tasks=12, months=0,
                     today=dt.date(2026, 2, 1)) as opened:
        yield opened


def _amend(workspace):
    """Version 2 of the province's plan: task 0 reworded, task 1 dropped, one task added."""
    old = workspace.templates.template(workspace.templates.templates()[0].id)
    tasks = list(old.tasks)
    tasks[0] = dataclasses.replace(tasks[0], id=None,
                                   content=tasks[0].content + " và báo cáo kết quả hằng quý")
    del tasks[1]
    tasks.append(TemplateTask(ref="VI.9", section=old.tasks[0].section, lead=("Công an tỉnh",),
                              content="Triển khai định danh điện tử cho người nước ngoài cư trú",
                              timeframe="Quý III/2026"))
    tasks = [dataclasses.replace(t, id=None) for t in tasks]
    amended = dataclasses.replace(old, id=None, title=old.title + " (sửa đổi)",
                                  source_sha256="v2", tasks=tuple(tasks))
    return old, workspace.templates.save_template(amended)


def test_the_changes_list_names_the_reworded_removed_and_added_tasks(workspace):
    old, new_id = _amend(workspace)
    plan_id = workspace.plans.current_plan().id
    changes = {c.kind: c for c in workspace.template_updates.changes(plan_id, new_id)}
    assert set(changes) == {"reworded", "removed", "added"}
    assert changes["reworded"].old_text == old.tasks[0].content
    assert changes["reworded"].plan_task_id is not None
    assert changes["added"].new_text.startswith("Triển khai định danh điện tử")


def test_taking_the_changes_updates_the_commune_plan_and_follows_the_new_version(workspace):
    old, new_id = _amend(workspace)
    plan_id = workspace.plans.current_plan().id
    before = workspace.plans.plan_rows(plan_id)
    changes = workspace.template_updates.changes(plan_id, new_id)
    summary = workspace.template_updates.apply(plan_id, new_id, [c.key for c in changes])
    after = workspace.plans.plan_rows(plan_id)
    assert (summary.reworded, summary.added, summary.removed) == (1, 1, 1)
    assert len(after) == len(before)
    assert after[0].content.endswith("báo cáo kết quả hằng quý")
    added = next(r for r in after if r.content.startswith("Triển khai định danh điện tử"))
    assert added.lead_office == "Công an xã" and added.due == dt.date(2026, 9, 30)
    assert workspace.template_updates.changes(plan_id, new_id) == []


def test_a_removed_task_with_reported_progress_is_kept(workspace):
    _old, new_id = _amend(workspace)
    plan_id = workspace.plans.current_plan().id
    second = workspace.plans.plan_rows(plan_id)[1]
    workspace.tracking.set_progress(second.task_id, Period(2026, 2), ProgressStatus.IN_PROGRESS)
    removed = [c for c in workspace.template_updates.changes(plan_id, new_id) if c.kind == "removed"]
    summary = workspace.template_updates.apply(plan_id, new_id, [c.key for c in removed])
    assert summary.removed == 0 and len(summary.kept) == 1
    assert any(r.task_id == second.task_id for r in workspace.plans.plan_rows(plan_id))
