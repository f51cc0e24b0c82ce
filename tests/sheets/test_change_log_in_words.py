"""The change log of a month's real work reads in words: no action codes, status codes, ids or hashes."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl

from xa_planner.domain.statuses import ProgressStatus
from xa_planner.services.plan_editing_service import TaskChanges

from .conftest import JUNE, TODAY, sheet_of
from .sheet_filling import fill, task_rows

CODES = re.compile(
    r"\b[a-z]+[._][a-z_]+\b|#\d|\bsha256\b|∅|\b\d{4}-\d{2}(-\d{2})?\b|"
    + "|".join(rf"\b{s.value}\b" for s in ProgressStatus)
)


def test_a_months_work_leaves_a_change_log_in_words(workspace, exported, tmp_path):
    # Given a month of work: a deadline and a lead changed, sheets sent and one brought back,
    # the report's text edited and the report marked sent
    plan = workspace.plans.current_plan()
    row = workspace.plans.plan_rows(plan.id)[0]
    office = next(o for o in workspace.commune.offices() if o.id != row.lead_office_id)
    workspace.editing.update_task(
        row.task_id, TaskChanges(lead_office_id=office.id, due=dt.date(2026, 9, 30)), row.version
    )
    path = sheet_of(exported, "Kinh-te")
    first = list(task_rows(openpyxl.load_workbook(path).worksheets[0]))[0]
    fill(path, {first: {"tinh trang": "Hoàn thành", "ngay hoan thanh": "15/6/2026"}})
    workspace.sheets.apply_import(workspace.sheets.preview_import([path]))
    workspace.reports.save_draft_text(JUNE, {"shortcomings": "Thiếu máy đọc căn cước."})
    files = [workspace.reports.export(JUNE, kind, tmp_path / f"r.{kind}") for kind in ("pdf", "xlsx")]
    workspace.reports.mark_sent(JUNE, files, today=TODAY)
    # When the officer opens Công cụ → Nhật ký thay đổi
    entries = workspace.maintenance.audit_log(20)
    # Then every line is in words
    shown = [f"{e.action} | {e.entity} | {e.detail}" for e in entries]
    # (file names and email addresses are the officer's own words, kept as they are)
    words = [re.sub(r"\S+\.xlsx|\S+@\S+", "", line) for line in shown]
    assert not [line for line in words if CODES.search(line)], shown
    task_line = next(e for e in entries if e.code == "task.update")
    assert task_line.entity == f"nhiệm vụ {row.ref}"
    assert "30/09/2026" in task_line.detail and office.short_name in task_line.detail
    assert any(e.entity == "tháng báo cáo 06/2026" for e in entries)
