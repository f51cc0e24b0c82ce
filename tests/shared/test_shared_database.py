"""The same models, migrations and services over a real shared PostgreSQL database."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from xa_planner.domain.offices import Office
from xa_planner.services.demo_service import create_demo, fill_demo
from xa_planner.services.errors import ConflictError
from xa_planner.services.plan_editing_service import TaskChanges
from xa_planner.services.shared_workspace import open_shared_workspace
from xa_planner.storage import schema


def test_a_new_shared_database_is_migrated_and_filled_with_the_standard_offices(postgres_url):
    with open_shared_workspace(postgres_url, user="can.bo.a") as workspace:
        offices = workspace.commune.offices()
        assert "Công an xã" in [o.full_name for o in offices]
        assert workspace.database.schema_revision() == schema.HEAD_REVISION


def test_models_and_migrations_agree_on_postgresql(postgres_url):
    from xa_planner.storage.migrator import pending_model_changes

    with open_shared_workspace(postgres_url) as workspace:
        assert pending_model_changes(workspace.database) == []


def test_two_pcs_editing_the_same_office_never_overwrite_each_other(postgres_url):
    # Given two PCs that read the same office
    with (
        open_shared_workspace(postgres_url, user="pc1") as first,
        open_shared_workspace(postgres_url, user="pc2") as second,
    ):
        office = first.commune.add_office(Office(None, "Thôn Mới", "Thôn Mới"))
        seen_by_second = next(o for o in second.commune.offices() if o.id == office.id)
        # When the first renames it and the second then saves its stale copy
        first.commune.update_office(dataclasses.replace(office, head="Trần Thị Bình"))
        stale = dataclasses.replace(seen_by_second, phone="0912 345 678")
        # Then the second is refused and the first's change stands
        with pytest.raises(ConflictError):
            second.commune.update_office(stale)
        final = next(o for o in first.commune.offices() if o.id == office.id)
        assert final.head == "Trần Thị Bình" and final.phone == ""


def test_a_plan_reads_back_the_same_from_postgresql_as_from_sqlite(postgres_url, tmp_path):
    # Given the same demo content written to a shared database and to a workspace file
    today = dt.date(2026, 6, 20)
    with open_shared_workspace(postgres_url) as shared:
        fill_demo(shared, tasks=40, offices=12, months=3, today=today)
        shared_rows = shared.plans.plan_rows(shared.plans.current_plan().id)
        shared_home = shared.home.summary(today)
    with create_demo(tmp_path / "w.xaplan", tasks=40, offices=12, months=3, today=today) as local:
        local_rows = local.plans.plan_rows(local.plans.current_plan().id)
        local_home = local.home.summary(today)
    # Then both give the same plan table and the same home page
    strip = lambda rows: [dataclasses.replace(r, task_id=0) for r in rows]  # noqa: E731
    assert strip(shared_rows) == strip(local_rows)
    assert shared_home.status_counts == local_home.status_counts
    assert shared_home.report_deadline == local_home.report_deadline


def test_two_pcs_assigning_tasks_in_bulk_never_overwrite_each_other(postgres_url):
    with (
        open_shared_workspace(postgres_url, user="pc1") as first,
        open_shared_workspace(postgres_url, user="pc2") as second,
    ):
        fill_demo(first, tasks=12, offices=8, months=1, today=dt.date(2026, 6, 20))
        plan_id = first.plans.current_plan().id
        # Given both PCs show the same tasks
        shown_on_second = second.plans.plan_rows(plan_id)[:4]
        target = shown_on_second[1]
        # When PC 1 gives one of them another person, then PC 2 assigns all four from its copy
        first.editing.update_task(
            target.task_id, TaskChanges(responsible_person="Trần Thị Bình"), target.version
        )
        office = next(o for o in second.commune.offices() if o.id != target.lead_office_id)
        seen = {r.task_id: r.version for r in shown_on_second}
        # Then PC 2 is refused as a whole and PC 1's change stands
        with pytest.raises(ConflictError):
            second.editing.bulk_assign(seen, TaskChanges(lead_office_id=office.id))
        rows = {r.task_id: r for r in first.plans.plan_rows(plan_id)}
        assert rows[target.task_id].responsible_person == "Trần Thị Bình"
        assert [rows[r.task_id].lead_office_id for r in shown_on_second] == [
            r.lead_office_id for r in shown_on_second
        ]


def test_every_plain_read_gives_the_same_values_on_postgresql_as_on_sqlite(postgres_url, tmp_path):
    # Given the same demo content in a shared database and in a workspace file, the plan's text
    # saved and a month closed in both (the reads a start and an export make run as plain SQL:
    # SQLite hands back text for dates, JSON and flags, PostgreSQL typed values)
    today = dt.date(2026, 6, 20)

    def read_all(workspace):
        plan = workspace.plans.current_plan()
        text = workspace.plan_export.plan_text(plan.id)
        workspace.plan_export.save_plan_text(plan.id, dataclasses.replace(text, preamble="Căn cứ…"))
        month = workspace.tracking.reporting_month(today).period
        workspace.tracking.lock_period(month.shifted(-1))
        locked_at, locked_by = workspace.tracking.lock_info(month.shifted(-1))
        return {
            "profile": workspace.commune.profile(),
            "offices": [dataclasses.replace(o, id=0) for o in workspace.commune.offices()],
            "plans": [dataclasses.replace(p, id=0) for p in workspace.plans.plans()],
            "periods": workspace.tracking.periods(today),
            "month": workspace.tracking.reporting_month(today),
            "tracking": [dataclasses.replace(r, task_id=0)
                         for r in workspace.tracking.tracking_rows(plan.id, month, today)],
            "locked": (type(locked_at), locked_by, workspace.tracking.is_locked(month)),
            "home": dataclasses.replace(workspace.home.summary(today), last_report_sent=None),
            "text": workspace.plan_export.plan_text(plan.id),
            "appendix": workspace.plan_export.appendix_document(plan.id),
            "document": workspace.plan_export.plan_document(plan.id),
        }

    with open_shared_workspace(postgres_url, user="demo") as shared:
        fill_demo(shared, tasks=40, offices=12, months=3, today=today)
        on_server = read_all(shared)
    with create_demo(tmp_path / "w.xaplan", tasks=40, offices=12, months=3, today=today,
                     user="demo") as local:
        in_file = read_all(local)
    # Then every read gives the same values, typed alike (dates as dates, flags as booleans)
    for what, value in on_server.items():
        assert value == in_file[what], what
    assert on_server["locked"][0] is dt.datetime
    assert any(row.due for row in in_file["tracking"]) and in_file["text"].preamble == "Căn cứ…"
