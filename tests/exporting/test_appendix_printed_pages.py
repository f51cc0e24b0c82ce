"""Seed 003's appendix as LibreOffice prints its .docx and .xlsx (and as its PDF is): compact, whole rows."""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from printed_documents import page_sizes, printed, words

from xa_planner.exporting.appendix_xlsx_writer import HEADER_ROW

FORMATS = ("pdf", "docx", "xlsx")
MIN_SIZE_PT = 10.99  # 11 pt; LibreOffice keeps sizes in 1/100 mm, so Calc's 11 pt reads 10.998


@pytest.fixture(scope="module")
def printed_appendix(seed_exports) -> dict[str, Path]:
    """The appendix as printed: the PDF as written, the .docx and .xlsx through LibreOffice
    (one conversion each for the whole module)."""
    return {fmt: _as_printed(seed_exports[f"appendix.{fmt}"]) for fmt in FORMATS}


def _as_printed(path: Path) -> Path:
    return path if path.suffix == ".pdf" else printed(path)


@pytest.fixture(scope="module")
def row_labels(seed_exports) -> list[str]:
    """The first cell of every row under the header: section numerals and task numbers."""
    sheet = openpyxl.load_workbook(seed_exports["appendix.xlsx"]).active
    cells = sheet.iter_rows(min_row=HEADER_ROW + 1, max_col=1, values_only=True)
    return [str(value) for (value,) in cells if value]


def _rows_printed(pdf: Path) -> list[list[list[str]]]:
    """Per page, per band between two horizontal rules of the table, the words of its TT column."""
    pages = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            found = page.extract_words(x_tolerance=1.5)
            title = next(w for w in found if w["text"] == "TT")
            edges = sorted(
                e["top"] for e in page.edges if e["orientation"] == "h" and e["x1"] > title["x1"]
            )
            rules: list[float] = []
            for top in edges:
                if not rules or top - rules[-1] > 1.0:  # a rule drawn cell by cell is one rule
                    rules.append(top)
            column = [
                w for w in found if w["x0"] >= title["x0"] - 6 and w["x1"] <= title["x1"] + 6
            ]
            pages.append(
                [
                    [w["text"] for w in column if above <= (w["top"] + w["bottom"]) / 2 < below]
                    for above, below in itertools.pairwise(rules)
                ]
            )
    return pages


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_printed_appendix_holds_five_tasks_a_landscape_page_on_average(
    printed_appendix, row_labels, fmt
):
    # Given seed 003's derived plan (27 tasks in 11 groups), When its appendix is printed
    sizes = page_sizes(printed_appendix[fmt])
    tasks = sum(label.isdigit() for label in row_labels)
    # Then every page is landscape A4 and the pages hold five tasks or more on average
    assert all(abs(w - 842) < 3 and abs(h - 595) < 3 for w, h in sizes)
    assert tasks >= 20
    assert len(sizes) <= tasks / 5, f"{tasks} tasks on {len(sizes)} pages"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_printed_page_repeats_the_header_and_no_row_breaks_across_pages(
    printed_appendix, row_labels, fmt
):
    # Given the appendix printed over several pages
    pages = _rows_printed(printed_appendix[fmt])
    assert len(pages) > 1
    # Then each page's table opens with the header row
    assert all(page[0] == ["TT"] for page in pages)
    # And each row under it carries its own number: a row broken over a page would leave a
    # band without one, and the numbers read in order are the document's, none twice
    printed_rows = [band for page in pages for band in page[1:]]
    assert [" ".join(band) for band in printed_rows] == row_labels


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_printed_appendix_is_set_at_eleven_points_or_more_in_times(printed_appendix, fmt):
    # When the appendix is printed, Then no text is smaller than 11 pt (nothing shrunk to fit)
    found = words(printed_appendix[fmt])
    assert min(w.size for w in found) >= MIN_SIZE_PT
    # And the table is set in Times New Roman or its metric twin, never a fallback face
    faces = {w.font.split("+")[-1] for w in found}  # "ABCDEF+LiberationSerif-Bold": a subset
    assert all(face.startswith(("TimesNewRoman", "LiberationSerif", "Tinos")) for face in faces)
