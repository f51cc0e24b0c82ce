"""The documents to sign, as printed: blanks a person can write in, the source cited as plans cite it."""

from __future__ import annotations

import re

import openpyxl
import pytest
from printed_documents import gap_after, printed, words

NUMBER_BLANK_MM = (15, 22)  # offices leave about 15–20 mm (plus the space after "Số:")
DAY_BLANK_MM = (8, 10.5)


def _as_printed(path):
    return path if path.suffix == ".pdf" else printed(path)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_unnumbered_undated_plan_leaves_blanks_to_write_in_and_prints_its_year(
    seed_exports, fmt
):
    # Given seed 003's plan derived for 2026, not yet numbered nor dated
    # When it is exported as the officer does (PDF, or .docx printed by LibreOffice)
    found = words(_as_printed(seed_exports[f"plan.{fmt}"]))
    # Then the number and the day and month have room to write in, the year is printed
    symbol, number_gap = gap_after(found, "Số:")
    assert symbol == "/KH-UBND" and NUMBER_BLANK_MM[0] <= number_gap <= NUMBER_BLANK_MM[1]
    month, day_gap = gap_after(found, "ngày")
    assert month == "tháng" and DAY_BLANK_MM[0] <= day_gap <= DAY_BLANK_MM[1]
    year_word, month_gap = gap_after(found, "tháng")
    assert year_word == "năm" and DAY_BLANK_MM[0] <= month_gap <= DAY_BLANK_MM[1]
    assert gap_after(found, "năm")[0] == "2026"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_the_appendix_reference_line_leaves_blanks_for_the_plans_number_and_day(seed_exports, fmt):
    # Given the appendix of an unnumbered plan, When it is printed
    found = words(_as_printed(seed_exports[f"appendix.{fmt}"]))
    # Then "(Kèm theo Kế hoạch số ___/KH-UBND ngày __/__/2026 …)" has room for both
    symbol, number_gap = gap_after(found, "số")
    assert symbol == "/KH-UBND" and NUMBER_BLANK_MM[0] <= number_gap <= NUMBER_BLANK_MM[1]
    slash, day_gap = gap_after(found, "ngày")
    assert slash == "/" and DAY_BLANK_MM[0] <= day_gap <= DAY_BLANK_MM[1]
    assert any(w.text == "/2026" and w.page == 1 for w in found)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_report_leaves_a_number_blank_before_its_symbol(demo_exports, fmt):
    # Given the demo's monthly report, stored as "     /BC-CAX", When it is printed
    found = words(_as_printed(demo_exports[f"report.{fmt}"]))
    # Then the number has room to be written in
    symbol, gap = gap_after(found, "Số:")
    assert symbol == "/BC-CAX" and NUMBER_BLANK_MM[0] <= gap <= NUMBER_BLANK_MM[1]


def test_a_numbered_and_dated_plan_prints_them_in_full(demo_exports):
    # Given the demo plan, numbered 05/KH-UBND and dated, When it is exported as PDF
    text = " ".join(w.text for w in words(demo_exports["plan.pdf"]) if w.page == 1)
    # Then no blank is left
    assert "Số: 05/KH-UBND" in text
    assert re.search(r"ngày \d\d tháng \d{1,2} năm \d{4}", text)


def _opening(found) -> str:
    text = " ".join(w.text for w in found if w.page == 1)
    return text[text.index("Thực hiện") :]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_plan_opens_by_citing_a_numbered_source_in_full(demo_exports, fmt):
    # Given the demo plan, derived from Kế hoạch số 113/KH-UBND of the province
    opening = _opening(words(_as_printed(demo_exports[f"plan.{fmt}"])))
    # Then its first sentence names the kind, number, date, issuer and subject of the source
    assert re.match(
        r"Thực hiện Kế hoạch số 113/KH-UBND ngày \d\d/\d\d/\d{4} của UBND tỉnh \w+ \w+ về ",
        opening,
    ), opening[:200]


def test_the_plan_opens_by_citing_an_unnumbered_source_by_kind_and_issuer(seed_exports):
    # Given seed 003, whose source has neither number nor date
    opening = _opening(words(seed_exports["plan.pdf"]))
    # Then the citation is its kind, its issuer and its subject, not its bare title
    assert opening.startswith(
        "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Vĩnh Long về triển khai thực hiện"
    ), opening[:200]


def _directing_cells(path) -> list[str]:
    """Each row's "Văn bản chỉ đạo" as it reads (a line break kept a symbol whole: a space)."""
    sheet = openpyxl.load_workbook(path).active
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "TT")
    return [
        " ".join(str(sheet.cell(row, 3).value or "").split())
        for row in range(header + 1, sheet.max_row + 1)
        if str(sheet.cell(row, 1).value or "").isdigit()
    ]


def test_each_appendix_row_cites_a_numbered_source_in_short(demo_exports):
    # Given the demo appendix, When its rows are read back
    cells = _directing_cells(demo_exports["appendix.xlsx"])
    # Then a row citing the province's plan says "KH số 113/KH-UBND", never a whole title
    assert "KH số 113/KH-UBND" in cells
    assert all(len(cell or "") <= 60 for cell in cells)


def test_each_appendix_row_cites_an_unnumbered_source_in_short(seed_exports):
    # Given seed 003's appendix, whose rows used to carry the source's whole title
    cells = _directing_cells(seed_exports["appendix.xlsx"])
    # Then every row cites it as "KH của UBND tỉnh Vĩnh Long"
    assert len(cells) >= 20
    assert set(cells) == {"KH của UBND tỉnh Vĩnh Long"}
