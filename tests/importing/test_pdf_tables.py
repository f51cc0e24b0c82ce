"""Task tables inside text-layer PDFs are read by position: each row a task with its lead, supports and deadline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.warning_words import warning_sentences
from xa_planner.importing import pdf_tables
from xa_planner.services.template_service import parse_plan

from . import pdf_table_builders as built
from .shape_expectations import scores

SECTIONS = [f"{number} {title}" for number, title, _ in built.GROUPS]
REFS = [f"{number}.{index}" for number, _, rows in built.GROUPS for index in range(1, len(rows) + 1)]


def _import(tmp_path, data: bytes, name: str = "ke_hoach.pdf"):
    """The plan as the officer's import reads it, from a file on disk."""
    path = tmp_path / name
    path.write_bytes(data)
    return parse_plan(path)


def _table_tasks(plan):
    """The tasks read from the table: the last ones, as the table ends the plan's tasks."""
    return plan.tasks[-len(built.ROWS) :]


def _assert_every_row_read(plan, refs: list[str] = REFS) -> None:
    tasks = _table_tasks(plan)
    assert [task.ref for task in tasks] == refs
    for task, row in zip(tasks, built.ROWS, strict=True):
        assert task.content == row.content
        assert tuple(task.lead_written) == row.lead
        assert tuple(task.support_written) == row.support
        assert task.timeframe == row.time
        assert task.due == row.due
        assert task.products == row.product


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_every_row_of_a_task_table_becomes_a_task_with_its_lead_supports_and_deadline(tmp_path, ruled):
    # Given a plan whose tasks sit in a table printed to PDF, with grid lines or without
    data = built.table_plan_pdf(ruled=ruled)
    # When the officer imports it
    plan = _import(tmp_path, data)
    # Then each row is one task, its wrapped cells joined, its columns read by their header
    _assert_every_row_read(plan)
    assert len(plan.tasks) == len(built.ROWS)


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_columns_in_an_unusual_order_are_mapped_by_their_header(tmp_path, ruled):
    # Given a table whose lead column comes first and whose number column comes last
    data = built.table_plan_pdf(built.UNUSUAL, ruled=ruled, span_number=True)
    # When it is imported
    plan = _import(tmp_path, data)
    # Then every column still lands in its field
    _assert_every_row_read(plan)


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_header_cell_spanning_lead_and_support_columns_is_read_through_its_second_row(tmp_path, ruled):
    # Given "Cơ quan thực hiện" spanning "Chủ trì" and "Phối hợp" in a header of two rows
    plan = _import(tmp_path, built.two_row_header_pdf(ruled=ruled))
    # Then leads and supports come from their own columns, the deadlines from theirs
    tasks = _table_tasks(plan)
    assert [tuple(task.lead_written) for task in tasks] == [row.lead for row in built.ROWS]
    assert [tuple(task.support_written) for task in tasks] == [row.support for row in built.ROWS]
    assert [task.due for task in tasks] == [row.due for row in built.ROWS]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_units_printed_one_a_line_stay_apart_while_a_wrapped_name_stays_whole(tmp_path, ruled):
    # Given supports written one a line in their cell, without punctuation ("Công an xã" over
    # "Đoàn Thanh niên xã"), beside names that merely wrap ("Trung tâm Phục vụ hành chính" /
    # "công xã"), on a landscape page as an appendix is printed
    data = built.table_plan_pdf(ruled=ruled, units_apart="<br/>", wide=True)
    # When the plan is imported
    plan = _import(tmp_path, data)
    # Then each unit is its own, and no wrapped name is cut
    _assert_every_row_read(plan)


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_without_a_number_column_each_row_is_still_one_task(tmp_path, ruled):
    # Given a table with no "STT" column: only its rules, or the space between rows, part them
    data = built.table_plan_pdf(built.NUMBERLESS, ruled=ruled, span_number=True)
    # When it is imported
    plan = _import(tmp_path, data)
    # Then each row is one task, numbered in order, with its own fields
    _assert_every_row_read(plan, refs=[str(n) for n in range(1, len(built.ROWS) + 1)])


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("span_number", [True, False], ids=["merged-whole-row", "merged-after-number"])
def test_a_group_row_merged_across_the_table_becomes_the_section_of_its_rows(
    tmp_path, ruled, span_number
):
    # Given group rows "I. CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN" merged across the columns
    data = built.table_plan_pdf(ruled=ruled, span_number=span_number)
    # When the plan is imported
    tasks = _table_tasks(_import(tmp_path, data))
    # Then the group rows are no tasks but the sections of the rows under them
    expected = [f"{n} {title}" for n, title, rows in built.GROUPS for _ in rows]
    assert [task.section for task in tasks] == expected
    assert not any(task.content.isupper() for task in tasks)


@pytest.mark.parametrize(
    "options",
    [
        {"repeat_header": True},
        {"repeat_header": False},
        {"repeat_header": True, "split_rows": True},
        {"repeat_header": True, "ruled": False},
        {"repeat_header": False, "ruled": False},
        {"repeat_header": False, "ruled": False, "split_rows": True},
    ],
    ids=["header-repeated", "header-once", "row-broken", "unruled", "unruled-header-once", "unruled-row-broken"],
)
def test_a_table_running_over_two_pages_is_one_table(tmp_path, options):
    # Given a table that starts low on page 1 and goes on on page 2 (header repeated or not,
    # a row broken across the page end or not)
    data = built.split_table_pdf(**options)
    # When it is imported
    plan = _import(tmp_path, data)
    # Then all rows are read once, in order, and the repeated header is no task
    _assert_every_row_read(plan)
    assert len(plan.tasks) == len(built.ROWS)


def test_prose_before_and_after_the_table_stays_prose_for_the_plan_reader(tmp_path):
    # Given a table between an opening (number, title, aims) and a closing section
    plan = _import(tmp_path, built.table_plan_pdf())
    # Then the document facts come from the prose and the closing section is no task
    assert plan.document.number == "27/KH-UBND"
    assert "III. TỔ CHỨC THỰC HIỆN" in plan.source_lines
    assert not any("báo cáo kết quả thực hiện" in task.content for task in plan.tasks)


def test_a_prose_plan_with_an_appendix_table_gives_the_tasks_of_both(tmp_path):
    # Given a prose plan with two tasks of its own and a landscape appendix table on the last page
    plan = _import(tmp_path, built.prose_with_appendix_pdf())
    # Then the prose tasks keep their fields and every appendix row is a task too
    prose = plan.tasks[: len(built.PROSE_TASKS)]
    assert [set(task.lead_written) for task in prose] == [leads for _, leads in built.PROSE_TASKS]
    assert [task.due for task in prose] == [date(2026, 4, 30), date(2026, 5, 31)]
    _assert_every_row_read(plan)
    assert len(plan.tasks) == len(built.PROSE_TASKS) + len(built.ROWS)


def test_ordinary_prose_is_never_cut_into_columns(tmp_path):
    # Given a prose plan whose sentences name leads, supports and deadlines (no table at all)
    from .plan_builders import PDF_TRUTH, text_layer_pdf

    plan = _import(tmp_path, text_layer_pdf())
    # Then it reads as before: the tasks come from the prose and no line is split into cells
    assert scores(plan, PDF_TRUTH)[2] == 1.0
    assert not any(" | " in line for line in plan.source_lines)


DOCUMENTS = {
    "ruled": lambda: built.table_plan_pdf(),
    "unruled": lambda: built.table_plan_pdf(ruled=False),
    "unusual-order": lambda: built.table_plan_pdf(built.UNUSUAL, span_number=True),
    "two-pages": lambda: built.split_table_pdf(repeat_header=False, split_rows=True),
    "appendix": built.prose_with_appendix_pdf,
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_task_and_lead_f1_is_at_least_095_on_each_table_pdf(tmp_path, name):
    plan = _import(tmp_path, DOCUMENTS[name]())
    truth = built.TRUTH + (built.PROSE_TASKS if name == "appendix" else [])
    assert scores(plan, truth)[2] >= 0.95


def test_a_page_of_thousands_of_tiny_cells_is_read_as_text_without_hanging(tmp_path):
    # Given a hostile page ruled into 4,800 tiny cells, under words that look like a task header
    started = time.perf_counter()
    # When it is imported
    plan = _import(tmp_path, built.busy_grid_pdf())
    # Then it is read as plain text, quickly, and the officer is told why
    assert time.perf_counter() - started < 10.0  # a hang guard, not a speed test
    assert "Trang 1 có quá nhiều ô hoặc đường kẻ; đã đọc như văn bản thường." in warning_sentences(plan)


def test_a_grid_just_under_the_limits_still_finishes(tmp_path):
    # Given 1,600 tiny ruled cells: few enough to be looked at as a table
    started = time.perf_counter()
    plan = _import(tmp_path, built.busy_grid_pdf(columns=40, rows=40))
    # Then the import ends in bounded time with the page read by position (no warning)
    assert time.perf_counter() - started < 20.0  # a hang guard, not a speed test
    assert not any("quá nhiều ô" in warning for warning in warning_sentences(plan))


def test_reading_by_position_stops_once_its_share_of_the_time_is_spent(tmp_path, monkeypatch):
    # Given a two-page table and no time left for reading pages by position after the first
    monkeypatch.setattr(pdf_tables, "_MAX_SECONDS", 0.0)
    # When it is imported
    plan = _import(tmp_path, built.split_table_pdf(repeat_header=True))
    # Then the first page's rows are tasks, the rest is plain text, and the officer is told
    assert any("Chỉ tìm bảng trong 1 trang đầu" in warning for warning in warning_sentences(plan))
    assert _table_tasks(plan)[0].lead_written == list(built.ROWS[0].lead)


def test_the_command_line_prints_the_rows_of_a_pdf_table(tmp_path):
    # Given a task table printed to PDF without grid lines
    path = tmp_path / "ke_hoach.pdf"
    path.write_bytes(built.table_plan_pdf(ruled=False))
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    # When the officer parses it on the command line
    done = subprocess.run(
        [sys.executable, "-m", "xa_planner", "parse", str(path), "--json"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    # Then every row comes out with its lead and supports as written
    assert done.returncode == 0, done.stderr
    tasks = json.loads(done.stdout)["tasks"]
    assert [(task["lead"], task["support"]) for task in tasks] == [
        (list(row.lead), list(row.support)) for row in built.ROWS
    ]


OFFICE_PDFS = sorted((Path(__file__).parents[1] / "data" / "plans" / "pdf_tables").glob("*.pdf"))


@pytest.mark.parametrize("path", OFFICE_PDFS, ids=lambda path: path.stem)
def test_a_word_table_saved_as_pdf_by_an_office_suite_gives_every_row(path):
    # Given a Word plan whose task table was saved as PDF by LibreOffice (grid, no borders,
    # unusual column order; rows broken over pages under a repeated header)
    # When the officer imports the PDF
    plan = parse_plan(path)
    # Then every row is one task with its lead, supports and deadline
    _assert_every_row_read(plan)
    assert len(plan.tasks) == len(built.ROWS)


def test_a_prose_plan_printed_to_pdf_reads_as_its_text_does_without_reading_pages_by_position(
    tmp_path, monkeypatch
):
    # Given a real prose plan (seed 003) printed to PDF: its sentences name leads and supports
    seed = next((Path(__file__).parents[1] / "data" / "plans").glob("003_*.txt"))
    data = built.prose_pdf(seed.read_text(encoding="utf-8").splitlines())
    looked_at: list[int] = []
    original = pdf_tables.PdfTablePages._page
    monkeypatch.setattr(
        pdf_tables.PdfTablePages, "_page", lambda self, index: looked_at.append(index) or original(self, index)
    )
    # When it is imported
    plan = _import(tmp_path, data)
    # Then it gives the tasks its text gives, and no page was read by position (that is slow)
    from_text = parse_plan(seed)
    assert [(t.ref, t.lead) for t in plan.tasks] == [(t.ref, t.lead) for t in from_text.tasks]
    assert looked_at == []


def test_an_appendix_the_app_printed_to_pdf_reads_back_row_for_row(tmp_path):
    # Given the appendix PDF this application prints (landscape, a header on every page)
    from xa_planner.exporting.appendix_pdf_writer import write_appendix_pdf
    from xa_planner.exporting.plan_document import AppendixDocument, AppendixRow, AppendixSection

    sections = tuple(
        AppendixSection(number, title, tuple(
            AppendixRow(str(index), row.content, "", "; ".join(row.lead), "; ".join(row.support), row.time, row.product)
            for index, row in enumerate(rows, start=1)
        ))
        for number, title, rows in built.GROUPS
    )  # fmt: skip
    document = AppendixDocument("NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026", "(Kèm theo Kế hoạch số 27/KH-UBND)", sections)
    path = write_appendix_pdf(document, tmp_path / "PL.pdf")
    # When another commune imports it
    plan = parse_plan(path)
    # Then every row comes back as the task it was
    _assert_every_row_read(plan)
    assert len(plan.tasks) == len(built.ROWS)


def test_a_page_whose_drawing_hides_in_a_form_is_weighed_before_it_is_read_by_position(tmp_path):
    # Given a page under a task header that draws 40,000 strokes through a reused form
    started = time.perf_counter()
    plan = _import(tmp_path, built.busy_form_pdf())
    # Then the page is read as plain text, quickly, and the officer is told why
    assert time.perf_counter() - started < 10.0  # a hang guard, not a speed test
    assert "Trang 1 có quá nhiều ô hoặc đường kẻ; đã đọc như văn bản thường." in warning_sentences(plan)
