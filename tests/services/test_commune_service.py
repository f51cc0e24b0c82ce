"""The commune profile and offices: validation, audit, history kept, no silent overwrite."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from xa_planner.domain.offices import Office
from xa_planner.domain.plans import Plan, PlanSection, PlanTask
from xa_planner.services.commune_service import CommuneService
from xa_planner.services.errors import ConflictError, InvalidInput
from xa_planner.services.workspace_service import create_empty
from xa_planner.storage.database import Database
from xa_planner.storage.repositories import PlanRepository
from xa_planner.storage.sessions import sqlite_engine


@pytest.fixture
def workspace(tmp_path):
    with create_empty(tmp_path / "xa.xaplan", "Vĩnh Thủy", "Quảng Trị", user="canbo.an") as opened:
        yield opened


def test_a_new_workspace_has_the_standard_commune_offices(workspace):
    names = [o.short_name for o in workspace.commune.offices()]
    assert names[0] == "Công an xã" and "Trạm Y tế" in names and len(names) == 14


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"commune_name": "  "}, "tên xã"),
        ({"report_deadline_day": 0}, "Hạn báo cáo"),
        ({"report_deadline_day": 29}, "Hạn báo cáo"),
        ({"data_window_start_day": 31}, "kỳ số liệu"),
        ({"unit_kind": "huyện"}, "xã hoặc phường"),
    ],
)
def test_an_invalid_profile_is_refused_with_a_message_and_not_stored(workspace, change, words):
    before = workspace.commune.profile()
    with pytest.raises(InvalidInput, match=words):
        workspace.commune.save_profile(dataclasses.replace(before, **change))
    assert workspace.commune.profile() == before


def test_saving_the_profile_fills_the_issuing_body_and_audits_old_and_new_values(workspace):
    # Given the profile as created
    before = workspace.commune.profile()
    started = dt.datetime.now() - dt.timedelta(seconds=2)

    # When the officer sets the chair's name and the deadline day
    saved = workspace.commune.save_profile(
        dataclasses.replace(
            before, chair_name="Nguyễn Văn An", report_deadline_day=10, issuing_body=""
        )
    )

    # Then the issuing body follows from the commune, and the audit log says who/when/old → new
    assert saved.issuing_body == "ỦY BAN NHÂN DÂN XÃ VĨNH THỦY"
    assert workspace.commune.profile() == saved
    entry = workspace.maintenance.audit_log(1)[0]
    assert (entry.user, entry.code) == ("canbo.an", "profile.save")
    assert started <= entry.at <= dt.datetime.now() + dt.timedelta(seconds=2)
    assert "chủ tịch: (trống) → Nguyễn Văn An" in entry.detail
    assert f"hạn báo cáo: {before.report_deadline_day} → 10" in entry.detail
    assert "tên xã" not in entry.detail


def test_offices_can_be_added_renamed_and_reordered_with_audit(workspace):
    added = workspace.commune.add_office(Office(None, "Thôn Đông", "Thôn Đông", head="Hồ Văn Bé"))
    assert workspace.commune.offices()[-1].id == added.id

    renamed = workspace.commune.update_office(dataclasses.replace(added, short_name="Thôn Đông Hà"))
    assert renamed.short_name == "Thôn Đông Hà" and renamed.position == added.position

    offices = workspace.commune.move_office(added.id, -100)
    assert offices[0].id == added.id
    assert [o.position for o in offices] == list(range(len(offices)))

    actions = [e.code for e in workspace.maintenance.audit_log(3)]
    assert actions == ["office.move", "office.update", "office.add"]
    assert "tên viết tắt: Thôn Đông → Thôn Đông Hà" in workspace.maintenance.audit_log(2)[1].detail


def test_an_office_without_names_is_refused(workspace):
    with pytest.raises(InvalidInput):
        workspace.commune.add_office(Office(None, " ", "Tên đầy đủ"))


def test_a_retired_office_keeps_its_history_in_the_plan(workspace):
    # Given a plan task led by an office
    office = workspace.commune.offices()[6]
    with workspace.database.session_scope(write=True) as session:
        plan_id = PlanRepository(session).add(
            Plan(
                id=None,
                year=2026,
                title="Kế hoạch 2026",
                sections=(PlanSection(None, "I", "Chỉ đạo"),),
                tasks=(PlanTask(None, 0, "1", "Khám sức khỏe", lead_office_id=office.id),),
            )
        )

    # When the office is retired
    workspace.commune.set_office_retired(office.id, True)

    # Then it leaves the list of active offices, but the task still shows its name
    assert office.id not in [o.id for o in workspace.commune.offices(include_retired=False)]
    assert [o.retired for o in workspace.commune.offices() if o.id == office.id] == [True]
    assert workspace.plans.plan_rows(plan_id)[0].lead_office == office.short_name


def test_two_sessions_editing_one_office_never_overwrite_each_other(workspace):
    # Given a second session on the same file (another window, or a second PC's copy of the app)
    path = workspace.path
    other_database = Database(sqlite_engine(path), path)
    other = CommuneService(other_database, "canbo.binh")
    mine = workspace.commune.offices()[2]
    theirs = other.offices()[2]

    # When they save first, and then this session saves its (now stale) copy
    other.update_office(dataclasses.replace(theirs, head="Trần Văn Bình"))
    with pytest.raises(ConflictError) as raised:
        workspace.commune.update_office(dataclasses.replace(mine, full_name="Phòng Kinh tế xã"))

    # Then the second save is refused with one clear line, and the first one stands
    assert "\n" not in str(raised.value)
    stored = next(o for o in workspace.commune.offices() if o.id == mine.id)
    assert stored.head == "Trần Văn Bình" and stored.full_name == mine.full_name
    other_database.close()


def test_retiring_an_office_from_a_stale_list_does_not_undo_another_edit(workspace):
    path = workspace.path
    other_database = Database(sqlite_engine(path), path)
    other = CommuneService(other_database, "canbo.binh")
    office = workspace.commune.offices()[3]
    other.update_office(dataclasses.replace(other.offices()[3], phone="0233 111 222"))
    workspace.commune.set_office_retired(office.id, True)
    stored = next(o for o in workspace.commune.offices() if o.id == office.id)
    assert stored.retired and stored.phone == "0233 111 222"
    other_database.close()
