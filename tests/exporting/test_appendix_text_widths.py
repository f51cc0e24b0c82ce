"""Text measured from the font's own tables: the PDF's widths, Excel's row lines, no reportlab needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import reportlab
from reportlab.pdfbase import pdfmetrics

from xa_planner.exporting import fonts
from xa_planner.exporting.appendix_xlsx_writer import HEADER_ROW, write_appendix_xlsx
from xa_planner.exporting.font_metrics import FontFileError, read_face

SAMPLES = (
    "Đối chiếu danh mục 154 thủ tục hành chính “đúng, đủ, sạch, sống” ≥ 100%",
    "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
    "VP\u00a0HĐND-UBND; Phòng Văn hóa - Xã hội; Ứng dụng VNeID; ỰỲỴỶỸ ơƠưƯ",
)


@pytest.mark.parametrize("bold", [False, True])
def test_widths_read_from_the_font_tables_are_the_widths_the_pdf_is_drawn_with(bold):
    # Given the family every document uses, registered with reportlab for the PDFs
    chosen = fonts.pdf_fonts()
    face = chosen.bold if bold else chosen.regular
    for text in SAMPLES:
        # When a cell's text is measured for a .docx or .xlsx (no reportlab involved)
        measured = fonts.text_width(text, 11, bold)
        # Then it is the width reportlab lays the same text out with in the PDF
        assert measured == pytest.approx(pdfmetrics.stringWidth(text, face, 11), abs=1e-9)


def test_excels_row_for_times_new_roman_12_is_the_fonts_line_and_two_pixels():
    # Given the family's metrics (Times New Roman's, or its metric twin's)
    regular, _bold = fonts.measured_faces()
    # Then 12 pt makes Excel's familiar 15.75 pt row (21 px) and 11 pt a 19 px one
    assert regular.line_pixels(12) + 2 == 21
    assert regular.line_pixels(11) + 2 == 19


def test_a_file_that_is_no_truetype_font_is_refused(tmp_path):
    # Given a text file and a font without Vietnamese letters
    bogus = tmp_path / "times.ttf"
    bogus.write_text("not a font", encoding="utf-8")
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    # Then the first cannot be read and the second does not cover Vietnamese
    with pytest.raises(FontFileError):
        read_face(bogus)
    assert not read_face(vera).covers(fonts.VIETNAMESE_LETTERS)


def test_the_workbook_rows_are_as_tall_as_their_lines_of_text(appendix, tmp_path):
    # Given the sample appendix written as a workbook
    sheet = openpyxl.load_workbook(write_appendix_xlsx(appendix, tmp_path / "PL.xlsx")).active
    heights = {
        row: sheet.row_dimensions[row].height for row in range(HEADER_ROW + 1, sheet.max_row + 1)
    }
    # Then a one-line row (a section title) is one line of 11 pt and 2 px: 19 px, 14.25 pt
    assert heights[HEADER_ROW + 1] == pytest.approx(14.25)
    # And every row is a whole number of 17 px lines plus the 2 px padding
    assert all(((height / 0.75) - 2) % 17 == 0 for height in heights.values())
    assert max(heights.values()) > 4 * 14.25


def test_writing_the_workbook_needs_no_pdf_library(tmp_path):
    # Given a fresh interpreter, When it writes the appendix as .xlsx
    script = (
        "import sys\n"
        "from conftest import sample_appendix\n"
        "from xa_planner.exporting.appendix_xlsx_writer import write_appendix_xlsx\n"
        f"write_appendix_xlsx(sample_appendix(3), {str(tmp_path / 'PL.xlsx')!r})\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    # Then reportlab and its font parsing were never loaded
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "PL.xlsx").stat().st_size > 0
