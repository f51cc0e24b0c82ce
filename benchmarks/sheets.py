"""Office sheets: export 20 offices' sheets, then import 20 filled ones (bar: < 2 s each way).

Run: python benchmarks/sheets.py [--tasks 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from xa_planner.domain.periods import Period
from xa_planner.services.demo_service import create_demo

BAR_SECONDS = 2.0


def _fill_all(files: list[Path]) -> int:
    """Fill every lead row as an office would: a status and a result note."""
    filled = 0
    for path in files:
        workbook = openpyxl.load_workbook(path)
        ws = workbook.worksheets[0]
        for row in ws.iter_rows():
            for cell in row:
                if cell.column == 7 and not cell.protection.locked and cell.row > 8:
                    cell.value = "hoan thanh"
                    ws.cell(row=cell.row, column=9).value = "Đã hoàn thành theo kế hoạch"
                    filled += 1
        workbook.save(path)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=300)
    args = parser.parse_args()
    today = dt.date.today()
    period = Period.containing(today)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with create_demo(root / "b.xaplan", tasks=args.tasks, offices=20, months=2) as workspace:
            start = time.perf_counter()
            files = workspace.sheets.export_month(period, root / "out")
            export_s = time.perf_counter() - start
            rows = _fill_all(files)
            start = time.perf_counter()
            preview = workspace.sheets.preview_import(files)
            preview_s = time.perf_counter() - start
            start = time.perf_counter()
            summary = workspace.sheets.apply_import(preview)
            apply_s = time.perf_counter() - start
    import_s = preview_s + apply_s
    print(f"tasks={args.tasks} sheets={len(files)} filled rows={rows}")
    print(f"export {len(files)} sheets: {export_s:.2f} s (bar {BAR_SECONDS} s)")
    print(
        f"import {len(files)} sheets: {import_s:.2f} s = preview {preview_s:.2f} s "
        f"+ apply {apply_s:.2f} s (bar {BAR_SECONDS} s); {summary.tasks_changed} tasks changed"
    )
    ok = export_s < BAR_SECONDS and import_s < BAR_SECONDS and len(files) == 20
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
