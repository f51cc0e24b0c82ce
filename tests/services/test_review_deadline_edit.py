"""In the import review, a time frame the officer retypes is read by the one reader, in the document's year."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.importing.parsed_plan import DOUBT_TIMEFRAME, DocumentInfo, ParsedPlan, ParsedTask
from xa_planner.services.import_draft import ImportDraft


@pytest.fixture
def draft() -> ImportDraft:
    task = ParsedTask(ref="1", content="Rà soát", lead=["Công an tỉnh"], timeframe="khong ro", doubts=[DOUBT_TIMEFRAME])
    document = DocumentInfo("12/KH-UBND", dt.date(2025, 3, 2), "UBND tỉnh", "Kế hoạch")
    return ImportDraft(ParsedPlan(document, [task], ["x"]), "kh.txt", "abc")


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("31/05/2025", dt.date(2025, 5, 31)),
        ("30/6/2026", dt.date(2026, 6, 30)),
        ("6/2025", dt.date(2025, 6, 30)),
        ("Quý IV", dt.date(2025, 12, 31)),
        ("trước ngày 30/6", dt.date(2025, 6, 30)),
    ],
)
def test_a_retyped_deadline_is_dated_and_no_longer_doubtful(draft, typed, due):
    # Given a task whose time frame the importer could not read
    # When the officer types a deadline in the review
    draft.edit(0, timeframe=typed)
    # Then the task is due on that day, in the document's year when the text gives none
    task = draft.tasks[0]
    assert (task.due, DOUBT_TIMEFRAME in task.doubts) == (due, False)
