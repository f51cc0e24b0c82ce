"""The turns a page image went through before recognition, undone for boxes found on the turned image."""

from __future__ import annotations

import math
from dataclasses import dataclass

Box = tuple[int, int, int, int]  # left, top, right, bottom in pixels


@dataclass(frozen=True)
class PageTurn:
    """One ``Image.rotate(degrees, expand=True)`` (counter-clockwise) of an image *width* × *height*."""

    degrees: float
    width: int
    height: int

    def point_before(self, x: float, y: float) -> tuple[float, float]:
        """Where a point of the turned image was before the turn (Pillow's own affine matrix, inverted)."""
        a, b, c, d, e, f = self._output_to_input()
        return a * x + b * y + c, d * x + e * y + f

    def _output_to_input(self) -> tuple[float, float, float, float, float, float]:
        # The same steps as Image.rotate(expand=True), so the mapping matches its pixels exactly.
        angle = -math.radians(self.degrees)
        a, b = round(math.cos(angle), 15), round(math.sin(angle), 15)
        d, e = -b, a
        centre_x, centre_y = self.width / 2.0, self.height / 2.0
        c = a * -centre_x + b * -centre_y + centre_x
        f = d * -centre_x + e * -centre_y + centre_y
        corners = [(a * x + b * y + c, d * x + e * y + f) for x, y in self._corners()]
        new_width = math.ceil(max(x for x, _ in corners)) - math.floor(min(x for x, _ in corners))
        new_height = math.ceil(max(y for _, y in corners)) - math.floor(min(y for _, y in corners))
        shift_x, shift_y = -(new_width - self.width) / 2.0, -(new_height - self.height) / 2.0
        return a, b, a * shift_x + b * shift_y + c, d, e, d * shift_x + e * shift_y + f

    def _corners(self) -> tuple[tuple[int, int], ...]:
        return ((0, 0), (self.width, 0), (self.width, self.height), (0, self.height))


def quarter_turns(turns: tuple[PageTurn, ...]) -> int:
    """The whole quarter turns (counter-clockwise, 0–3) among *turns*: what stands the page
    upright, the small levelling turns left out."""
    return round(sum(turn.degrees for turn in turns) / 90) % 4


def box_before_turns(box: Box, turns: tuple[PageTurn, ...], width: int, height: int) -> Box:
    """The upright rectangle around *box* once every turn is undone, kept inside the *width* × *height* page.

    A line levelled by a small turn becomes a slightly taller rectangle on the page as stored:
    it still covers every word of the line.
    """
    left, top, right, bottom = box
    corners = [(float(left), float(top)), (float(right), float(top)), (float(right), float(bottom)), (float(left), float(bottom))]
    for turn in reversed(turns):
        corners = [turn.point_before(x, y) for x, y in corners]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return (
        max(0, math.floor(min(xs))),
        max(0, math.floor(min(ys))),
        min(width, math.ceil(max(xs))),
        min(height, math.ceil(max(ys))),
    )
