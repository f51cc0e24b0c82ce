"""The .docx plan and appendix: ND 30 header table, Times New Roman, page fields, repeating header row."""

from __future__ import annotations

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from xa_planner.exporting.appendix_docx_writer import write_appendix_docx
from xa_planner.exporting.plan_docx_writer import write_plan_docx


@pytest.fixture
def plan_docx(plan, tmp_path):
    return docx.Document(str(write_plan_docx(plan, tmp_path / "KH.docx", include_appendix=True)))


def _cell_text(cell) -> str:
    return "\n".join(p.text for p in cell.paragraphs if p.text)


def test_the_header_table_holds_issuer_number_motto_and_date(plan_docx):
    header = plan_docx.tables[0]
    assert _cell_text(header.cell(0, 0)) == "ỦY BAN NHÂN DÂN\nXÃ VĨNH THỦY"
    assert _cell_text(header.cell(0, 1)) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    )
    assert _cell_text(header.cell(1, 0)) == "Số: 1199/KH-UBND"
    date = header.cell(1, 1).paragraphs[0]
    assert date.text == "Vĩnh Thủy, ngày 25 tháng 5 năm 2026"
    assert date.runs[0].font.italic
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and borders.find(qn("w:top")).get(qn("w:val")) == "nil"


def test_the_body_is_times_new_roman_14_justified_and_ends_with_the_mark(plan_docx):
    normal = plan_docx.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size.pt == 14
    texts = [p.text for p in plan_docx.paragraphs]
    assert "KẾ HOẠCH" in texts
    body = next(p for p in plan_docx.paragraphs if p.text.startswith("Thực hiện Kế hoạch số"))
    assert body.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    assert body.paragraph_format.first_line_indent.mm == pytest.approx(12.7, abs=0.1)
    assert any(t.endswith("xem xét, giải quyết./.") for t in texts)


def test_recipients_and_signature_sit_side_by_side(plan_docx):
    footer = plan_docx.tables[1]
    left = footer.cell(0, 0).paragraphs
    assert left[0].text == "Nơi nhận:"
    assert left[0].runs[0].font.bold and left[0].runs[0].font.italic
    assert left[0].runs[0].font.size.pt == 12 and left[1].runs[0].font.size.pt == 11
    assert _cell_text(footer.cell(0, 1)) == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nThái Nam Sơn"


def test_sections_are_a4_with_nd30_margins_and_page_fields_from_page_two(plan_docx):
    plan_section, appendix_section = plan_docx.sections
    assert plan_section.orientation == WD_ORIENT.PORTRAIT
    assert plan_section.page_width.mm == pytest.approx(210, abs=0.1)
    assert (plan_section.top_margin.mm, plan_section.left_margin.mm) == pytest.approx(
        (20, 30), abs=0.1
    )
    assert plan_section.right_margin.mm == pytest.approx(15, abs=0.1)
    assert plan_section.different_first_page_header_footer
    assert "PAGE" in plan_section.header._element.xml
    assert appendix_section.orientation == WD_ORIENT.LANDSCAPE
    assert appendix_section.page_width.mm == pytest.approx(297, abs=0.1)
    assert appendix_section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"


def test_the_appendix_table_repeats_its_header_row(appendix, tmp_path):
    document = docx.Document(str(write_appendix_docx(appendix, tmp_path / "PL.docx")))

    table = document.tables[0]
    header = table.rows[0]
    assert [c.text for c in header.cells][:3] == ["TT", "Nhiệm vụ", "Văn bản chỉ đạo"]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.rows[1].cells[0].text == "I"
    assert table.rows[1].cells[1].text.startswith("CÔNG TÁC THAM MƯU")
    assert table.rows[1].cells[1]._tc is table.rows[1].cells[6]._tc  # merged across the row
    assert table.rows[2].cells[3].text == "Công an xã"
    assert len(table.rows) == 1 + 2 + appendix.row_count()
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert [p.text for p in document.paragraphs[:2]] == [
        "Phụ lục",
        "CÁC NHIỆM VỤ CỦA ĐỀ ÁN 06 TRÊN ĐỊA BÀN XÃ NĂM 2026",
    ]
