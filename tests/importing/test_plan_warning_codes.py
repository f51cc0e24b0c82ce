"""The importer warns in codes and data; the sentence is left to where the warning is shown."""

from __future__ import annotations

from tests.warning_words import warning_sentences
from xa_planner.importing import ImportLimits, parse_plan_bytes
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning

from .conftest import PLANS


def test_a_text_longer_than_the_line_limit_is_cut_with_a_warning_naming_the_limit():
    # Given a plan in plain text and a limit of 40 lines
    data = next(PLANS.glob("003_*.txt")).read_bytes()

    # When it is imported
    plan = parse_plan_bytes(data, "ke_hoach.txt", limits=ImportLimits(max_lines=40))

    # Then the officer is told only the first 40 lines were read (no code left unworded)
    assert plan.warnings[0] == ParsedWarning.of(PlanWarning.LINES_TRUNCATED, limit=40)
    assert warning_sentences(plan)[0] == "Chỉ đọc 40 dòng đầu của tệp."


def test_a_plan_without_tasks_warns_with_a_code_and_no_data():
    plan = parse_plan_bytes("Kính gửi các sở, ngành.\n".encode(), "thu.txt")
    assert plan.warnings == [ParsedWarning(PlanWarning.NO_TASKS)]
