"""The report and the appendix list tasks in the plan's order: group by group, whatever order they were added in."""

from __future__ import annotations

from xa_planner.domain.roman_numerals import roman

from .conftest import MONTH, TODAY

_NUMERALS = {roman(n): n for n in range(1, 40)}


def _plan_order(ref: str) -> tuple[int, int]:
    """ "III.10" → (3, 10)."""
    group, _, number = ref.partition(".")
    return _NUMERALS[group], int(number)


def test_the_reports_task_table_runs_group_by_group(workspace):
    # Given the demo plan, whose tasks were entered in waves (I.1–VI.3, then I.5–VI.6, …)
    # When the month's report is drafted
    refs = [line.ref for line in workspace.reports.draft(MONTH, TODAY).tasks]
    # Then its task table runs I.1, I.2, … then II.1, … as the plan does
    assert len(refs) > 20
    assert refs == sorted(refs, key=_plan_order)


def test_a_task_added_at_the_end_of_group_one_is_printed_under_group_one(workspace):
    # Given the current plan and its first group
    plan_id = workspace.plans.current_plan().id
    first_group = workspace.plans.plan_rows(plan_id)[0]
    # When the officer adds a task to that group, placed at the end
    added = workspace.editing.add_task(
        plan_id, None, "Rà soát thông tin cư trú của người dân tại các thôn", first_group.section_id
    )
    # Then the plan's rows, the appendix and the report list it inside group I, before group II
    rows = workspace.plans.plan_rows(plan_id)
    index = next(i for i, row in enumerate(rows) if row.task_id == added.task_id)
    assert rows[index - 1].section_ref == first_group.section_ref
    assert index + 1 < len(rows) and rows[index + 1].section_ref != first_group.section_ref
    first_section = workspace.plan_export.appendix_document(plan_id).sections[0]
    assert first_section.rows[-1].task == "Rà soát thông tin cư trú của người dân tại các thôn"
    report_refs = [line.ref for line in workspace.reports.draft(MONTH, TODAY).tasks]
    assert report_refs.index(added.ref) < next(
        i for i, ref in enumerate(report_refs) if ref.startswith("II.")
    )
