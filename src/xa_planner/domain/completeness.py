"""The "6 rõ" check: a task needs a lead office, a deadline or recurrence, and a product."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Protocol


class TaskFlag(enum.StrEnum):
    """What the officer must still look at in a task: the "6 rõ" problems, and a lead to confirm.

    The values are a contract: the CLI's JSON output and the GUI's labels carry them.
    """

    NO_LEAD = "no_lead"
    NO_DUE = "no_due"
    NO_PRODUCT = "no_product"
    LEAD_TO_CONFIRM = "lead_to_confirm"  # set by a derivation: the commune leads, by default


# The names callers knew before the codes became one enum.
NO_LEAD, NO_DUE, NO_PRODUCT = TaskFlag.NO_LEAD, TaskFlag.NO_DUE, TaskFlag.NO_PRODUCT


class _TaskLike(Protocol):
    """A plan task or a row showing one: what the check reads (read-only)."""

    @property
    def ref(self) -> str: ...
    @property
    def lead_office_id(self) -> int | None: ...
    @property
    def due(self) -> object: ...
    @property
    def recurrence(self) -> str | None: ...
    @property
    def products(self) -> str: ...


def task_problems(task: _TaskLike) -> list[TaskFlag]:
    """The problem codes of one task (a plan task or a row showing one), in a fixed order."""
    problems: list[TaskFlag] = []
    if task.lead_office_id is None:
        problems.append(TaskFlag.NO_LEAD)
    if task.due is None and not task.recurrence:
        problems.append(TaskFlag.NO_DUE)
    if not (task.products or "").strip():
        problems.append(TaskFlag.NO_PRODUCT)
    return problems


def completeness_problems(tasks: Iterable[_TaskLike]) -> list[tuple[str, TaskFlag]]:
    """(task ref, problem) for every problem of every task, in plan order."""
    return [(task.ref, problem) for task in tasks for problem in task_problems(task)]
