"""Every table model passes Qt's model tester and filters/sorts the Vietnamese way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from xa_planner.domain.periods import Period
from xa_planner.domain.text import vi_sort_key
from xa_planner.gui.main.home_table_models import DeadlineTaskTableModel, OfficeProgressTableModel
from xa_planner.gui.plan.plan_table_model import PlanTableModel
from xa_planner.gui.templates.templates_table_model import TemplatesTableModel
from xa_planner.gui.tracking.tracking_table_model import DUE_SOON_FILTER, TrackingTableModel
from xa_planner.gui.workspace.maintenance_table_models import AuditTableModel, BackupsTableModel
from xa_planner.gui.workspace.offices_table_model import OfficesTableModel
from xa_planner.services.views import AuditEntry, BackupInfo, PlanRow


def _plan_row(task_id: int, content: str, lead: str = "Công an xã", section: str = "I") -> PlanRow:
    return PlanRow(
        task_id=task_id, section_ref=section, section_title=f"Nhóm {section}", ref=f"{section}.{task_id}",
        content=content, directing_docs="", lead_office=lead, support_offices=("Phòng VH-XH",),
        responsible_person="", due=None, timeframe="Thường xuyên", products="", targets="", source_ref="",
    )


def _visible_contents(model: PlanTableModel) -> list[str]:
    return [model.row_at(model.index(r, 0)).content for r in range(model.rowCount()) if model.row_at(model.index(r, 0))]


def test_plan_model_passes_the_model_tester_while_filtering_and_sorting(qtmodeltester, demo_workspace):
    model = PlanTableModel()
    model.set_rows(demo_workspace.plans.plan_rows(demo_workspace.plans.current_plan().id))
    qtmodeltester.check(model)
    model.set_filter("cong an")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_plan_rows_are_grouped_under_their_section_rows(demo_workspace):
    model = PlanTableModel()
    rows = demo_workspace.plans.plan_rows(demo_workspace.plans.current_plan().id)
    model.set_rows(rows)
    sections = model.section_rows()
    assert sections and sections[0] == 0
    assert model.task_count() == len(rows)
    assert model.rowCount() == len(rows) + len(sections)
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.ItemIsEnabled


def test_search_ignores_accents_and_case():
    model = PlanTableModel()
    model.set_rows([
        _plan_row(1, "Tuyên truyền về Đề án 06", lead="Công an xã"),
        _plan_row(2, "Số hóa hồ sơ", lead="TT PVHCC"),
        _plan_row(3, "Cấp căn cước", lead="CÔNG AN XÃ"),
    ])
    model.set_filter("cong an")
    assert _visible_contents(model) == ["Tuyên truyền về Đề án 06", "Cấp căn cước"]
    model.set_filter("DE AN 06")
    assert _visible_contents(model) == ["Tuyên truyền về Đề án 06"]
    model.set_filter("")
    assert model.task_count() == 3


def test_sorting_follows_the_vietnamese_alphabet_within_sections():
    contents = ["Đôn đốc", "Dân cư", "Ăn ninh", "An toàn", "Âm thanh", "Bảo đảm"]
    model = PlanTableModel()
    model.set_rows([_plan_row(i, text) for i, text in enumerate(contents)])
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _visible_contents(model) == sorted(contents, key=vi_sort_key)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _visible_contents(model) == contents


def test_filtering_ten_thousand_rows_finds_every_match_without_accents():
    # Speed is measured in benchmarks/plan_table.py, not asserted here.
    rows = [_plan_row(i, f"Nhiệm vụ số {i} về định danh điện tử", section=f"S{i // 500}") for i in range(10_000)]
    model = PlanTableModel()
    model.set_rows(rows)
    model.set_filter("dinh danh 99")
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.task_count() == sum("99" in r.content for r in rows)


def test_tracking_model_filters_by_report_category(qtmodeltester, demo_workspace, today):
    plan = demo_workspace.plans.current_plan()
    rows = demo_workspace.tracking.tracking_rows(plan.id, Period.containing(today), today)
    model = TrackingTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    wanted = rows[0].standing.category
    model.set_standing_filter(wanted.value)
    assert model.visible_count() == sum(r.standing.category is wanted for r in rows)
    qtmodeltester.check(model)
    model.set_standing_filter(DUE_SOON_FILTER)
    assert model.visible_count() == sum(r.standing.due_soon for r in rows)


def test_home_models_pass_the_model_tester(qtmodeltester, demo_workspace, today):
    summary = demo_workspace.home.summary(today)
    for model, rows in (
        (DeadlineTaskTableModel(), summary.overdue + summary.due_soon),
        (OfficeProgressTableModel(), summary.office_progress),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)


@pytest.mark.parametrize("kind", ["offices", "templates", "backups", "audit"])
def test_other_models_pass_the_model_tester(qtmodeltester, demo_workspace, kind):
    moment = dt.datetime(2026, 5, 1, 8, 30)
    model, rows = {
        "offices": (OfficesTableModel(), demo_workspace.commune.offices()),
        "templates": (TemplatesTableModel(), demo_workspace.templates.templates()),
        "backups": (BackupsTableModel(), [BackupInfo(Path("a.bak"), moment, 2_500_000, "daily")]),
        "audit": (AuditTableModel(), [AuditEntry(moment, "an", "office.add", "office", 3, "{}")]),
    }[kind]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows)
