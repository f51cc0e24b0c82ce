"""The "6 rõ" check: a task needs a lead office, a deadline or recurrence, and a product."""

from __future__ import annotations

from typing import Protocol

NO_LEAD = "no_lead"
NO_DUE = "no_due"
NO_PRODUCT = "no_product"


class _TaskLike(Protocol):
    ref: str
    lead_office_id: int | None
    due: object
    recurrence: str | None
    products: str


def task_problems(task: _TaskLike) -> list[str]:
    """The problem codes of one task (a plan task or a row showing one), in a fixed order."""
    problems = []
    if task.lead_office_id is None:
        problems.append(NO_LEAD)
    if task.due is None and not task.recurrence:
        problems.append(NO_DUE)
    if not (task.products or "").strip():
        problems.append(NO_PRODUCT)
    return problems


def completeness_problems(tasks) -> list[tuple[str, str]]:
    """(task ref, problem) for every problem of every task, in plan order."""
    return [(task.ref, problem) for task in tasks for problem in task_problems(task)]
