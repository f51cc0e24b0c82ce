"""Báo cáo → Tổng hợp báo cáo các xã: two communes' report workbooks consolidated, the missing one named."""

from __future__ import annotations

import dataclasses

import openpyxl
import pytest

from xa_planner.domain.periods import Period
from xa_planner.gui.reports.aggregate_dialog import AggregateDialog
from xa_planner.gui.reports.aggregate_models import FileProblemsTableModel, SubmissionsTableModel
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.services.aggregation_service import AggregationService

MAY = Period(2026, 5)


@pytest.fixture
def inbox(demo_workspace, tmp_path, today):
    """Two communes' report workbooks and a file that is not a report."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    profile = demo_workspace.commune.profile()
    demo_workspace.reports.export(MAY, "xlsx", folder, today=today)
    demo_workspace.commune.save_profile(dataclasses.replace(profile, commune_name="Hải Lăng"))
    demo_workspace.reports.export(MAY, "xlsx", folder, today=today)
    other = openpyxl.Workbook()
    other.active["A1"] = "không phải báo cáo"
    other.save(folder / "khac.xlsx")
    return folder, profile.commune_name


def test_two_communes_are_consolidated_and_the_missing_one_named(qtbot, translator, inbox, tmp_path):
    folder, first = inbox
    expected = tmp_path / "xa.txt"
    expected.write_text(f"{first}\nHải Lăng\nCam Lộ\n", encoding="utf-8")
    dialog = AggregateDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.add_inputs([folder])
    dialog._ui.month_edit.setText("2026-05")
    dialog._ui.expected_edit.setText(str(expected))
    dialog._ui.output_edit.setText(str(tmp_path / "tong_hop.xlsx"))

    dialog._ui.run_button.click()
    qtbot.waitUntil(lambda: dialog.result_written() is not None and not has_background_work(), timeout=60000)

    communes = sorted(dialog._submissions.index(r, 0).data() for r in range(dialog._submissions.rowCount()))
    assert communes == sorted([first, "Hải Lăng"])
    assert [dialog._ui.missing_list.item(i).text() for i in range(dialog._ui.missing_list.count())] == ["Cam Lộ"]
    assert dialog._problems.index(0, 0).data() == "khac.xlsx"
    assert (tmp_path / "tong_hop.xlsx").is_file()
    assert dialog._ui.open_button.isVisibleTo(dialog)
    assert dialog._ui.result_tabs.tabText(1) == "Chưa báo cáo (1)"


def test_a_month_in_the_wrong_form_is_explained_before_anything_runs(qtbot, translator, inbox, tmp_path):
    dialog = AggregateDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.add_inputs([inbox[0]])
    dialog._ui.month_edit.setText("05/2026")

    dialog._ui.run_button.click()

    assert "YYYY-MM" in dialog._ui.status_label.text()
    assert not has_background_work() and dialog.result_written() is None


def test_the_result_models_pass_the_model_tester(qtmodeltester, translator, inbox, tmp_path):
    result = AggregationService().aggregate([inbox[0]], tmp_path / "t.xlsx")
    submissions, problems = SubmissionsTableModel(), FileProblemsTableModel()
    submissions.set_rows(result.report.submissions)
    problems.set_rows(result.report.problems)

    qtmodeltester.check(submissions)
    qtmodeltester.check(problems)
