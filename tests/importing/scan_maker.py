"""Make scans and phone photos of a plan text, the way an office scanner or a phone would.

Run `python tests/importing/scan_maker.py` to rebuild tests/data/plans/scans/ from the .txt plans there.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype/liberation2")
SCANS = Path(__file__).parents[1] / "data" / "plans" / "scans"
A4_INCHES = (8.27, 11.69)


def _wrapped(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """The plan's lines wrapped to the text width, as a word processor lays them out."""
    lines = []
    for paragraph in text.splitlines():
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}".strip()
            if current and font.getlength(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
    return lines


def typeset(text: str, dpi: int = 150, point_size: float = 13) -> list[Image.Image]:
    """Clean A4 pages (grey levels) of *text* in Liberation Serif, upper-case lines in bold."""
    width, height = (round(side * dpi) for side in A4_INCHES)
    regular = ImageFont.truetype(str(FONTS / "LiberationSerif-Regular.ttf"), round(point_size * dpi / 72))
    bold = ImageFont.truetype(str(FONTS / "LiberationSerif-Bold.ttf"), round(point_size * dpi / 72))
    left, top = round(1.1 * dpi), round(0.8 * dpi)
    step = round(regular.size * 1.45)
    lines = _wrapped(text, bold, width - left - round(0.8 * dpi))
    per_page = (height - 2 * top) // step
    pages = []
    for first in range(0, len(lines), per_page):
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        for row, line in enumerate(lines[first : first + per_page]):
            font = bold if line.isupper() else regular
            draw.text((left, top + row * step), line, font=font, fill=20)
        pages.append(page)
    return pages


def _noise(size: tuple[int, int], seed: int) -> Image.Image:
    """Grain of the same look on every run (Pillow's own noise cannot be seeded)."""
    grain = Image.frombytes("L", size, random.Random(seed).randbytes(size[0] * size[1]))
    return Image.blend(Image.new("L", size, 128), grain, 0.5)


def scanned(page: Image.Image, angle: float, seed: int = 0) -> Image.Image:
    """A flatbed scan: the sheet slightly askew, sensor noise, a soft focus."""
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=250)
    return Image.blend(turned, _noise(page.size, seed), 0.12).filter(ImageFilter.GaussianBlur(0.5))


def _lamp_light(size: tuple[int, int]) -> Image.Image:
    """Light falling off from one corner to the other, as under a desk lamp."""
    width, height = size
    spread = Image.radial_gradient("L").resize((width * 2, height * 2))
    gradient = spread.crop((width // 3, height // 4, width // 3 + width, height // 4 + height))
    return gradient.point(lambda value: 255 - value * 110 // 255)


def photographed(page: Image.Image, seed: int, long_side: int = 2000) -> Image.Image:
    """A phone photo of the sheet on a desk: seen at an angle, lit unevenly, a little blurred, in colour."""
    rng = random.Random(seed)
    desk = Image.new("L", (round(page.width * 1.12), round(page.height * 1.08)), 90)
    desk.paste(page, ((desk.width - page.width) // 2, (desk.height - page.height) // 2))
    w, h = desk.size
    jitter = [rng.uniform(-0.015, 0.015) * w for _ in range(8)]
    # The corners of the desk area that fill the frame: the top edge farther away, so narrower.
    quad = (
        0.06 * w + jitter[0], 0.0 + jitter[1],
        -0.02 * w + jitter[2], h + jitter[3],
        1.02 * w + jitter[4], h + jitter[5],
        0.94 * w + jitter[6], 0.0 + jitter[7],
    )  # fmt: skip
    photo = desk.transform(desk.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
    photo = ImageChops.multiply(photo, _lamp_light(photo.size)).filter(ImageFilter.GaussianBlur(0.8))
    scale = long_side / max(photo.size)
    photo = photo.resize((round(photo.width * scale), round(photo.height * scale)))
    warm = Image.merge("RGB", [photo, photo.point(lambda v: v * 96 // 100), photo.point(lambda v: v * 85 // 100)])
    return Image.blend(warm, _noise(warm.size, seed).convert("RGB"), 0.06)


def build_corpus() -> None:
    """The committed scans: a two-page image-only PDF, a two-page black-and-white TIFF, a phone photo."""
    plan = (SCANS / "scanned_plan.txt").read_text(encoding="utf-8")
    clean = typeset(plan)
    assert len(clean) == 2, "the scanned plan is meant to fill two pages"
    pages = [scanned(clean[0], 1.4, seed=1), scanned(clean[1], -1.1, seed=2)]
    pages[0].save(SCANS / "scanned_plan.pdf", save_all=True, append_images=pages[1:], resolution=150, quality=35)
    black_white = [page.point(lambda v: 255 if v > 150 else 0).convert("1") for page in pages]
    black_white[0].save(
        SCANS / "scanned_plan.tif", save_all=True, append_images=black_white[1:], compression="group4", dpi=(150, 150)
    )
    photo_plan = (SCANS / "photographed_plan.txt").read_text(encoding="utf-8")
    photo = photographed(typeset(photo_plan, dpi=200)[0], seed=7)
    photo.save(SCANS / "photographed_plan.jpg", quality=55)


if __name__ == "__main__":
    build_corpus()
    for path in sorted(SCANS.iterdir()):
        print(f"{path.name:28} {path.stat().st_size:>9,} bytes")
