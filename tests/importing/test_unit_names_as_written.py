"""Lead and support lists keep each unit as the plan writes it: a comma inside a name does not split
it, a semicolon always parts two units, and a name outside the catalogue is never rewritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from xa_planner.services.template_service import parse_plan

from .pdf_table_builders import prose_pdf
from .plan_builders import FONT

# (content, lead as written, support as written, the leads and supports a reader must find)
TASKS = [
    (
        "Tổ chức tổng vệ sinh môi trường tại các khu dân cư vào sáng chủ nhật cuối tháng.",
        "Trưởng thôn, tổ dân phố",
        "Bí thư chi bộ, trưởng thôn",
        ["Trưởng thôn, tổ dân phố"],
        ["Bí thư chi bộ, trưởng thôn"],
    ),
    (
        "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn.",
        "Các cơ quan, đơn vị có liên quan",
        "Phòng Văn hóa - Xã hội, Công an xã, Đoàn Thanh niên",
        ["Các cơ quan, đơn vị có liên quan"],
        ["Phòng Văn hóa - Xã hội", "Công an xã", "Đoàn Thanh niên"],
    ),
    (
        "Bảo đảm an ninh trật tự trong dịp Tết Nguyên đán.",
        "Công an xã; Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Ban Chỉ huy Quân sự xã; Trưởng thôn, tổ dân phố",
        ["Công an xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
        ["Ban Chỉ huy Quân sự xã", "Trưởng thôn, tổ dân phố"],
    ),
    (
        "Vận động nhân dân tham gia hiến máu tình nguyện.",
        "Công an xã",
        "Bí thư chi bộ; Chi hội trưởng phụ nữ, Trạm Y tế",
        ["Công an xã"],
        ["Bí thư chi bộ", "Chi hội trưởng phụ nữ", "Trạm Y tế"],
    ),
]


def _plan_lines() -> list[str]:
    lines = ["KẾ HOẠCH", "Bảo đảm vệ sinh môi trường và an ninh trật tự năm 2026", "I. NHIỆM VỤ CỤ THỂ"]
    for number, (content, lead, support, _leads, _supports) in enumerate(TASKS, start=1):
        lines += [f"{number}. {content}", f"- Chủ trì: {lead}", f"- Phối hợp: {support}"]
    return lines


def _table_docx(path: Path) -> Path:
    """The same tasks in a Word table, units in their own columns."""
    document = Document()
    document.add_paragraph("KẾ HOẠCH")
    table = document.add_table(rows=1, cols=4)
    header = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for number, (content, lead, support, _leads, _supports) in enumerate(TASKS, start=1):
        for cell, text in zip(table.add_row().cells, (str(number), content, lead, support), strict=True):
            cell.text = text
    document.save(path)
    return path


def _write(path: Path) -> Path:
    lines = _plan_lines()
    if path.name.endswith("table.docx"):
        return _table_docx(path)
    if path.suffix == ".txt":
        path.write_text("\n".join(lines), encoding="utf-8")
    elif path.suffix == ".pdf":
        path.write_bytes(prose_pdf(lines))
    else:
        document = Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(path)
    return path


@pytest.mark.parametrize("name", ["plan.txt", "plan.docx", "plan.pdf", "table.docx"])
def test_each_lead_and_support_is_the_unit_as_the_plan_writes_it(tmp_path, name):
    if name.endswith(".pdf") and not FONT.exists():
        pytest.skip("DejaVuSans.ttf is not installed, so no Vietnamese PDF can be made")
    # Given a plan whose leads are names with commas inside and units parted by semicolons
    path = _write(tmp_path / name)

    # When the officer imports it (as text, Word paragraphs, its PDF print or a Word table)
    tasks = parse_plan(path).tasks

    # Then every task has its units as written: a comma before a lower-case word keeps the name
    # whole, a semicolon or a comma before another unit parts them, an office holder in a list
    # ("Bí thư chi bộ") is kept, and nothing is rewritten
    found = [(t.lead_written, t.support_written) for t in tasks]
    assert found == [(leads, supports) for *_, leads, supports in TASKS]


def test_a_name_outside_the_catalogue_is_its_own_current_name_with_a_doubt(tmp_path):
    # Given the plan in plain text
    tasks = parse_plan(_write(tmp_path / "plan.txt")).tasks

    # When its first task's units are read
    first = tasks[0]

    # Then "Trưởng thôn, tổ dân phố" is not taken for a school ("Trường học"): it stays as
    # written, now as then, and the task says a unit was not recognised
    assert first.lead_current == ["Trưởng thôn, tổ dân phố"]
    assert first.support_current == ["Bí thư chi bộ, trưởng thôn"]
    assert "unit_not_recognised" in first.doubts


def test_a_semicolon_parts_two_catalogue_units_each_under_its_current_name(tmp_path):
    # Given the plan in plain text
    tasks = parse_plan(_write(tmp_path / "plan.txt")).tasks

    # When the task led by "Công an xã; Ủy ban Mặt trận Tổ quốc Việt Nam xã" is read
    third = tasks[2]

    # Then both units lead it, each known to the catalogue
    assert third.lead_current == ["Công an xã", "Ủy ban MTTQ Việt Nam xã"]
