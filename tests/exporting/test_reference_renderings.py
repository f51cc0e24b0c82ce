"""Low-resolution renderings of the sample plan and appendix match the kept references (layout guard).

Regenerate after an intended layout change:
    XA_UPDATE_REFERENCE_RENDERINGS=1 pytest tests/exporting/test_reference_renderings.py
and look at the new pages (pdftoppm -r 60 -png) before keeping them.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import sample_appendix, sample_plan
from xa_planner.exporting import fonts
from xa_planner.exporting.appendix_pdf_writer import write_appendix_pdf
from xa_planner.exporting.plan_pdf_writer import write_plan_pdf

REFERENCES = Path(__file__).resolve().parents[1] / "data" / "reference_renderings"
RESOLUTION = 30
TOLERANCE = 1.5  # mean absolute grey-level difference (0–255) allowed per page
UPDATE = os.environ.get("XA_UPDATE_REFERENCE_RENDERINGS") == "1"

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing"),
    pytest.mark.skipif(
        fonts.pdf_fonts().family != "Liberation Serif",
        reason="references are rendered with Liberation Serif, not this PC's font",
    ),
]


def _render(pdf: Path, page: int, out_dir: Path) -> bytes:
    prefix = out_dir / f"{pdf.stem}-{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(RESOLUTION),
            "-gray",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        timeout=60,
    )
    return prefix.with_suffix(".pgm").read_bytes()


def _parse_pgm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and pixels of a binary (P5) 8-bit PGM."""
    fields, position = [], 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    assert fields[0] == b"P5" and fields[3] == b"255"
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[position + 1 : position + 1 + width * height]


def _mean_difference(actual: bytes, expected: bytes) -> float:
    w1, h1, p1 = _parse_pgm(actual)
    w2, h2, p2 = _parse_pgm(expected)
    assert (w1, h1) == (w2, h2), "page size or orientation changed"
    return sum(abs(a - b) for a, b in zip(p1, p2, strict=True)) / len(p1)


def _check(pdf: Path, page: int, name: str, tmp_path: Path) -> None:
    rendered = _render(pdf, page, tmp_path)
    reference = REFERENCES / f"{name}.pgm.gz"
    if UPDATE or not reference.exists():
        REFERENCES.mkdir(parents=True, exist_ok=True)
        reference.write_bytes(gzip.compress(rendered, mtime=0))
        if not UPDATE:
            pytest.fail(f"no reference for {name}; one was written — look at it, then rerun")
    difference = _mean_difference(rendered, gzip.decompress(reference.read_bytes()))
    assert difference <= TOLERANCE, f"{name} differs from its reference by {difference:.2f}"


@pytest.mark.parametrize(
    ("page", "name"), [(1, "plan_page1"), (2, "plan_page2"), (3, "plan_appendix_page1")]
)
def test_the_plan_looks_like_its_reference(page, name, tmp_path):
    pdf = write_plan_pdf(sample_plan(sample_appendix()), tmp_path / "KH.pdf", include_appendix=True)
    _check(pdf, page, name, tmp_path)


@pytest.mark.parametrize(("page", "name"), [(1, "appendix_page1"), (2, "appendix_page2")])
def test_the_appendix_looks_like_its_reference(page, name, tmp_path):
    pdf = write_appendix_pdf(sample_appendix(repeat=3), tmp_path / "PL.pdf")
    _check(pdf, page, name, tmp_path)
