"""A plan's warning is a code and its data, worded in the language active when it is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from xa_planner import localization
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning
from xa_planner.services.plan_warning_texts import plan_warning_text
from xa_planner.services.template_service import parse_plan

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"
# Every piece of data any warning quotes, so that each sentence can be filled in.
SAMPLE = {
    "refs": "II.1, II.3",
    "count": 3,
    "ref": "II.1",
    "other": "Phụ lục 2",
    "ext": "docx",
    "limit": 40,
    "page": 7,
}


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("code", list(PlanWarning))
def test_every_plan_warning_has_a_sentence_with_its_data_filled_in(vietnamese, code, language):
    # Given a warning of each kind, carrying the data its sentence may quote
    warning = ParsedWarning.of(code, **SAMPLE)

    # When it is worded in each language
    localization.set_language(language)
    sentence = plan_warning_text(warning)

    # Then there is a sentence and no placeholder is left unfilled
    assert sentence.strip()
    assert "{" not in sentence and "}" not in sentence


def test_each_plan_warning_says_something_of_its_own(vietnamese):
    sentences = {plan_warning_text(ParsedWarning.of(code, **SAMPLE)) for code in PlanWarning}
    assert len(sentences) == len(PlanWarning)


def test_the_count_of_tasks_without_a_lead_takes_its_plural_in_english(vietnamese):
    localization.set_language("en")
    one = plan_warning_text(ParsedWarning.of(PlanWarning.TASKS_WITHOUT_LEAD, count=1))
    two = plan_warning_text(ParsedWarning.of(PlanWarning.TASKS_WITHOUT_LEAD, count=2))
    assert (one, two) == ("1 task has no lead office.", "2 tasks have no lead office.")


def test_a_plan_read_in_vietnamese_warns_in_english_after_a_switch(vietnamese):
    # Given a provincial plan with repeated numbers and tasks without a lead, read in Vietnamese
    plan = parse_plan(next(PLANS.glob("004_*.txt")))
    assert [plan_warning_text(w) for w in plan.warnings] == [
        "Số thứ tự bị lặp lại trong kế hoạch: IV.11.-1, IV.6.-1, IV.6.-2; "
        "hãy kiểm tra các nhiệm vụ này.",
        "29 nhiệm vụ chưa có cơ quan chủ trì.",
    ]

    # When the officer switches the application to English before the warnings are shown
    localization.set_language("en")

    # Then the same warnings read in English, the numbers still quoted
    assert [plan_warning_text(w) for w in plan.warnings] == [
        "Numbers repeated in the plan: IV.11.-1, IV.6.-1, IV.6.-2; check these tasks.",
        "29 tasks have no lead office.",
    ]


def test_a_plan_warning_holds_its_code_and_data_never_a_sentence(vietnamese):
    plan = parse_plan(next(PLANS.glob("004_*.txt")))
    assert plan.warnings[1] == ParsedWarning(PlanWarning.TASKS_WITHOUT_LEAD, (("count", 29),))
