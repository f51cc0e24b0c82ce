"""Straighten a slightly skewed scan: the angle whose row profile has the sharpest text lines."""

from __future__ import annotations

from PIL import Image, ImageOps

_SAMPLE_SIDE = 600  # pixels: enough to tell 0.1° apart across a page, fast to rotate
_COARSE = [float(step) for step in range(-5, 6)]  # degrees
_REFINEMENTS = ([-0.5, -0.25, 0.25, 0.5], [-0.1, 0.1])  # around the best angle so far
_MIN_CORRECTION = 0.2  # degrees; below this the rotation costs more than it gives


def _ink(page: Image.Image) -> Image.Image:
    """A small copy with text bright on black, so rotation fills the corners with "no ink"."""
    sample = page.reduce(max(1, -(-max(page.size) // _SAMPLE_SIDE)))
    return ImageOps.invert(ImageOps.autocontrast(sample, cutoff=1))


def _sharpness(ink: Image.Image, angle: float) -> float:
    """How much the mean ink changes from one row to the next once turned by *angle*."""
    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST)
    column = turned.resize((1, turned.height), Image.Resampling.BOX)
    rows = [float(value) for value in column.get_flattened_data()]  # type: ignore[arg-type]  # grey: ints
    return float(sum((after - before) ** 2 for before, after in zip(rows, rows[1:], strict=False)))


def skew_angle(page: Image.Image) -> float:
    """The counter-clockwise turn (degrees, within ±5.7) that levels the text lines of *page* (mode L)."""
    ink = _ink(page)
    best = max(_COARSE, key=lambda angle: _sharpness(ink, angle))
    for steps in _REFINEMENTS:
        best = max([best] + [best + step for step in steps], key=lambda a: _sharpness(ink, a))
    return round(best, 2)


def leveling_angle(page: Image.Image) -> float:
    """The turn deskewed() gives *page*: its skew angle, or 0 when that is too small to correct."""
    angle = skew_angle(page)
    return 0.0 if abs(angle) < _MIN_CORRECTION else angle


def deskewed(page: Image.Image, angle: float | None = None) -> Image.Image:
    """*page* turned level (white corners), or itself when it is already level; *angle* if measured already."""
    angle = leveling_angle(page) if angle is None else angle
    if not angle:
        return page
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
