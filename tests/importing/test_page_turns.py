"""A line box found on a levelled or turned page is put back where the line is on the page as stored."""

from __future__ import annotations

import pytest
from PIL import Image

from xa_planner.importing.page_turns import PageTurn, box_before_turns


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
