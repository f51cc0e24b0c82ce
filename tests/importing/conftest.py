"""Shared fixtures of the importer tests: where the plan fixtures live and a cached parse of each seed."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from xa_planner.importing import ParsedPlan, parse_plan_file

DATA = Path(__file__).parents[1] / "data"
PLANS = DATA / "plans"
HOSTILE = DATA / "hostile"


@cache
def parsed_seed(stem: str) -> ParsedPlan:
    return parse_plan_file(next(PLANS.glob(f"{stem}_*.txt")))


@pytest.fixture
def seed_text():
    def read(stem: str) -> str:
        return next(PLANS.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")

    return read
