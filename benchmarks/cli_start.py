"""How fast the command line answers before any work: --help and a usage error, as whole processes.

    .venv/bin/python benchmarks/cli_start.py [--runs 9]

Plain timers, not a test. Each run starts, alternately, ``python -c pass`` (the interpreter
alone), ``python -m xa_planner --help``, a subcommand's --help and a usage error argparse finds
(exit code 2), with empty user folders. Prints the medians, each command's ratio to the bare
interpreter and its time above it, and the CPU time (user + system) of each, which a busy
machine disturbs less than the wall time. Bar (PRODUCT.md): under 0.15 s each, as a whole process.
Exit status 0 when every bar is met, 1 otherwise; run it on an idle machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SECONDS_BAR = 0.15
COMMANDS = {
    "--help": ["--help"],
    "export --help": ["export", "--help"],
    "usage error": ["export", "appendix", "--format", "pdf"],
}


def timed(command: list[str], env: dict[str, str], expected: int) -> tuple[float, float]:
    """Wall time and CPU time (user + system, from wait4) of one whole process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != expected:
        raise SystemExit(f"{' '.join(command)} exited {child.returncode}, expected {expected}")
    return elapsed, usage.ru_utime + usage.ru_stime


def empty_profile(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from its compiled bytecode
    return env


def measure(runs: int, env: dict[str, str]) -> dict[str, list[tuple[float, float]]]:
    py = sys.executable
    times: dict[str, list[tuple[float, float]]] = {"python -c pass": []}
    times |= {label: [] for label in COMMANDS}
    for _ in range(runs + 1):  # interleaved, so a load change on the machine hits every command
        times["python -c pass"].append(timed([py, "-c", "pass"], env, 0))
        for label, args in COMMANDS.items():
            expected = 2 if label == "usage error" else 0
            times[label].append(timed([py, "-m", "xa_planner", *args], env, expected))
    return {label: samples[1:] for label, samples in times.items()}  # the first run compiles


def medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def report(times: dict[str, list[tuple[float, float]]]) -> bool:
    bare, bare_cpu = medians(times["python -c pass"])
    print(f"{'':16} {'wall':>8} {'cpu':>8}")
    print(f"{'python -c pass':16} {bare:6.3f} s {bare_cpu:6.3f} s")
    ok = True
    for label in COMMANDS:
        ours, cpu = medians(times[label])
        met = ours < SECONDS_BAR
        ok = ok and met
        print(
            f"{label:16} {ours:6.3f} s {cpu:6.3f} s   wall {ours / bare:4.1f}x the bare "
            f"interpreter (+{ours - bare:5.3f} s)   {'ok' if met else 'OVER BAR'} (< {SECONDS_BAR} s)"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="xa_cli_start_") as folder:
        times = measure(args.runs, empty_profile(Path(folder)))
    print(f"median of {args.runs} whole-process runs, interleaved")
    return 0 if report(times) else 1


if __name__ == "__main__":
    sys.exit(main())
