"""`xa-planner export report` for every format, and its errors."""

from __future__ import annotations

import pytest

from xa_planner.cli import main
from xa_planner.services.demo_service import create_demo

from .conftest import TODAY


@pytest.fixture
def workspace_path(tmp_path):
    path = tmp_path / "w.xaws"
    create_demo(path, tasks=20, months=2, today=TODAY).close()
    return path


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "eml"])
def test_export_report_writes_each_format(workspace_path, tmp_path, fmt, capsys):
    out = tmp_path / f"report.{fmt}"
    code = main(
        [
            "export",
            "report",
            "--workspace",
            str(workspace_path),
            "--month",
            "2026-06",
            "--format",
            fmt,
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert out.stat().st_size > 500


def test_export_report_without_a_plan_exits_3_with_one_line(tmp_path, capsys):
    path = tmp_path / "empty.xaws"
    assert main(["init", str(path), "--commune", "Vĩnh Thủy"]) == 0
    capsys.readouterr()
    code = main(
        [
            "export",
            "report",
            "--workspace",
            str(path),
            "--month",
            "2026-06",
            "--format",
            "pdf",
            "-o",
            str(tmp_path / "r.pdf"),
        ]
    )
    assert code == 3
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_export_report_into_a_missing_folder_exits_3(workspace_path, tmp_path, capsys):
    code = main(
        [
            "export",
            "report",
            "--workspace",
            str(workspace_path),
            "--month",
            "2026-06",
            "--format",
            "xlsx",
            "-o",
            str(tmp_path / "nope" / "r.xlsx"),
        ]
    )
    assert code == 3
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_export_report_needs_a_month(workspace_path, tmp_path):
    assert (
        main(
            [
                "export",
                "report",
                "--workspace",
                str(workspace_path),
                "--format",
                "pdf",
                "-o",
                str(tmp_path / "r.pdf"),
            ]
        )
        == 2
    )


def test_the_plan_as_xlsx_is_a_usage_error_that_points_to_the_appendix(workspace_path, tmp_path, capsys):
    out = tmp_path / "plan.xlsx"
    code = main(["export", "plan", "--workspace", str(workspace_path), "--format", "xlsx", "-o", str(out)])
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(lines) == 1
    assert "phụ lục" in lines[0] and "xlsx" in lines[0]
    assert not out.exists()
