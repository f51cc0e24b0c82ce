"""Merge a task the body of a plan states and its appendix table lists again into one task."""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.parsed_plan import DOUBT_NO_LEAD, DOUBT_TIMEFRAME, ParsedTask
from xa_planner.localization import _

_SAME_TEXT = 92.0
_MIN_WORDS = 6
_FILLED_FROM_COPY = ("timeframe", "due", "recurrence", "start", "products", "directing_docs")


def _key(task: ParsedTask) -> str:
    return ocr_fold(task.content[:300])


def _same_task(first: ParsedTask, second: ParsedTask) -> bool:
    """The same duty: nearly the same words and no disagreement about who leads it."""
    if first.lead and second.lead and set(first.lead) != set(second.lead):
        return False
    shorter = min(_key(first), _key(second), key=len)
    if len(shorter.split()) < _MIN_WORDS:
        return False
    return fuzz.token_set_ratio(_key(first), _key(second)) >= _SAME_TEXT


def _merged(body: ParsedTask, copy: ParsedTask) -> ParsedTask:
    """The body's task, completed with what only the copy says (time frame, supporters, products)."""
    filled = {name: getattr(copy, name) for name in _FILLED_FROM_COPY if not getattr(body, name)}
    if not body.support and copy.support:
        filled.update(
            support=copy.support,
            support_text=copy.support_text,
            support_written=copy.support_written,
            support_current=copy.support_current,
        )
    if not body.lead and copy.lead:
        filled.update(
            lead=copy.lead,
            lead_text=copy.lead_text,
            lead_written=copy.lead_written,
            lead_current=copy.lead_current,
        )
    merged = replace(body, **filled)
    doubts = [d for d in merged.doubts if d not in (DOUBT_NO_LEAD, DOUBT_TIMEFRAME)]
    doubts += [d for d in (DOUBT_NO_LEAD, DOUBT_TIMEFRAME) if d in body.doubts and d in copy.doubts]
    return replace(merged, doubts=doubts)


def merge_repeated_tasks(tasks: list[ParsedTask]) -> tuple[list[ParsedTask], list[str]]:
    """Tasks with every repeated one merged into its first statement, and a warning for each."""
    kept: list[ParsedTask] = []
    warnings: list[str] = []
    for task in tasks:
        index = next((i for i, earlier in enumerate(kept) if _same_task(earlier, task)), None)
        if index is None:
            kept.append(task)
            continue
        kept[index] = _merged(kept[index], task)
        warnings.append(
            _("Nhiệm vụ {ref} được nêu lại ở {other}; đã gộp thành một nhiệm vụ.").format(
                ref=kept[index].ref, other=task.ref
            )
        )
    return kept, warnings
