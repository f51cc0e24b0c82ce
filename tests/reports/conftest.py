"""A demo workspace with three months of progress, shared by the monthly report tests."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.domain.periods import Period
from xa_planner.services.demo_service import create_demo

TODAY = dt.date(2026, 6, 20)
MONTH = Period(2026, 6)


@pytest.fixture
def workspace(tmp_path):
    ws = create_demo(tmp_path / "demo.xaws", tasks=60, months=3, today=TODAY)
    yield ws
    ws.close()


@pytest.fixture
def report(workspace):
    return workspace.reports.draft(MONTH, TODAY)
