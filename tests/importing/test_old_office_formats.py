"""Excel 97-2003 (.xls) plans are read with xlrd; Word 97-2003 (.doc) plans through LibreOffice, safely."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.refusal_words import refused_saying
from xa_planner.importing import (
    ImportLimits,
    doc_converter,
    parse_plan_bytes,
    parse_plan_file,
)
from xa_planner.services.import_refusal_texts import import_refusal_text

from .conftest import PLANS
from .plan_builders import APPENDIX_TRUTH
from .shape_expectations import scores

needs_libreoffice = pytest.mark.skipif(
    doc_converter.libreoffice_program() is None, reason="LibreOffice is not installed"
)
SECTOR = 512
WORD_MAGIC = b"\xec\xa5"


def test_an_xls_appendix_gives_its_tasks_with_leads_and_time_frames():
    # Given the appendix table saved by Excel 97-2003, when it is imported
    plan = parse_plan_file(PLANS / "appendix_plan.xls")
    # Then every row is a task with its lead, a renamed unit under its current name too
    assert scores(plan, APPENDIX_TRUTH)[2] == 1.0
    tasks = {t.ref: t for t in plan.tasks}
    assert tasks["I.2"].timeframe == "Thường xuyên" and tasks["I.2"].support == ["Công an tỉnh"]
    assert tasks["II.2"].lead_written == ["Sở Giao thông vận tải"]


def test_a_broken_xls_is_refused_with_one_clear_sentence():
    data = (PLANS / "appendix_plan.xls").read_bytes()
    with refused_saying("Excel 97-2003"):
        parse_plan_bytes(data[:3000], "phu_luc.xls")


@needs_libreoffice
def test_a_doc_plan_is_converted_by_libreoffice_and_read():
    plan = parse_plan_file(PLANS / "appendix_plan.doc")
    assert scores(plan, APPENDIX_TRUTH)[2] == 1.0
    assert (plan.document.number, plan.document.issuer) == (
        "45/KH-UBND",
        "Ủy ban nhân dân tỉnh Quảng Nam",
    )


def test_without_an_office_suite_a_doc_is_refused_saying_what_to_do(monkeypatch):
    monkeypatch.setattr(doc_converter, "libreoffice_program", lambda: None)
    monkeypatch.setattr(doc_converter, "_word_available", lambda: False)
    with refused_saying("cần LibreOffice hoặc Microsoft Word") as caught:
        parse_plan_file(PLANS / "appendix_plan.doc")
    assert "lưu thành .docx" in import_refusal_text(caught.value)


def test_a_doc_locked_with_a_password_is_refused_before_any_conversion(monkeypatch):
    data = bytearray((PLANS / "appendix_plan.doc").read_bytes())
    start = next(i for i in range(SECTOR, len(data), SECTOR) if data[i : i + 2] == WORD_MAGIC)
    data[start + 11] |= 0x01  # the "encrypted" flag of the Word file header
    monkeypatch.setattr(doc_converter, "libreoffice_program", lambda: pytest.fail("converted"))
    with refused_saying("mật khẩu"):
        parse_plan_bytes(bytes(data), "ke_hoach.doc")


def test_a_conversion_that_hangs_is_stopped_at_the_time_limit(monkeypatch, tmp_path):
    # Given a converter that never finishes
    monkeypatch.setattr(doc_converter, "libreoffice_program", lambda: sys.executable)
    monkeypatch.setattr(
        doc_converter,
        "_libreoffice_command",
        lambda program, source, work: [program, "-c", "import time; time.sleep(60)"],
    )
    # When a .doc is imported with a 1-second budget, then it is refused, not waited for
    with refused_saying("quá lâu"):
        parse_plan_file(PLANS / "appendix_plan.doc", limits=ImportLimits(time_budget_seconds=1))


def test_the_conversion_leaves_no_temporary_files(monkeypatch, tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.setattr(doc_converter, "libreoffice_program", lambda: None)
    monkeypatch.setattr(doc_converter, "_word_available", lambda: True)
    monkeypatch.setattr(doc_converter, "_word_command", lambda source, work: ["true"])
    if shutil.which("true") is None:
        pytest.skip("no 'true' program")
    with refused_saying("Không chuyển được"):
        parse_plan_file(PLANS / "appendix_plan.doc")
    assert list(tmp_path.iterdir()) == []


def test_an_xls_with_more_rows_than_the_limit_is_refused():
    with refused_saying("quá nhiều dòng"):
        parse_plan_file(PLANS / "appendix_plan.xls", limits=ImportLimits(max_rows=3))


def test_parse_command_reads_an_xls_plan(tmp_path):
    # Given an Excel 97-2003 appendix, when the officer runs `xa-planner parse --json` on it
    result = subprocess.run(
        [sys.executable, "-m", "xa_planner", "parse", "--json", str(PLANS / "appendix_plan.xls")],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    # Then its tasks come out with leads as written and their current names
    tasks = {t["ref"]: t for t in json.loads(result.stdout)["tasks"]}
    assert (tasks["II.2"]["lead"], tasks["II.2"]["lead_current"]) == (
        ["Sở Giao thông vận tải"],
        ["Sở Xây dựng"],
    )
