"""What changed between two versions of a provincial plan, task by task."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from rapidfuzz import fuzz

from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.text import fold


class ChangeKind(enum.StrEnum):
    """How a task differs between two versions; the values name the audit log's actions too."""

    ADDED = "added"
    REMOVED = "removed"
    REWORDED = "reworded"


# The names callers import.
ADDED, REMOVED, REWORDED = ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.REWORDED
SAME_TASK_SCORE = 72  # folded token-set similarity above which two texts are one task reworded
SAME_REF_SCORE = 55  # a lower bar when the task kept its number


@dataclass(frozen=True)
class TaskChange:
    """One difference: a task added, removed, or reworded (old and new side by side)."""

    kind: ChangeKind
    old: TemplateTask | None
    new: TemplateTask | None
    similarity: float = 0.0

    @property
    def key(self) -> str:
        """A stable name for the change, so the officer's choices can be passed back."""
        old_id = self.old.id if self.old else None
        new_id = self.new.id if self.new else None
        return f"{self.kind}:{old_id}:{new_id}"


def _text(task: TemplateTask) -> str:
    return fold(" ".join(task.content.split()))


def _same(a: TemplateTask, b: TemplateTask) -> bool:
    return (_text(a), a.lead, a.support, a.timeframe, a.products) == (
        _text(b),
        b.lead,
        b.support,
        b.timeframe,
        b.products,
    )


def _best_match(task: TemplateTask, candidates: list[TemplateTask]) -> tuple[int, float]:
    best, best_score = -1, 0.0
    for index, other in enumerate(candidates):
        score = fuzz.token_set_ratio(_text(task), _text(other))
        if other.ref == task.ref:
            score = max(score, score + (SAME_TASK_SCORE - SAME_REF_SCORE))
        if score > best_score:
            best, best_score = index, score
    return best, best_score


def diff_templates(
    old: tuple[TemplateTask, ...], new: tuple[TemplateTask, ...]
) -> list[TaskChange]:
    """Added, removed and reworded tasks; identical tasks are not listed."""
    remaining = list(new)
    changes: list[TaskChange] = []
    for task in old:
        exact = next((i for i, n in enumerate(remaining) if _same(task, n)), None)
        if exact is not None:
            remaining.pop(exact)
            continue
        index, score = _best_match(task, remaining)
        if index >= 0 and score >= SAME_TASK_SCORE:
            changes.append(TaskChange(REWORDED, task, remaining.pop(index), min(score, 100.0)))
        else:
            changes.append(TaskChange(REMOVED, task, None))
    changes.extend(TaskChange(ADDED, None, task) for task in remaining)
    return changes
