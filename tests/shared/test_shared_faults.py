"""A shared database server that stops, cannot be reached, or a PC without the driver: one clear
message in Vietnamese, nothing half-saved, and trying again works once the server is back."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from xa_planner.services.demo_service import fill_demo
from xa_planner.services.errors import WorkspaceError, WorkspaceUnreachable
from xa_planner.services.plan_editing_service import TaskChanges
from xa_planner.services.shared_workspace import open_shared_workspace


def test_a_server_that_stops_mid_session_loses_nothing_and_a_retry_works(own_postgres_server):
    url = own_postgres_server.new_database("xa_stops")
    with open_shared_workspace(url, user="pc1") as workspace:
        fill_demo(workspace, tasks=12, offices=4, months=1, today=dt.date(2026, 6, 20))
        plan_id = workspace.plans.current_plan().id
        row = workspace.plans.plan_rows(plan_id)[0]
        # Given the server stops while the officer works
        own_postgres_server.stop()
        # When a change is saved, then the table is read
        with pytest.raises(WorkspaceUnreachable) as saving:
            workspace.editing.update_task(row.task_id, TaskChanges(products="Sổ tay"), row.version)
        with pytest.raises(WorkspaceUnreachable) as reading:
            workspace.plans.plan_rows(plan_id)
        # Then each says in words what happened and what to do
        assert "chưa được lưu" in str(saving.value) and "thử lại" in str(reading.value)
        # And once the server is back, the same change goes through
        own_postgres_server.start()
        saved = workspace.editing.update_task(row.task_id, TaskChanges(products="Sổ tay"), row.version)
        assert saved.products == "Sổ tay" and saved.version == row.version + 1


def test_a_server_that_cannot_be_reached_is_named_without_its_password(own_postgres_server):
    url = own_postgres_server.new_database("xa_down").replace("postgres@", "postgres:s3cr3t@")
    own_postgres_server.stop()
    with pytest.raises(WorkspaceUnreachable) as refused:
        open_shared_workspace(url)
    message = str(refused.value)
    assert "Không kết nối được máy chủ" in message and "\n" not in message
    assert "s3cr3t" not in message and "***" in message


def test_a_pc_without_the_shared_extra_is_told_what_to_install(monkeypatch):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real_find_spec(name, *a)
    )
    with pytest.raises(WorkspaceError) as refused:
        open_shared_workspace("postgresql+psycopg://can.bo@may-chu/xa")
    assert "xa-planner[shared]" in str(refused.value)
