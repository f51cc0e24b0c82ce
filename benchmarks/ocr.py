"""Scanned plans: F1 on (task, lead) against the text version, and the speed of recognition per page.

Run: python benchmarks/ocr.py   (needs tesseract-ocr and tesseract-ocr-vie)
Bars: F1 >= 0.90 for a 150-dpi noisy scan and for phone photos of a plan whose text scores >= 0.95;
at most 1.5 s a page; a 15-page scan in under a minute. Exit status 0 when every bar is met.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))  # the scan maker lives with the tests

from tests.importing.scan_maker import photographed, scanned, typeset  # noqa: E402
from tests.importing.shape_expectations import task_lead_f1  # noqa: E402

from xa_planner.importing import ParsedPlan, parse_plan_bytes  # noqa: E402
from xa_planner.importing.reading_progress import ReadingProgress  # noqa: E402

SEEDS = ROOT / "tests" / "data" / "plans"
SECONDS_PER_PAGE_BAR, FIFTEEN_PAGES_BAR, F1_BAR = 1.5, 60.0, 0.90


def as_pdf(pages: list[Image.Image], quality: int = 60) -> bytes:
    """An image-only PDF, as a scanner or a phone scanning app saves it."""
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=150, quality=quality)
    return buffer.getvalue()


def scan_of(text: str) -> bytes:
    """A 150-dpi grey scan, each sheet turned by up to 2°, with sensor noise."""
    angles = [1.4, -1.1, 0.6, -1.8, 2.0, -0.4]
    return as_pdf([scanned(page, angles[i % len(angles)], seed=i) for i, page in enumerate(typeset(text))])


def photos_of(text: str) -> bytes:
    """Every page photographed by a phone (angle, lamp light, colour), gathered in one PDF."""
    return as_pdf([photographed(page, seed=i) for i, page in enumerate(typeset(text, dpi=200))])


def timed_parse(data: bytes, name: str) -> tuple[ParsedPlan, int, float, float]:
    """The plan, its page count, wall seconds and Tesseract's CPU seconds."""
    pages: list[int] = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    plan = parse_plan_bytes(data, name, progress=ReadingProgress(lambda done, total: pages.append(total)))
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return plan, pages[-1], wall, cpu


def fifteen_page_scan() -> bytes:
    """The three provincial seeds one after another, typeset, the first 15 pages scanned."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("00[034]_*.txt"))]
    pages = typeset("\n".join(texts))[:15]
    return as_pdf([scanned(page, (1.4, -1.1, 0.6)[i % 3], seed=i) for i, page in enumerate(pages)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", nargs="*", default=["003", "004"], help="seed plans to scan and photograph")
    args = parser.parse_args()
    ok = True
    print(f"{'document':34} {'pages':>5} {'tasks':>9} {'F1':>5} {'wall s/p':>8} {'cpu s/p':>8}")
    for stem in args.seeds:
        source = next(SEEDS.glob(f"{stem}_*.txt"))
        expected = parse_plan_bytes(source.read_bytes(), source.name)
        for kind, make in (("scan 150 dpi", scan_of), ("phone photos", photos_of)):
            plan, pages, wall, cpu = timed_parse(make(source.read_text(encoding="utf-8")), f"{stem}.pdf")
            score = task_lead_f1(plan, expected)
            ok &= score >= F1_BAR and wall / pages <= SECONDS_PER_PAGE_BAR
            label = f"{stem} {kind}"
            tasks = f"{len(plan.tasks)}/{len(expected.tasks)}"
            print(f"{label:34} {pages:>5} {tasks:>9} {score:5.2f} {wall / pages:8.2f} {cpu / pages:8.2f}")
    _plan, pages, wall, cpu = timed_parse(fifteen_page_scan(), "fifteen.pdf")
    ok &= wall <= FIFTEEN_PAGES_BAR
    print(f"{pages}-page scan: {wall:.1f} s wall ({wall / pages:.2f} s a page), Tesseract CPU {cpu:.1f} s")
    print(f"bars: F1 >= {F1_BAR}, <= {SECONDS_PER_PAGE_BAR} s a page, 15 pages < {FIFTEEN_PAGES_BAR:.0f} s:",
          "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
