"""The profile names the report's signer and its receiving unit; the services ask for missing names."""

from __future__ import annotations

import dataclasses

import pytest

from xa_planner.domain.commune import CommuneProfile
from xa_planner.services.workspace_service import create_empty, open_workspace


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "xa.xaplan"
    create_empty(target, "Vĩnh Thủy", "Quảng Trị", user="canbo.an").close()
    return target


def test_the_police_chief_and_the_receiving_unit_survive_saving_and_reopening(path):
    # Given a fresh workspace
    with open_workspace(path) as workspace:
        # When the officer saves the police chief and the unit that receives the report
        workspace.commune.save_profile(
            dataclasses.replace(
                workspace.commune.profile(),
                police_chief_name="Lê Văn Hùng",
                police_chief_title="TRƯỞNG CÔNG AN XÃ",
                report_recipient_unit="Phòng Cảnh sát QLHC về TTXH",
                report_recipient_code="PC06",
            )
        )
    # Then the reopened workspace has them, and the change log records them
    with open_workspace(path) as workspace:
        profile = workspace.commune.profile()
        changes = workspace.maintenance.audit_log()[0]
    assert (profile.police_chief_name, profile.police_chief_title) == (
        "Lê Văn Hùng",
        "TRƯỞNG CÔNG AN XÃ",
    )
    assert (profile.report_recipient_unit, profile.report_recipient_code) == (
        "Phòng Cảnh sát QLHC về TTXH",
        "PC06",
    )
    assert "trưởng công an xã: (trống) → Lê Văn Hùng" in changes.detail
    assert "đơn vị nhận báo cáo: (trống) → Phòng Cảnh sát QLHC về TTXH" in changes.detail
    assert "mã đơn vị nhận báo cáo: (trống) → PC06" in changes.detail


def test_an_empty_police_chief_title_follows_the_unit_kind():
    ward = CommuneProfile(commune_name="Đông Hà", unit_kind="phường").with_defaults()
    assert ward.police_chief_title == "TRƯỞNG CÔNG AN PHƯỜNG"


@pytest.mark.parametrize(
    ("unit", "code", "addressee"),
    [
        ("Phòng Cảnh sát QLHC về TTXH", "PC06", "Công an tỉnh Quảng Trị (qua Phòng Cảnh sát QLHC về TTXH (PC06))"),
        ("", "PV01", "Công an tỉnh Quảng Trị (qua PV01)"),
        ("Phòng Tham mưu (PV01)", "PV01", "Công an tỉnh Quảng Trị (qua Phòng Tham mưu (PV01))"),
        ("", "", "Công an tỉnh Quảng Trị"),
    ],
)
def test_the_report_is_addressed_to_the_unit_the_profile_names(unit, code, addressee):
    profile = CommuneProfile(
        commune_name="Vĩnh Thủy",
        province_name="Quảng Trị",
        report_recipient_unit=unit,
        report_recipient_code=code,
    )
    assert profile.report_addressee == addressee


def test_the_services_ask_for_a_signer_only_while_the_name_is_missing(path):
    from xa_planner.domain.periods import Period

    with open_workspace(path) as workspace:
        # Given a fresh workspace: neither the chairman nor the police chief is named
        assert "Công cụ → Thông tin xã" in workspace.plan_export.signer_warning("plan")
        assert "Công cụ → Thông tin xã" in workspace.reports.signer_warning(Period(2026, 6))
        assert workspace.plan_export.signer_warning("appendix") == ""
        # When both names are saved
        workspace.commune.save_profile(
            dataclasses.replace(
                workspace.commune.profile(), chair_name="Nguyễn Văn An", police_chief_name="Lê Văn Hùng"
            )
        )
        # Then no warning is left
        assert workspace.plan_export.signer_warning("plan") == ""
        assert workspace.reports.signer_warning(Period(2026, 6)) == ""
