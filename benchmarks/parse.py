"""Time the plan importer on a 30-page plan (.txt and .docx) and its peak memory on 50 MB files.

Run: python benchmarks/parse.py   (prints figures; the bar is < 0.5 s for a 30-page plan)
"""

from __future__ import annotations

import io
import os
import statistics
import time
import tracemalloc
import zipfile
from pathlib import Path

from docx import Document

from xa_planner.importing import ImportRejected, parse_plan_bytes

SEEDS = Path(__file__).parents[1] / "tests" / "data" / "plans"
LINES_PER_PAGE = 45


def thirty_page_plan() -> str:
    """The three provincial seeds one after another, cut to 30 pages of non-blank lines."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("00[034]_*.txt"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    while len(lines) < 30 * LINES_PER_PAGE:
        lines += lines
    return "\n".join(lines[: 30 * LINES_PER_PAGE])


def as_docx(text: str) -> bytes:
    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def timed(data: bytes, name: str, repeats: int = 7) -> tuple[float, int]:
    times, tasks = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        tasks = len(parse_plan_bytes(data, name).tasks)
        times.append(time.perf_counter() - started)
    return statistics.median(times), tasks


def peak_memory(data: bytes, name: str) -> tuple[float, str]:
    tracemalloc.start()
    try:
        outcome = f"{len(parse_plan_bytes(data, name).tasks)} tasks"
    except ImportRejected as err:
        outcome = f"rejected: {err}"
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20, outcome


def fifty_mb_docx(plan: bytes) -> bytes:
    """A real plan plus 48 MB of incompressible pictures, as scanned attachments make a .docx big."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(plan)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr(
            "word/media/scan.png", os.urandom(48 * 2**20), compress_type=zipfile.ZIP_STORED
        )
    return buffer.getvalue()


def main() -> None:
    text = thirty_page_plan()
    docx = as_docx(text)
    for label, data, name in (
        ("30-page .txt", text.encode(), "plan.txt"),
        ("30-page .docx", docx, "plan.docx"),
    ):
        median, tasks = timed(data, name)
        print(
            f"{label:16} {len(data) / 1024:8.0f} KB  median {median * 1000:6.0f} ms  {tasks} tasks  (bar 500 ms)"
        )
    for label, data, name in (
        ("50 MB .txt", b"Nhiem vu " * (50 * 2**20 // 9), "big.txt"),
        ("50 MB .docx", fifty_mb_docx(docx), "big.docx"),
    ):
        peak, outcome = peak_memory(data, name)
        print(
            f"{label:16} {len(data) / 2**20:6.1f} MB  peak Python allocations {peak:6.1f} MB  ({outcome})"
        )


if __name__ == "__main__":
    main()
