"""Every action a service writes to the audit log is an AuditAction the log can put in words."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.services import audit_labels
from xa_planner.services.demo_service import create_demo
from xa_planner.services.plan_editing_service import TaskChanges

SERVICES = Path(audit_labels.__file__).parent


def test_every_audit_action_has_its_own_words_and_no_label_is_left_without_an_action(vietnamese):
    assert set(audit_labels.ACTIONS) == set(AuditAction)
    words = {audit_labels.action_label(action.value) for action in AuditAction}
    assert len(words) == len(AuditAction) and not words & {a.value for a in AuditAction}


def _recorded_actions(path: Path) -> list[ast.expr]:
    calls = [n for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Call)]
    return [
        call.args[1]
        for call in calls
        if isinstance(call.func, ast.Attribute) and call.func.attr == "record" and len(call.args) > 1
    ]


def test_no_service_writes_an_action_as_a_bare_string():
    actions = [(path.name, arg) for path in SERVICES.glob("*.py") for arg in _recorded_actions(path)]
    assert len(actions) > 30  # the scan sees the services' record calls
    bare = [name for name, arg in actions if isinstance(arg, ast.Constant | ast.JoinedStr)]
    assert bare == []
    named = {arg.attr for _name, arg in actions if isinstance(arg, ast.Attribute)}
    assert named <= set(AuditAction.__members__)


def test_the_change_log_names_what_a_task_edit_and_a_bulk_assignment_did(vietnamese, tmp_path):
    # Given a demo commune's plan
    with create_demo(tmp_path / "log.xaplan", tasks=10, months=1, today=dt.date(2026, 5, 20)) as ws:
        rows = ws.plans.plan_rows(ws.plans.current_plan().id)
        leads = {r.lead_office_id for r in rows[:3]}
        office = next(o for o in ws.commune.offices() if o.id not in leads)

        # When one task is edited, then two are assigned at once
        ws.editing.update_task(rows[0].task_id, TaskChanges(products="Báo cáo quý"), rows[0].version)
        seen = {r.task_id: r.version for r in rows[1:3]}
        ws.editing.bulk_assign(seen, TaskChanges(lead_office_id=office.id))
        log = ws.maintenance.audit_log(3)

    # Then the log says each in words, its stored code unchanged beside it
    assert [(e.action, e.code) for e in log] == [
        ("Giao việc hàng loạt", "task.bulk_update"),
        ("Giao việc hàng loạt", "task.bulk_update"),
        ("Sửa nhiệm vụ", "task.update"),
    ]
    assert {e.entity_id for e in log[:2]} == set(seen)


def test_an_action_written_by_a_newer_version_is_shown_as_its_code():
    assert audit_labels.action_label("task.archive") == "task.archive"
