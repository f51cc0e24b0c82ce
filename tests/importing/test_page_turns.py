"""A line box found on a levelled or turned page is put back where the line is on the page as stored."""

from __future__ import annotations

import pytest
from PIL import Image

from xa_planner.importing.ocr_lines import OcrLine, sideways_turns
from xa_planner.importing.page_turns import PageTurn, box_before_turns, quarter_turns


@pytest.mark.parametrize("degrees", [-1.4, 0.7, 3.0, 90, 180, -90])
def test_a_mark_on_a_turned_page_is_found_again_where_it_was(degrees):
    # Given a page with one mark, turned the way the scan reader levels or stands a page upright
    page = Image.new("L", (1241, 1754), 0)
    page.paste(255, (300, 1500, 340, 1520))
    turned = page.rotate(degrees, expand=True, resample=Image.Resampling.NEAREST)
    # When the mark's box on the turned page is put back
    box = box_before_turns(turned.getbbox(), (PageTurn(degrees, *page.size),), *page.size)
    # Then it surrounds the mark on the page as stored, within a pixel or two
    left, top, right, bottom = box
    assert left <= 300 and top <= 1500 and right >= 340 and bottom >= 1520
    assert max(300 - left, 1500 - top, right - 340, bottom - 1520) <= 4


def test_two_turns_are_undone_last_first():
    page = Image.new("L", (800, 1000), 0)
    page.paste(255, (100, 700, 200, 720))
    first = page.rotate(-90, expand=True)
    second = first.rotate(2.0, expand=True, resample=Image.Resampling.NEAREST)
    turns = (PageTurn(-90, *page.size), PageTurn(2.0, *first.size))
    left, top, right, bottom = box_before_turns(second.getbbox(), turns, *page.size)
    assert 95 <= left <= 100 and 695 <= top <= 700 and 200 <= right <= 205 and 720 <= bottom <= 725


def _line(text: str, box: tuple[int, int, int, int]) -> OcrLine:
    return OcrLine(text, box, (1, 1))


@pytest.mark.parametrize(
    ("xs", "turns"),
    [((900, 860, 820, 780), 1), ((100, 140, 180, 220), 3)],  # right to left: turned clockwise
)
def test_a_page_read_on_its_side_is_known_by_its_lines_running_down_it(xs, turns):
    # Given the lines of a page Tesseract read lying on its side: each runs down the page
    lines = [_line("Hướng dẫn hộ kinh doanh", (x, 200, x + 30, 1400)) for x in xs]
    # Then the quarter turns that stand it up follow from the way the lines follow each other
    assert sideways_turns(lines) == turns


def test_an_upright_page_and_a_column_of_numbers_stand_as_they_are():
    # Given an upright page's lines, and a table page whose narrow cells hold numbers only
    upright = [_line("Hướng dẫn hộ kinh doanh đăng ký", (100, y, 1100, y + 30)) for y in (100, 140, 180)]
    numbers = [_line(str(n), (60, 100 + 40 * n, 72, 130 + 40 * n)) for n in range(1, 9)]
    # Then neither is taken for a page on its side
    assert sideways_turns(upright) == 0
    assert sideways_turns(numbers + upright[:1]) == 0


@pytest.mark.parametrize(("degrees", "quarter"), [(-90, 3), (90, 1), (180, 2), (-178.6, 2), (1.2, 0)])
def test_the_quarter_turns_of_a_page_leave_its_levelling_out(degrees, quarter):
    turns = (PageTurn(0.8, 1241, 1754), PageTurn(degrees, 1241, 1754))
    assert quarter_turns(turns) == quarter
