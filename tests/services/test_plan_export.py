"""The plan and its appendix written from a real workspace and read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from xa_planner.domain.plan_text import PlanTextBlock
from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import InvalidInput
from xa_planner.services.plan_editing_service import TaskChanges
from xa_planner.services.workspace_service import create_empty


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "w.xaplan", tasks=30, months=1,
                     today=dt.date(2026, 3, 10)) as opened:
        yield opened


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_plan_pdf_carries_the_communes_header_title_and_signature(workspace, tmp_path):
    written = workspace.plan_export.export(None, "plan", "pdf", tmp_path)
    assert written.name == "KH_DA06_2026_Xa-Vinh-Thuy.pdf"
    text = _pdf_text(written)
    for expected in ("ỦY BAN NHÂN DÂN", "XÃ VĨNH THỦY", "Số: 05/KH-UBND", "KẾ HOẠCH",
                     "Vĩnh Thủy, ngày 20 tháng 01 năm 2026", "Nguyễn Văn An", "Nơi nhận"):
        assert expected in text


def test_every_task_of_the_plan_is_in_the_appendix_under_its_section(workspace, tmp_path):
    written = workspace.plan_export.export(None, "appendix", "xlsx", tmp_path / "pl.xlsx")
    values = [c for row in openpyxl.load_workbook(written).active.iter_rows(values_only=True)
              for c in row if c]
    rows = workspace.plans.plan_rows(workspace.plans.current_plan().id)
    for row in rows:
        assert row.content in values
    assert "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH VÀ CÔNG TÁC CHỈ ĐẠO, TUYÊN TRUYỀN" in values


def test_a_task_that_looks_like_a_formula_stays_text_in_the_appendix(workspace, tmp_path):
    row = workspace.plans.plan_rows(workspace.plans.current_plan().id)[0]
    workspace.editing.update_task(row.task_id, TaskChanges(content="=HYPERLINK(\"x\")"))
    written = workspace.plan_export.export(None, "appendix", "xlsx", tmp_path / "pl.xlsx")
    sheet = openpyxl.load_workbook(written).active
    cells = [c for r in sheet.iter_rows() for c in r if c.value == '=HYPERLINK("x")']
    assert cells and all(c.data_type == "s" for c in cells)


def test_the_officers_own_wording_is_kept_and_printed(workspace, tmp_path):
    plan_id = workspace.plans.current_plan().id
    text = workspace.plan_export.plan_text(plan_id)
    blocks = text.blocks + (PlanTextBlock("V. CHẾ ĐỘ BÁO CÁO", ("Báo cáo vào thứ Sáu cuối tháng.",)),)
    workspace.plan_export.save_plan_text(plan_id, dataclasses.replace(text, blocks=blocks))
    written = workspace.plan_export.export(plan_id, "plan", "docx", tmp_path / "kh.docx")
    paragraphs = [p.text for p in Document(written).paragraphs]
    assert any(p.startswith("Báo cáo vào thứ Sáu cuối tháng.") for p in paragraphs)
    assert paragraphs[-1].endswith("/.") or any(p.endswith("./.") for p in paragraphs)


def test_exporting_without_a_plan_says_so(tmp_path):
    with create_empty(tmp_path / "e.xaplan", "Vĩnh Thủy") as empty, pytest.raises(InvalidInput):
        empty.plan_export.export(None, "appendix", "pdf", tmp_path)


def test_the_cli_exports_and_refuses_a_missing_folder_with_exit_code_3(workspace, tmp_path):
    command = [sys.executable, "-m", "xa_planner", "export", "appendix", "--workspace",
               str(workspace.path), "--format", "pdf", "-o"]
    workspace.close()
    done = subprocess.run([*command, str(tmp_path / "pl.pdf")], capture_output=True, text=True)
    assert done.returncode == 0 and (tmp_path / "pl.pdf").stat().st_size > 0
    failed = subprocess.run([*command, str(tmp_path / "no" / "pl.pdf")], capture_output=True,
                            text=True)
    assert failed.returncode == 3
    assert len(failed.stderr.strip().splitlines()) == 1 and "Traceback" not in failed.stderr
