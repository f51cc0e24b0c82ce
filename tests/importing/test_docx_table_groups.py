"""A Word task table's group rows ("I. CÔNG TÁC TUYÊN TRUYỀN") give their rows a section, as the PDF print does."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from xa_planner.services.template_service import parse_plan

from . import pdf_table_builders as built
from .plan_builders import FONT

HEADER = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
SECTIONS = [f"{number} {title}" for number, title, rows in built.GROUPS for _ in rows]
REFS = [f"{number}.{index}" for number, _, rows in built.GROUPS for index in range(1, len(rows) + 1)]


def _group_row(cells, number: str, title: str, shape: str) -> None:
    """Write a group row the way offices do: merged over every column, number beside a merged
    title, or the whole heading typed in the task column with the other cells left empty."""
    if shape == "merged_across_all":
        cells[0].merge(cells[-1]).text = f"{number}. {title}"
    elif shape == "number_beside_merged_title":
        cells[0].text = number
        cells[1].merge(cells[-1]).text = title
    else:
        cells[1].text = f"{number}. {title}"


def _table_plan_docx(path: Path, shape: str) -> Path:
    document = Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Thực hiện chuyển đổi số trên địa bàn xã năm 2026")
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for number, title, rows in built.GROUPS:
        _group_row(table.add_row().cells, number, title, shape)
        for index, row in enumerate(rows, start=1):
            texts = (str(index), row.content, "; ".join(row.lead), "; ".join(row.support), row.time)
            for cell, text in zip(table.add_row().cells, texts, strict=True):
                cell.text = text
    document.save(path)
    return path


SHAPES = ["merged_across_all", "number_beside_merged_title", "heading_in_task_column"]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_word_table_group_row_becomes_the_section_of_the_rows_under_it(tmp_path, shape):
    # Given a Word plan whose task table is grouped by rows "I. CÔNG TÁC …" in one of the usual shapes
    path = _table_plan_docx(tmp_path / "plan.docx", shape)

    # When the officer imports it
    tasks = parse_plan(path).tasks

    # Then every task sits under its group, numbered within it, and no group row became a task
    assert [task.section for task in tasks] == SECTIONS
    assert [task.ref for task in tasks] == REFS


@pytest.mark.parametrize("shape", SHAPES)
def test_the_word_table_and_its_pdf_print_give_the_same_sections_and_leads(tmp_path, shape):
    if not FONT.exists():
        pytest.skip("DejaVuSans.ttf is not installed, so no Vietnamese PDF can be made")
    # Given the same task table as a Word file and printed to PDF with its group rows merged
    word = parse_plan(_table_plan_docx(tmp_path / "plan.docx", shape)).tasks
    pdf_path = tmp_path / "plan.pdf"
    pdf_path.write_bytes(built.table_plan_pdf(span_number=True))

    # When both are imported
    printed = parse_plan(pdf_path).tasks

    # Then each task has the same section and the same lead units in both
    assert [(t.section, t.lead) for t in word] == [(t.section, t.lead) for t in printed]
    assert [t.lead for t in word] == [list(row.lead) for row in built.ROWS]
