"""Warnings about a parsed plan as a whole, shown above the review list."""

from __future__ import annotations

from collections import Counter

from xa_planner.importing.parsed_plan import DOUBT_NO_LEAD, ParsedTask
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning


def plan_warnings(tasks: list[ParsedTask]) -> list[ParsedWarning]:
    """No tasks at all, repeated numbering, tasks without a lead."""
    if not tasks:
        return [ParsedWarning.of(PlanWarning.NO_TASKS)]
    warnings = []
    repeated = sorted(ref for ref, count in Counter(t.ref for t in tasks).items() if count > 1)
    if repeated:
        warnings.append(ParsedWarning.of(PlanWarning.REPEATED_NUMBERS, refs=", ".join(repeated)))
    without_lead = sum(DOUBT_NO_LEAD in t.doubts for t in tasks)
    if without_lead:
        warnings.append(ParsedWarning.of(PlanWarning.TASKS_WITHOUT_LEAD, count=without_lead))
    return warnings
