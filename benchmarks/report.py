"""Time the monthly report of a 300-task plan in every format together (bar: under 2 s).

Run: python benchmarks/report.py [--tasks 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from xa_planner.domain.periods import Period
from xa_planner.services.demo_service import create_demo

BAR_SECONDS = 2.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=300)
    args = parser.parse_args()
    today = dt.date.today()
    period = Period.containing(today)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        with create_demo(out / "w.xaws", tasks=args.tasks, months=3, today=today) as workspace:
            runs = [_run(workspace.reports, period, today, out) for _ in range(2)]
    for label, (timings, total) in zip(
        ("first (cold: fonts, imports)", "second"), runs, strict=True
    ):
        print(f"-- {label} run")
        _print(timings, total, args.tasks)


def _run(reports, period, today, out):
    timings = {}
    start = time.perf_counter()
    reports.draft(period, today)
    timings["draft"] = time.perf_counter() - start
    files = []
    for fmt in ("pdf", "docx", "xlsx"):
        began = time.perf_counter()
        files.append(reports.export(period, fmt, out, today=today))
        timings[fmt] = time.perf_counter() - began
    began = time.perf_counter()
    reports.export(period, "eml", out, today=today, attachments=files)
    timings["eml"] = time.perf_counter() - began
    return timings, time.perf_counter() - start


def _print(timings, total, tasks):
    for name, seconds in timings.items():
        print(f"{name:6s} {seconds:6.3f} s")
    verdict = "OK" if total < BAR_SECONDS else "OVER"
    print(
        f"total  {total:6.3f} s for {tasks} tasks, all formats (bar {BAR_SECONDS} s): {verdict}"
    )


if __name__ == "__main__":
    main()
