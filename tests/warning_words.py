"""The warnings of a parsed plan as the officer reads them: each code worded where it is shown."""

from __future__ import annotations

from xa_planner.importing.parsed_plan import ParsedPlan
from xa_planner.services.plan_warning_texts import plan_warning_text


def warning_sentences(plan: ParsedPlan) -> list[str]:
    """The sentences of *plan*'s warnings in the active language, in order."""
    return [plan_warning_text(warning) for warning in plan.warnings]
