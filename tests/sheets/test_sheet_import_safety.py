"""Refused files leave the workspace exactly as it was; a killed import is all or nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from xa_planner.cli import main
from xa_planner.services.demo_service import create_demo
from xa_planner.services.sheet_problem_texts import sheet_refusal_text

from .conftest import JUNE, TODAY, dump, sheet_of
from .sheet_filling import fill, task_rows

CORPUS = Path(__file__).resolve().parents[1] / "data" / "sheets"


@pytest.mark.parametrize(
    "name", ["truncated.xlsx", "zip_bomb.xlsx", "not_a_sheet.xlsx", "original.xlsx"]
)
def test_a_refused_file_changes_nothing(workspace, exported, name):
    before = dump(workspace.path)
    preview = workspace.sheets.preview_import([CORPUS / name])
    summary = workspace.sheets.apply_import(preview)
    (sheet,) = preview.sheets
    said = sheet_refusal_text(sheet.refused)
    assert name in said and "\n" not in said  # one line, naming the file
    assert summary.tasks_changed == 0 and dump(workspace.path) == before


def test_cli_import_prints_one_line_per_refused_file_and_exits_3(workspace, exported, capsys):
    path = sheet_of(exported, "Kinh-te")
    first = next(iter(task_rows(openpyxl.load_workbook(path).worksheets[0])))
    fill(path, {first: {"tinh trang": "Không thực hiện"}})
    workspace.close()
    code = main(
        [
            "sheets",
            "import",
            "--workspace",
            str(workspace.path),
            str(path),
            str(CORPUS / "zip_bomb.xlsx"),
            "--json",
        ]
    )
    captured = capsys.readouterr()
    assert code == 3
    assert captured.err.count("\n") == 1 and "zip_bomb.xlsx" in captured.err
    assert '"applied": true' in captured.out and '"new_status": "dropped"' in captured.out


def test_cli_export_lists_the_files_written(tmp_path, capsys):
    create_demo(tmp_path / "w.xaplan", tasks=12, offices=3, months=1, today=TODAY).close()
    code = main(
        [
            "sheets",
            "export",
            "--workspace",
            str(tmp_path / "w.xaplan"),
            "--month",
            JUNE.key,
            "-o",
            str(tmp_path / "out"),
            "--json",
        ]
    )
    assert code == 0 and '"files"' in capsys.readouterr().out
    assert len(list((tmp_path / "out").glob("PHIEU_DA06_2026-06_*.xlsx"))) == 3


_APPLY = """
import sys
from pathlib import Path
from xa_planner.services.workspace_service import open_workspace
with open_workspace(Path(sys.argv[1])) as ws:
    preview = ws.sheets.preview_import([Path(p) for p in sys.argv[2:]])
    print("ready", flush=True)
    ws.sheets.apply_import(preview)
"""


def _june_statuses(path: Path) -> list:
    with sqlite3.connect(path) as conn:
        return sorted(
            conn.execute(
                "SELECT task_id, status, result_note FROM task_progress p JOIN periods m "
                "ON m.id = p.period_id WHERE m.year = 2026 AND m.month = 6"
            )
        )


def test_killing_the_import_leaves_the_month_before_or_after(tmp_path):
    with create_demo(tmp_path / "w.xaplan", tasks=400, offices=6, months=2, today=TODAY) as ws:
        files = ws.sheets.export_month(JUNE, tmp_path / "out")
    for path in files:
        ids = task_rows(openpyxl.load_workbook(path).worksheets[0])
        fill(path, {t: {"tinh trang": "Không thực hiện", "ket qua": "Dừng"} for t in ids})
    db = tmp_path / "w.xaplan"
    before = _june_statuses(db)
    finished = tmp_path / "finished.xaplan"
    finished.write_bytes(db.read_bytes())
    subprocess.run(
        [sys.executable, "-c", _APPLY, str(finished), *map(str, files)],
        check=True,
        capture_output=True,
    )
    after_all = _june_statuses(finished)
    assert after_all != before
    outcomes = set()
    for delay in (0.0, 0.02, 0.05, 0.1, 0.2, 0.4):
        copy = tmp_path / f"k{delay}.xaplan"
        copy.write_bytes(db.read_bytes())
        proc = subprocess.Popen(
            [sys.executable, "-c", _APPLY, str(copy), *map(str, files)], stdout=subprocess.PIPE
        )
        proc.stdout.readline()  # the preview is done; the apply starts now
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        state = _june_statuses(copy)
        assert state in (before, after_all)
        outcomes.add("before" if state == before else "after")
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert outcomes


def test_cli_import_says_statuses_and_months_in_words(workspace, exported, capsys):
    path = sheet_of(exported, "Kinh-te")
    first = next(iter(task_rows(openpyxl.load_workbook(path).worksheets[0])))
    fill(path, {first: {"tinh trang": "Hoàn thành", "ngay hoan thanh": "15/6/2026"}})
    workspace.close()
    code = main(["sheets", "import", "--workspace", str(workspace.path), str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "tháng 06/2026" in out and "→ Hoàn thành" in out
    assert not [code for code in ("in_progress", "not_started", "done", "dropped", "2026-06:") if code in out]
