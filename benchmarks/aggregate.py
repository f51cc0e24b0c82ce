"""Time the province consolidation of 200 communes' monthly report files (bar: under 10 s).

Run: python benchmarks/aggregate.py [--communes 200] [--tasks 300]
The files come from one demo workspace's report with the commune renamed for each copy.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import tempfile
import time
from pathlib import Path

from xa_planner.domain.periods import Period
from xa_planner.exporting.file_names import report_file_name
from xa_planner.exporting.report_xlsx_writer import write_report_xlsx
from xa_planner.services.aggregation_service import AggregationService
from xa_planner.services.demo_service import create_demo

BAR_SECONDS = 10.0


def _commune_files(folder: Path, communes: int, tasks: int) -> list[str]:
    today = dt.date.today()
    period = Period.containing(today)
    with create_demo(folder / "w.xaws", tasks=tasks, months=3, today=today) as workspace:
        report = workspace.reports.draft(period, today)
    names = [f"Xã mẫu {n:03d}" for n in range(1, communes + 1)]
    for name in names:
        copy = dataclasses.replace(report, commune=name)
        write_report_xlsx(copy, folder / report_file_name(name, period.year, period.month, "xlsx"))
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=200)
    parser.add_argument("--tasks", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        inbox = Path(folder) / "inbox"
        inbox.mkdir()
        began = time.perf_counter()
        names = _commune_files(Path(folder), args.communes, args.tasks)
        made = time.perf_counter() - began
        for path in Path(folder).glob("*.xlsx"):
            path.rename(inbox / path.name)
        began = time.perf_counter()
        result = AggregationService().aggregate(
            [inbox], Path(folder) / "tong_hop.xlsx", expected=names + ["Xã vắng mặt"]
        )
        seconds = time.perf_counter() - began
    report = result.report
    print(f"made {args.communes} files of {args.tasks} tasks in {made:.2f} s (not timed)")
    print(
        f"consolidated {len(report.submissions)} reports, {len(report.missing)} missing, "
        f"{len(report.problems)} problems"
    )
    verdict = "OK" if seconds < BAR_SECONDS else "OVER"
    print(
        f"aggregate {seconds:6.3f} s ({seconds / args.communes * 1000:.1f} ms per file; "
        f"bar {BAR_SECONDS} s): {verdict}"
    )


if __name__ == "__main__":
    main()
