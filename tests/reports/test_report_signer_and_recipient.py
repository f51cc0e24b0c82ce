"""The report's signer and its receiving unit come from the profile, read back from the files."""

from __future__ import annotations

import dataclasses
import email
from email import policy

import docx
import pdfplumber
import pytest

from xa_planner.cli import main
from xa_planner.domain.signature_block import HANDWRITTEN_NAME_BLANK
from xa_planner.services.demo_service import create_demo

from .conftest import MONTH, TODAY

CHIEF = "Lê Văn Hùng"


def _pdf_text(path) -> str:
    """The words of every page, one space apart: a recipient line wrapped in its column reads whole."""
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def _docx_text(path) -> str:
    document = docx.Document(path)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return " ".join(" ".join([p.text for p in document.paragraphs] + cells).split())


def _profile(workspace, **changes) -> None:
    workspace.commune.save_profile(dataclasses.replace(workspace.commune.profile(), **changes))


def _texts(workspace, tmp_path) -> dict[str, str]:
    pdf = workspace.reports.export(MONTH, "pdf", tmp_path / "r.pdf", today=TODAY)
    word = workspace.reports.export(MONTH, "docx", tmp_path / "r.docx", today=TODAY)
    return {"pdf": _pdf_text(pdf), "docx": _docx_text(word)}


def test_the_report_prints_the_police_chief_and_the_unit_the_profile_names(workspace, tmp_path):
    # Given the demo commune: police chief Lê Văn Hùng, the report goes to PC06
    # When the month's report is exported as PDF and Word
    texts = _texts(workspace, tmp_path)

    # Then both name the chief under his title and route the report through PC06, never PV01
    for text in texts.values():
        assert "TRƯỞNG CÔNG AN XÃ" in text and CHIEF in text
        assert "Công an tỉnh Quảng Trị (qua Phòng Cảnh sát QLHC về TTXH (PC06))" in text
        assert "PV01" not in text


def test_pv01_appears_only_when_the_profile_names_it(workspace, tmp_path):
    # Given a profile whose receiving unit is PV01, with only its code
    _profile(workspace, report_recipient_unit="", report_recipient_code="PV01")

    # When the report is exported
    texts = _texts(workspace, tmp_path)

    # Then "Nơi nhận" routes it through PV01 and PC06 is gone
    for text in texts.values():
        assert "Công an tỉnh Quảng Trị (qua PV01)" in text
        assert "PC06" not in text


def test_without_a_receiving_unit_the_report_goes_to_the_provincial_police_plainly(
    workspace, tmp_path
):
    _profile(workspace, report_recipient_unit="", report_recipient_code="")
    for text in _texts(workspace, tmp_path).values():
        assert "Công an tỉnh Quảng Trị" in text
        assert "(qua" not in text


def test_a_missing_chief_leaves_a_dotted_line_to_sign_by_hand(workspace, tmp_path):
    # Given a profile without the police chief's name
    _profile(workspace, police_chief_name="")

    # When the report is exported
    texts = _texts(workspace, tmp_path)

    # Then the title is there and a dotted line waits for the handwritten name
    for text in texts.values():
        assert "TRƯỞNG CÔNG AN XÃ" in text
        assert CHIEF not in text
        assert HANDWRITTEN_NAME_BLANK in text


def test_the_email_is_addressed_to_the_receiving_unit(workspace, tmp_path):
    eml = workspace.reports.export(
        MONTH, "eml", tmp_path / "r.eml", today=TODAY, attachments=[]
    )
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = message.get_body(("plain",)).get_content()
    assert "Kính gửi: Công an tỉnh Quảng Trị (qua Phòng Cảnh sát QLHC về TTXH (PC06))." in body
    assert message["Subject"].endswith("Xã Vĩnh Thủy gửi PC06")
    assert "PV01" not in body


def test_the_plan_prints_the_chairman_or_a_dotted_line(workspace, tmp_path):
    plan_id = workspace.plans.current_plan().id
    named = _pdf_text(workspace.plan_export.export(plan_id, "plan", "pdf", tmp_path / "a.pdf"))
    assert "Nguyễn Văn An" in named and HANDWRITTEN_NAME_BLANK not in named

    _profile(workspace, chair_name="")
    blank = _pdf_text(workspace.plan_export.export(plan_id, "plan", "pdf", tmp_path / "b.pdf"))
    assert "Nguyễn Văn An" not in blank and HANDWRITTEN_NAME_BLANK in blank


@pytest.fixture
def unsigned_path(tmp_path):
    path = tmp_path / "w.xaws"
    with create_demo(path, tasks=20, months=2, today=TODAY) as workspace:
        _profile(workspace, police_chief_name="", chair_name="")
    return path


def _export(path, tmp_path, what: str, *extra: str) -> int:
    out = tmp_path / f"{what}.pdf"
    args = ["export", what, "--workspace", str(path), "--format", "pdf", "-o", str(out), *extra]
    return main(args)


def test_the_cli_warns_on_stderr_when_the_report_has_no_signer_and_still_succeeds(
    unsigned_path, tmp_path, capsys
):
    # When the report of a workspace without a police chief is exported from the command line
    code = _export(unsigned_path, tmp_path, "report", "--month", "2026-06")

    # Then it succeeds and one stderr line asks for the name where the officer types it
    err = capsys.readouterr().err
    assert code == 0
    assert "Chưa có tên người ký báo cáo" in err and "Công cụ → Thông tin xã" in err
    assert (tmp_path / "report.pdf").stat().st_size > 500


def test_the_cli_warns_when_the_plan_has_no_signer_but_not_for_the_appendix(
    unsigned_path, tmp_path, capsys
):
    assert _export(unsigned_path, tmp_path, "plan") == 0
    assert "Chưa có tên người ký kế hoạch" in capsys.readouterr().err
    assert _export(unsigned_path, tmp_path, "appendix") == 0
    assert capsys.readouterr().err == ""


def test_the_cli_says_nothing_when_the_signer_is_known(tmp_path, capsys):
    path = tmp_path / "w.xaws"
    create_demo(path, tasks=20, months=2, today=TODAY).close()
    assert _export(path, tmp_path, "report", "--month", "2026-06") == 0
    assert capsys.readouterr().err == ""
