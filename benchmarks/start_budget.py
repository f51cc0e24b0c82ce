"""Where a start's time goes: each layer's imports as whole processes, against the bare baselines.

    .venv/bin/python benchmarks/start_budget.py [--runs 9]

Plain timers, not a test. Each line is a whole process (`python -c "import …"`), run alternately
with the others, median of the runs; CPU time (user + system, from wait4) beside the wall time.
"import alone" is the CPU time that import adds to a bare interpreter. Set beside the bare
baselines that startup.py and exports.py time (a PySide6 window with a 1,000-row table; bare
openpyxl and reportlab writing the 300-task appendix), it shows what the whole-process bars
leave for the application: 2x the bare window beyond it for the desktop (3x), half the bare
writer for a CLI export (1.5x). Printed last: what a start's services and plain reads add, and
what the ORM would add (it loads on the first change, after the start).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

STEPS = {
    "python": "pass",
    "PySide6 widgets": "import PySide6.QtWidgets",
    "openpyxl": "import openpyxl",
    "reportlab platypus": "import reportlab.platypus",
    "what a start reads with": (
        "import xa_planner.services.workspace_service, xa_planner.services.home_service, "
        "xa_planner.services.commune_service"
    ),
    "sqlalchemy (core)": "import sqlalchemy",
    "sqlalchemy + orm": "import sqlalchemy.orm",
    "+ our models and repositories": "import xa_planner.storage.repositories",
}


def timed(code: str, env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {code}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for code in STEPS.values():
        timed(code, env)  # write the bytecode and warm the disk cache, discarded
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in STEPS}
    for _ in range(args.runs):
        for name, code in STEPS.items():
            runs[name].append(timed(code, env))
    wall = {name: statistics.median(r[0] for r in got) for name, got in runs.items()}
    cpu = {name: statistics.median(r[1] for r in got) for name, got in runs.items()}
    print(f"whole processes, median of {args.runs} runs: wall s / cpu s, and the import's own share")
    for name in STEPS:
        own = cpu[name] - cpu["python"]
        print(f"  {name:30} {wall[name]:6.3f} / {cpu[name]:5.3f}   import alone {own:5.3f} s cpu")
    reading = cpu["what a start reads with"] - cpu["python"]
    orm = cpu["+ our models and repositories"] - cpu["python"]
    print(f"a start's data layer (services, plain reads on sqlite3) adds {reading:.3f} s cpu;")
    print(f"the ORM, loaded on the first change and never by a start or an export, {orm:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
