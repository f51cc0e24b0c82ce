"""Province level: communes' report workbooks consolidated; broken and foreign files listed, never fatal."""

from __future__ import annotations

import dataclasses
import json

import openpyxl
import pytest

from xa_planner.cli import main
from xa_planner.importing.report_data_reader import read_report_file
from xa_planner.services.aggregation_service import AggregationService
from xa_planner.services.errors import InvalidInput

from .conftest import MONTH, TODAY


@pytest.fixture
def commune_files(workspace, tmp_path):
    """Three communes' workbooks (copies with another commune name) and one broken file."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    first = workspace.reports.export(MONTH, "xlsx", folder, today=TODAY)
    profile = workspace.commune.profile()
    for name in ("Hải Lăng", "Triệu Phong"):
        workspace.commune.save_profile(dataclasses.replace(profile, commune_name=name))
        workspace.reports.export(MONTH, "xlsx", folder, today=TODAY)
    workspace.commune.save_profile(profile)
    (folder / "hong.xlsx").write_bytes(first.read_bytes()[:500])
    foreign = openpyxl.Workbook()
    foreign.active["A1"] = "không phải báo cáo"
    foreign.save(folder / "khac.xlsx")
    return folder


def test_the_data_sheet_round_trips_through_the_reader(workspace, tmp_path, report):
    path = workspace.reports.export(MONTH, "xlsx", tmp_path, today=TODAY)
    data = read_report_file(path)
    assert (data.commune, data.province, data.month) == ("Vĩnh Thủy", "Quảng Trị", "2026-06")
    assert [t.status_class for t in data.tasks] == [t.status_class for t in report.tasks]
    assert [(i.name, i.met) for i in data.indicators] == [
        (i.name, i.met) for i in report.indicators
    ]
    assert data.indicators[0].value == pytest.approx(report.indicators[0].measured)


def test_three_communes_are_consolidated_and_the_bad_files_listed(commune_files, tmp_path, report):
    out = tmp_path / "tong_hop.xlsx"
    result = AggregationService().aggregate(
        [commune_files],
        out,
        month="2026-06",
        expected=["Vĩnh Thủy", "Hải Lăng", "Triệu Phong", "Cam Lộ"],
    )
    communes = [s.commune for s in result.report.submissions]
    assert sorted(communes) == sorted(["Vĩnh Thủy", "Hải Lăng", "Triệu Phong"])
    assert result.report.missing == ("Cam Lộ",)
    assert {f for f, _p in result.problems} == {"hong.xlsx", "khac.xlsx"}
    wb = openpyxl.load_workbook(out)
    assert {"Đã báo cáo", "Tình trạng nhiệm vụ", "Chỉ tiêu", "Tệp có vấn đề"} <= set(wb.sheetnames)
    status_rows = list(wb["Tình trạng nhiệm vụ"].iter_rows(values_only=True))
    totals = {row[1]: row[-2] for row in status_rows[1:]}
    assert totals == {name: report.task_total for name in communes}
    problems = [row[1] for row in wb["Tệp có vấn đề"].iter_rows(min_row=2, values_only=True)]
    assert sorted(problems) == ["hong.xlsx", "khac.xlsx"]


def test_a_report_of_another_month_is_a_problem_not_a_submission(commune_files, tmp_path):
    with pytest.raises(InvalidInput):
        AggregationService().consolidate([commune_files], month="2026-05")


def test_cli_aggregate_writes_the_workbook_and_json(commune_files, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    assert (
        main(["aggregate", str(commune_files), "-o", str(out), "--month", "2026-06", "--json"]) == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert len(payload["reported"]) == 3 and len(payload["problems"]) == 2
    assert out.is_file()


def test_cli_aggregate_of_only_broken_files_exits_3_with_one_line(tmp_path, capsys):
    broken = tmp_path / "x.xlsx"
    broken.write_bytes(b"not a zip")
    assert main(["aggregate", str(broken), "-o", str(tmp_path / "o.xlsx")]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
