"""The plan's own text and the change log's detail cross the storage boundary typed, in the JSON old workspaces hold."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.plan_text import PlanText, PlanTextBlock
from xa_planner.services.demo_service import create_demo
from xa_planner.storage.repositories import AuditRepository, PlanRepository

# The plan text exactly as the code before the typed boundary wrote it (a dict into the JSON column).
OLD_BODY = {
    "preamble": "Thực hiện Kế hoạch số 113/KH-UBND, UBND xã Vĩnh Thủy ban hành Kế hoạch như sau:",
    "blocks": [
        {"heading": "I. MỤC ĐÍCH, YÊU CẦU", "paragraphs": [], "level": 1},
        {"heading": "1. Mục đích", "paragraphs": ["Huy động cả hệ thống chính trị.", "Rõ người, rõ việc."], "level": 2},
    ],
    "recipients": ["UBND tỉnh Quảng Trị (b/c)", "Lưu: VT"],
}
OLD_BODY_TEXT = PlanText(
    OLD_BODY["preamble"],
    (
        PlanTextBlock("I. MỤC ĐÍCH, YÊU CẦU", (), 1),
        PlanTextBlock("1. Mục đích", ("Huy động cả hệ thống chính trị.", "Rõ người, rõ việc."), 2),
    ),
    ("UBND tỉnh Quảng Trị (b/c)", "Lưu: VT"),
)


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "d.xaplan", tasks=10, months=1) as opened:
        yield opened


def _stored_body(workspace, plan_id: int) -> str:
    with workspace.database.session_scope() as session:
        return session.execute(text("SELECT body FROM plans WHERE id = :id"), {"id": plan_id}).scalar_one()


def test_a_plan_text_saved_by_the_old_code_reads_back_as_the_same_text(workspace):
    # Given a workspace whose plan text was written as a dict, as before the typed boundary
    plan_id = workspace.plans.current_plan().id
    with workspace.database.session_scope() as session:
        session.execute(text("UPDATE plans SET body = :body WHERE id = :id"), {"body": json.dumps(OLD_BODY), "id": plan_id})
    # When the repository reads it, and the officer opens the plan's text
    with workspace.database.session_scope() as session:
        stored = PlanRepository(session).body(plan_id)
    # Then it is the same text, typed, and the service shows it
    assert stored == OLD_BODY_TEXT
    assert workspace.plan_export.plan_text(plan_id) == OLD_BODY_TEXT


def test_a_plan_text_saved_now_is_stored_byte_for_byte_as_before_and_reads_back_equal(workspace):
    # Given the commune's plan
    plan_id = workspace.plans.current_plan().id
    # When the officer saves a text
    workspace.plan_export.save_plan_text(plan_id, OLD_BODY_TEXT)
    # Then the column holds what the old code wrote, and the text reads back equal
    assert _stored_body(workspace, plan_id) == json.dumps(OLD_BODY)
    with workspace.database.session_scope() as session:
        assert PlanRepository(session).body(plan_id) == OLD_BODY_TEXT


def test_a_plan_never_edited_has_no_stored_text_and_shows_the_defaults(workspace):
    plan_id = workspace.plans.current_plan().id
    with workspace.database.session_scope() as session:
        assert PlanRepository(session).body(plan_id) is None
    assert workspace.plan_export.plan_text(plan_id) == workspace.plan_export.default_plan_text(plan_id)


def test_a_damaged_plan_text_reads_as_none_so_the_defaults_are_shown(workspace):
    plan_id = workspace.plans.current_plan().id
    with workspace.database.session_scope() as session:
        session.execute(text("UPDATE plans SET body = :body WHERE id = :id"), {"body": '{"preamble": "x"}', "id": plan_id})
    with workspace.database.session_scope() as session:
        assert PlanRepository(session).body(plan_id) is None
    assert workspace.plan_export.plan_text(plan_id) == workspace.plan_export.default_plan_text(plan_id)


def test_an_audit_row_never_shares_the_detail_the_database_session_holds(workspace):
    # Given a change logged with a nested [old, new] detail
    detail = {"commune_name": ["Vĩnh Thủy", "Vĩnh Linh"]}
    with workspace.database.session_scope() as session:
        AuditRepository(session).record("cán bộ", AuditAction.PROFILE_SAVE, "commune_profile", 1, detail)
        detail["commune_name"][1] = "changed after recording, before the commit"
    with workspace.database.session_scope() as session:
        # When the log is read and its detail changed by whoever reads it
        row = AuditRepository(session).latest(1)[0]
        row.detail["commune_name"][0] = "changed by a reader"
        again = AuditRepository(session).latest(1)[0]
    # Then neither the caller's dict nor a reader's copy reached what is stored
    assert again.detail == {"commune_name": ["Vĩnh Thủy", "Vĩnh Linh"]}
    assert row.detail is not again.detail
