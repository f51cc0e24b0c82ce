"""The indicator workbook's remembered columns cross the storage boundary as a WorkbookMapping, in the JSON old workspaces hold."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from xa_planner.domain.indicator_workbook_mapping import ColumnChoice, WorkbookMapping
from xa_planner.services.demo_service import create_demo
from xa_planner.storage.indicator_workbook_repository import (
    MAPPING_KEY,
    IndicatorWorkbookRepository,
)

# The remembered choice exactly as the code before the typed boundary stored it in workspace_meta.
OLD_TEXT = json.dumps(
    {
        "sheet": "Tháng 7",
        "commune_column": "Tên đơn vị",
        "indicators": {
            "3": {"numerator": "Số tài khoản định danh mức 2", "denominator": "Số công dân từ 14 tuổi", "value": None},
            "7": {"numerator": None, "denominator": None, "value": "Số hồ sơ trực tuyến"},
        },
    },
    ensure_ascii=False,
    sort_keys=True,
)
OLD_MAPPING = WorkbookMapping(
    "Tháng 7",
    "Tên đơn vị",
    {
        3: ColumnChoice("Số tài khoản định danh mức 2", "Số công dân từ 14 tuổi"),
        7: ColumnChoice(value="Số hồ sơ trực tuyến"),
    },
)


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "d.xaplan", tasks=10, months=1) as opened:
        yield opened


def _write_raw(workspace, value: str) -> None:
    with workspace.database.session_scope() as session:
        session.execute(
            text("INSERT INTO workspace_meta (key, value) VALUES (:key, :value)"),
            {"key": MAPPING_KEY, "value": value},
        )


def _raw(workspace) -> str:
    with workspace.database.session_scope() as session:
        query = text("SELECT value FROM workspace_meta WHERE key = :key")
        return session.execute(query, {"key": MAPPING_KEY}).scalar_one()


def test_a_choice_remembered_by_the_old_code_reads_back_as_the_same_mapping(workspace):
    # Given a workspace holding the remembered columns as the old code wrote them
    _write_raw(workspace, OLD_TEXT)
    # When the repository reads them, and the officer opens the workbook dialog's service
    with workspace.database.session_scope() as session:
        stored = IndicatorWorkbookRepository(session).mapping()
    # Then they are the same choice, typed
    assert isinstance(stored, WorkbookMapping) and stored == OLD_MAPPING
    assert workspace.indicator_workbook.remembered_mapping() == OLD_MAPPING


def test_a_choice_remembered_now_is_stored_as_before_and_reads_back_equal(workspace):
    # When a mapping is remembered (an empty column choice is not kept, as before)
    with workspace.database.session_scope() as session:
        IndicatorWorkbookRepository(session).remember(
            WorkbookMapping(OLD_MAPPING.sheet, OLD_MAPPING.commune_column, {**OLD_MAPPING.indicators, 9: ColumnChoice()})
        )
    # Then the stored text is byte for byte the old form, and it reads back equal
    assert _raw(workspace) == OLD_TEXT
    with workspace.database.session_scope() as session:
        assert IndicatorWorkbookRepository(session).mapping() == OLD_MAPPING


@pytest.mark.parametrize("damaged", ["", "not json", "[1, 2]", '{"sheet": "Tháng 7"}'])
def test_a_missing_or_damaged_choice_is_none_so_the_officer_chooses_again(workspace, damaged):
    _write_raw(workspace, damaged)
    with workspace.database.session_scope() as session:
        assert IndicatorWorkbookRepository(session).mapping() is None
    assert workspace.indicator_workbook.remembered_mapping() is None
