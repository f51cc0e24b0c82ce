"""A demo workspace and its exported sheets for the month of TODAY."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from xa_planner.domain.periods import Period
from xa_planner.services.demo_service import create_demo

TODAY = dt.date(2026, 6, 20)
JUNE, MAY = Period(2026, 6), Period(2026, 5)


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "w.xaplan", tasks=40, offices=8, months=2, today=TODAY) as opened:
        yield opened


@pytest.fixture
def exported(workspace, tmp_path) -> list[Path]:
    return workspace.sheets.export_month(JUNE, tmp_path / "out")


def sheet_of(files: list[Path], office_part: str) -> Path:
    return next(f for f in files if office_part in f.name)


def dump(path: Path) -> dict[str, list]:
    """Every table's rows, to compare a workspace before and after."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
