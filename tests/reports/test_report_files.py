"""The report files read back: PDF text, Word paragraphs and tables, workbook cells, the email draft."""

from __future__ import annotations

import email
from email import policy

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from xa_planner.exporting.report_document import DATA_COLUMNS, DATA_SHEET

from .conftest import MONTH, TODAY


@pytest.fixture
def files(workspace, tmp_path):
    return {
        fmt: workspace.reports.export(MONTH, fmt, tmp_path, today=TODAY)
        for fmt in ("pdf", "docx", "xlsx", "eml")
    }


def test_the_pdf_reads_back_with_its_vietnamese_title_sections_and_tables(files, report):
    text = "\n".join(page.extract_text() for page in PdfReader(files["pdf"]).pages)
    for expected in (
        "BÁO CÁO",
        "Kết quả thực hiện Đề án 06 tháng 06/2026",
        "Kỳ báo cáo từ ngày 01/06/2026 đến ngày 30/06/2026",
        "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
        "Mức giao",
        "Đánh giá",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Nơi nhận:",
        report.offices[0].office,
    ):
        assert expected in text, expected
    assert files["pdf"].name == "BC_DA06_2026-06_Xa-Vinh-Thuy.pdf"


def test_the_docx_has_the_sections_and_the_indicator_table(files, report):
    document = docx.Document(str(files["docx"]))
    paragraphs = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in paragraphs
    assert "Kết quả thực hiện Đề án 06 tháng 06/2026" in paragraphs
    assert "III. TỒN TẠI, VƯỚNG MẮC" in paragraphs
    headers = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    indicators = headers[("TT", "Chỉ tiêu", "Kết quả", "Tỷ lệ", "Mức giao", "Đánh giá")]
    cells = [" ".join(c.text.split()) for c in indicators.rows[1].cells]  # no-break spaces read as spaces
    assert cells == list(report.indicators[0].cells())
    tasks = headers[("TT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Kết quả")]
    assert len(tasks.rows) == 1 + len(report.tasks)


def test_the_workbook_has_the_tables_and_a_data_sheet_of_strings(files, report):
    wb = openpyxl.load_workbook(files["xlsx"])
    assert {"Báo cáo", "Đơn vị", "Chỉ tiêu", "Nhiệm vụ", DATA_SHEET} <= set(wb.sheetnames)
    rows = list(wb[DATA_SHEET].iter_rows(values_only=True))
    assert rows[0] == DATA_COLUMNS
    records = [dict(zip(DATA_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert [r["record_type"] for r in records].count("task") == len(report.tasks)
    assert all(r["commune"] == "Vĩnh Thủy" and r["month"] == "2026-06" for r in records)
    for cell in (c for row in wb[DATA_SHEET].iter_rows() for c in row if c.value is not None):
        assert cell.data_type in ("s", "n")
    text_cells = [c for row in wb["Nhiệm vụ"].iter_rows() for c in row if c.value is not None]
    assert all(c.data_type == "s" for c in text_cells)


def test_the_eml_is_an_unsent_draft_to_the_province_with_the_three_files(files):
    message = email.message_from_bytes(files["eml"].read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "da06@congan.quangtri.gov.vn"
    assert message["Subject"] == (
        "Báo cáo kết quả thực hiện Đề án 06 tháng 06/2026 - Xã Vĩnh Thủy gửi PC06"
    )
    attachments = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(attachments) == {
        "BC_DA06_2026-06_Xa-Vinh-Thuy.pdf",
        "BC_DA06_2026-06_Xa-Vinh-Thuy.docx",
        "BC_DA06_2026-06_Xa-Vinh-Thuy.xlsx",
    }
    assert attachments["BC_DA06_2026-06_Xa-Vinh-Thuy.pdf"].get_content_type() == "application/pdf"
    assert attachments["BC_DA06_2026-06_Xa-Vinh-Thuy.pdf"].get_content()[:5] == b"%PDF-"
    assert "Kính gửi" in message.get_body(("plain",)).get_content()


def test_a_non_ascii_attachment_name_is_encoded_per_rfc_2231(tmp_path, report):
    from xa_planner.exporting.eml_writer import report_email, write_eml

    attachment = tmp_path / "Báo cáo tháng 6.pdf"
    attachment.write_bytes(b"%PDF-1.4\n")
    target = write_eml(report_email(report, [attachment]), tmp_path / "draft.eml")
    raw = target.read_bytes()
    assert b"filename*=utf-8''B%C3%A1o" in raw
    message = email.message_from_bytes(raw, policy=policy.default)
    assert [p.get_filename() for p in message.iter_attachments()] == ["Báo cáo tháng 6.pdf"]
